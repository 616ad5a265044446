import { createReadStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { endsTorn, invalidInput, nodeFileSystem, storageFailure, writeAll, type FileSystem } from '@mcp-aks/core';
import { HashTable64 } from '../util/hash-table';
import { peekId, readAcceptedLines } from './lines';
import { ID_PATTERN, NewestRecords, matchesWhere, type CollectionName, type DeleteOptions, type LatestOptions, type RecordStore, type ScanOptions, type StoredRecord } from './types';

/** Collections whose records are never rewritten: the first stored version of an id is the only one. */
const immutable = new Set<CollectionName>(['episodes']);

/**
 * The embedded store: one append-only JSONL file a collection under `dir`. An upsert appends; the
 * newest line of an id wins on read. An append is written in full (a short write is continued) and
 * fdatasync'ed before the upsert resolves; when the disk refuses (full, I/O error, read-only) the
 * upsert rejects, so nothing is acknowledged that is not on disk. A crash or a refused append leaves
 * at most a torn last line, which readers skip and the next append seals with a newline first.
 */
export class EmbeddedStore implements RecordStore {
  readonly kind = 'embedded' as const;
  private readonly handles = new Map<CollectionName, Promise<FileHandle>>();
  private readonly queues = new Map<CollectionName, Promise<unknown>>();
  /** Collections whose file may end in a torn line: freshly opened, or after an append that failed. */
  private readonly unsealed = new Set<CollectionName>();
  /** Lines that did not decode in the last scans (torn writes), for stats and tests. */
  skippedLines = 0;
  private readonly fs: FileSystem;

  constructor(
    readonly dir: string,
    options: { fs?: FileSystem } = {},
  ) {
    this.fs = options.fs ?? nodeFileSystem;
  }

  path(collection: CollectionName): string {
    return join(this.dir, `${collection}.jsonl`);
  }

  private handle(collection: CollectionName): Promise<FileHandle> {
    let handle = this.handles.get(collection);
    if (!handle) {
      handle = (async () => {
        await this.fs.mkdir(this.dir, { recursive: true });
        const fh = await this.fs.open(this.path(collection), 'a+');
        this.unsealed.add(collection);
        return fh;
      })();
      handle.catch(() => this.handles.delete(collection));
      this.handles.set(collection, handle);
    }
    return handle;
  }

  /** The append handle, reopened when another process compacted (replaced) the file since it was opened. */
  private async currentHandle(collection: CollectionName): Promise<FileHandle> {
    const fh = await this.handle(collection);
    const [open_, onDisk] = await Promise.all([fh.stat(), this.fs.stat(this.path(collection)).catch(() => undefined)]);
    if (onDisk && onDisk.ino === open_.ino && onDisk.dev === open_.dev) return fh;
    this.handles.delete(collection);
    await fh.close().catch(() => undefined);
    return this.handle(collection);
  }

  async upsert(collection: CollectionName, records: StoredRecord[]): Promise<void> {
    if (records.length === 0) return;
    let text = '';
    for (const record of records) {
      if (!ID_PATTERN.test(record.id)) throw invalidInput(`invalid record id "${record.id.slice(0, 64)}"`);
      const { id, agentId, ...rest } = record;
      text += `${JSON.stringify({ id, agentId, ...rest })}\n`;
    }
    const previous = this.queues.get(collection) ?? Promise.resolve();
    const next = previous
      .catch(() => undefined)
      .then(async () => {
        try {
          const fh = await this.currentHandle(collection);
          // A torn line (a crash, a refused append): end it so this record starts on a line of its own.
          const seal = this.unsealed.has(collection) && (await endsTorn(fh));
          await writeAll(fh, seal ? `\n${text}` : text);
          await fh.datasync();
          this.unsealed.delete(collection);
        } catch (error) {
          this.unsealed.add(collection);
          throw storageFailure('The Lightning store', `append to ${collection}`, error);
        }
      });
    this.queues.set(collection, next);
    await next;
  }

  async *scan(collection: CollectionName, agentId: string, options: ScanOptions = {}): AsyncGenerator<StoredRecord> {
    for await (const batch of this.scanBatches(collection, agentId, options)) yield* batch;
  }

  async *scanBatches(collection: CollectionName, agentId: string, options: ScanOptions = {}): AsyncGenerator<StoredRecord[]> {
    const agentJson = JSON.stringify(agentId);
    if (!immutable.has(collection) && !options.allVersions) {
      // Mutable records: the newest line of an id wins, so collect before yielding (small collections).
      const byId = new Map<string, StoredRecord>();
      for await (const batch of this.decoded(collection, agentJson, options.accept)) for (const record of batch) byId.set(record.id, record);
      const out: StoredRecord[] = [];
      for (const record of byId.values()) if (record.agentId === agentId && matchesWhere(record, options.where)) out.push(record);
      if (out.length > 0) yield out;
      return;
    }
    if (!immutable.has(collection)) {
      for await (const batch of this.decoded(collection, agentJson, options.accept)) {
        const out = batch.filter((record) => record.agentId === agentId && matchesWhere(record, options.where));
        if (out.length > 0) yield out;
      }
      return;
    }
    // Immutable records: a replayed write may have stored an id twice; yield its first line only.
    // Only decoded lines count as seen: a torn copy must not hide a later whole one.
    const seen = new HashTable64(0, 1 << 12);
    const accept = options.accept;
    const unseen = (id: string) => !seen.has(id) && (accept === undefined || accept(id));
    for await (const batch of this.decoded(collection, agentJson, unseen)) {
      const out: StoredRecord[] = [];
      for (const record of batch) {
        if (!seen.add(record.id)) continue;
        if (record.agentId === agentId && matchesWhere(record, options.where)) out.push(record);
      }
      if (out.length > 0) yield out;
    }
  }

  private async *decoded(collection: CollectionName, agentJson: string, accept?: (id: string) => boolean): AsyncGenerator<StoredRecord[]> {
    for await (const lines of readAcceptedLines(this.path(collection), accept ? { agentJson, accept, fs: this.fs } : { agentJson, fs: this.fs })) {
      const records: StoredRecord[] = [];
      for (const line of lines) {
        let record: StoredRecord;
        try {
          record = JSON.parse(line) as StoredRecord;
        } catch {
          this.skippedLines++;
          continue;
        }
        if (typeof record !== 'object' || record === null || typeof record.id !== 'string') {
          this.skippedLines++;
          continue;
        }
        // Lines that could not be peeked (hand-written key order) are filtered after decoding.
        if (accept && peekId(line) === undefined && !accept(record.id)) continue;
        records.push(record);
      }
      if (records.length > 0) yield records;
    }
  }

  async get(collection: CollectionName, agentId: string, id: string): Promise<StoredRecord | undefined> {
    let found: StoredRecord | undefined;
    for await (const batch of this.decoded(collection, JSON.stringify(agentId), (candidate) => candidate === id)) {
      for (const record of batch) if (record.agentId === agentId) found = record;
      if (found && immutable.has(collection)) break;
    }
    return found;
  }

  async latest(collection: CollectionName, agentId: string, options: LatestOptions): Promise<StoredRecord[]> {
    const newest = new NewestRecords(options.limit, options.orderBy);
    if (immutable.has(collection)) {
      for await (const record of this.scan(collection, agentId, { where: options.where })) newest.offer(record);
      return newest.result();
    }
    // Mutable: a filter must apply to the newest version only, so resolve versions first.
    for await (const record of this.scan(collection, agentId)) if (matchesWhere(record, options.where)) newest.offer(record);
    return newest.result();
  }

  async count(collection: CollectionName, agentId: string): Promise<number> {
    let n = 0;
    for await (const _ of this.scan(collection, agentId)) n++;
    return n;
  }

  /**
   * Rewrites the collection's file without the matching records (compaction: retention and forget).
   * The new file replaces the old one atomically; lines another process appended to the old file while
   * it was being rewritten are carried over, and writers reopen the file when they see it replaced.
   */
  async deleteWhere(collection: CollectionName, agentId: string, options: DeleteOptions): Promise<number> {
    const previous = this.queues.get(collection) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.rewrite(collection, agentId, options));
    this.queues.set(collection, next);
    return next;
  }

  private async rewrite(collection: CollectionName, agentId: string, options: DeleteOptions): Promise<number> {
    const path = this.path(collection);
    const old = await this.fs.open(path, 'r').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (!old) return 0;
    const tmp = `${path}.compact-${process.pid}-${Date.now()}`;
    const removedIds = new Set<string>();
    const out = await this.fs.open(tmp, 'w');
    try {
      const drop = (line: string): boolean => {
        let record: StoredRecord;
        try {
          record = JSON.parse(line) as StoredRecord;
        } catch {
          return true; // a torn line from a crash: nothing to keep
        }
        if (record?.agentId !== agentId || !matchesWhere(record, options.where) || (options.match && !options.match(record))) return false;
        removedIds.add(record.id);
        return true;
      };
      const copy = async (start: number): Promise<number> => {
        let pending = '';
        let read = start;
        const lines = createInterface({ input: createReadStream('', { fd: old.fd, start, autoClose: false }), crlfDelay: Infinity });
        for await (const line of lines) {
          read += Buffer.byteLength(line) + 1;
          if (line && !drop(line)) pending += `${line}\n`;
          if (pending.length >= 1 << 20) {
            await writeAll(out, pending);
            pending = '';
          }
        }
        if (pending) await writeAll(out, pending);
        return read;
      };
      const offset = await copy(0);
      await out.datasync();
      await out.close();
      await this.fs.rename(tmp, path);
      // Appends that reached the old file while it was copied (another process, not yet reopened).
      const size = (await old.stat()).size;
      if (size > offset) {
        const tail = await this.fs.open(path, 'a');
        try {
          const lines: string[] = [];
          const rest = createInterface({ input: createReadStream('', { fd: old.fd, start: offset, autoClose: false }), crlfDelay: Infinity });
          for await (const line of rest) if (line && !drop(line)) lines.push(line);
          if (lines.length > 0) {
            await writeAll(tail, `${lines.join('\n')}\n`);
            await tail.datasync();
          }
        } finally {
          await tail.close();
        }
      }
    } catch (error) {
      await out.close().catch(() => undefined);
      await this.fs.rm(tmp, { force: true });
      throw error;
    } finally {
      await old.close();
    }
    // This process's own append handle points at the old file: reopen on the next write.
    const handle = this.handles.get(collection);
    this.handles.delete(collection);
    await (await handle?.catch(() => undefined))?.close();
    return removedIds.size;
  }

  async estimateCount(collection: CollectionName): Promise<number | undefined> {
    try {
      // Rewards and other small records take 200 bytes or more a line.
      return Math.ceil((await this.fs.stat(this.path(collection))).size / 200);
    } catch {
      return undefined;
    }
  }

  async ping(): Promise<void> {
    await this.fs.mkdir(this.dir, { recursive: true });
    const info = await this.fs.stat(this.dir);
    if (!info.isDirectory()) throw new Error(`${this.dir} is not a directory`);
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.queues.values()]);
    const handles = [...this.handles.values()];
    this.handles.clear();
    for (const handle of handles) await (await handle.catch(() => undefined))?.close();
  }
}
