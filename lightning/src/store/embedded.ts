import { mkdir, open, stat, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { invalidInput } from '@mcp-aks/core';
import { HashTable64 } from '../util/hash-table';
import { readLines, peekAgent, peekId } from './lines';
import { ID_PATTERN, NewestRecords, matchesWhere, type CollectionName, type LatestOptions, type RecordStore, type ScanOptions, type StoredRecord } from './types';

/** Collections whose records are never rewritten: the first stored version of an id is the only one. */
const immutable = new Set<CollectionName>(['episodes']);

/**
 * The embedded store: one append-only JSONL file a collection under `dir`. An upsert appends; the
 * newest line of an id wins on read. Each append is one write followed by fdatasync, so a crash
 * leaves at most a torn last line, which readers skip and the next writer seals with a newline.
 */
export class EmbeddedStore implements RecordStore {
  readonly kind = 'embedded' as const;
  private readonly handles = new Map<CollectionName, Promise<FileHandle>>();
  private readonly queues = new Map<CollectionName, Promise<unknown>>();
  /** Lines that did not decode in the last scans (torn writes), for stats and tests. */
  skippedLines = 0;

  constructor(readonly dir: string) {}

  path(collection: CollectionName): string {
    return join(this.dir, `${collection}.jsonl`);
  }

  private handle(collection: CollectionName): Promise<FileHandle> {
    let handle = this.handles.get(collection);
    if (!handle) {
      handle = (async () => {
        await mkdir(this.dir, { recursive: true });
        const fh = await open(this.path(collection), 'a+');
        const { size } = await fh.stat();
        if (size > 0) {
          const last = Buffer.alloc(1);
          await fh.read(last, 0, 1, size - 1);
          // A torn line from a crash: end it so the next record starts on a line of its own.
          if (last[0] !== 0x0a) await fh.write('\n');
        }
        return fh;
      })();
      handle.catch(() => this.handles.delete(collection));
      this.handles.set(collection, handle);
    }
    return handle;
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
        const fh = await this.handle(collection);
        await fh.write(text);
        await fh.datasync();
      });
    this.queues.set(collection, next);
    await next;
  }

  async *scan(collection: CollectionName, agentId: string, options: ScanOptions = {}): AsyncGenerator<StoredRecord> {
    const agentJson = JSON.stringify(agentId);
    const once = immutable.has(collection);
    if (!once && options.allVersions) {
      for await (const record of this.decoded(collection, agentJson, options.accept)) {
        if (record.agentId === agentId && matchesWhere(record, options.where)) yield record;
      }
      return;
    }
    if (!once) {
      // Mutable records: the newest line of an id wins, so collect before yielding (small collections).
      const byId = new Map<string, StoredRecord>();
      for await (const record of this.decoded(collection, agentJson, options.accept)) byId.set(record.id, record);
      for (const record of byId.values()) if (record.agentId === agentId && matchesWhere(record, options.where)) yield record;
      return;
    }
    // Immutable records: a replayed write may have stored an id twice; yield its first line only.
    // Only decoded lines count as seen: a torn copy must not hide a later whole one.
    const seen = new HashTable64(0, 1 << 12);
    const accept = options.accept;
    const unseen = (id: string) => !seen.has(id) && (accept === undefined || accept(id));
    for await (const record of this.decoded(collection, agentJson, unseen)) {
      if (!seen.add(record.id)) continue;
      if (record.agentId === agentId && matchesWhere(record, options.where)) yield record;
    }
  }

  private async *decoded(collection: CollectionName, agentJson: string, accept?: (id: string) => boolean): AsyncGenerator<StoredRecord> {
    for await (const line of readLines(this.path(collection))) {
      const id = peekId(line);
      if (id !== undefined) {
        if (!peekAgent(line, 8 + id.length, agentJson)) continue;
        if (accept && !accept(id)) continue;
      }
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
      if (id === undefined && accept && !accept(record.id)) continue;
      yield record;
    }
  }

  async get(collection: CollectionName, agentId: string, id: string): Promise<StoredRecord | undefined> {
    let found: StoredRecord | undefined;
    for await (const record of this.decoded(collection, JSON.stringify(agentId), (candidate) => candidate === id)) {
      if (record.agentId !== agentId) continue;
      found = record;
      if (immutable.has(collection)) break;
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

  async ping(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const info = await stat(this.dir);
    if (!info.isDirectory()) throw new Error(`${this.dir} is not a directory`);
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.queues.values()]);
    const handles = [...this.handles.values()];
    this.handles.clear();
    for (const handle of handles) await (await handle.catch(() => undefined))?.close();
  }
}
