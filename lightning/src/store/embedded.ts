import { randomBytes } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import {
  AppError,
  acquireFileLock,
  endsTorn,
  errnoOf,
  invalidInput,
  nodeFileSystem,
  processAlive,
  storageFailure,
  syncDirectory,
  writeAll,
  type FileLockOptions,
  type FileSystem,
  type HeldFileLock,
} from '@mcp-aks/core';
import { HashTable64 } from '../util/hash-table';
import { copyLines } from './copy-lines';
import { peekAgent, peekId, readAcceptedLines } from './lines';
import { ID_PATTERN, NewestRecords, matchesWhere, type CollectionName, type DeleteOptions, type LatestOptions, type RecordStore, type ScanOptions, type StoredRecord } from './types';

const STORE = 'The Lightning store';
/** Rewrites that start over because another rewrite replaced the file first, before giving up. */
const REWRITE_ATTEMPTS = 5;
/** A rewrite copies without the lock until at most this much is left to copy holding it. */
const LOCKED_COPY_BYTES = 1 << 20;
const CATCH_UP_PASSES = 3;
/** A rewrite's temporary file older than this is abandoned whoever made it (a process on another machine sharing the folder). */
const ABANDONED_REWRITE_MS = 24 * 60 * 60 * 1000;

/**
 * Whether a file in the store's folder is the temporary file of a rewrite that will never finish
 * (`<collection>.jsonl.compact-<pid>-<time>-<random>`): its process is gone from this machine, or it is
 * older than a day. The temporary files of rewrites still running are left alone.
 */
export function isAbandonedRewrite(name: string, collectionFile: string, ageMs: number, alive: (pid: number) => boolean = processAlive): boolean {
  const prefix = `${collectionFile}.compact-`;
  if (!name.startsWith(prefix)) return false;
  if (ageMs > ABANDONED_REWRITE_MS) return true;
  const pid = Number(name.slice(prefix.length).split('-')[0]);
  return Number.isSafeInteger(pid) && pid > 0 && pid !== process.pid && !alive(pid);
}

/** Collections whose records are never rewritten: the first stored version of an id is the only one. */
const immutable = new Set<CollectionName>(['episodes']);

/** Where an append of this process left a file (inode and size): it ends in a whole line there. */
interface FileEnd {
  ino: number;
  size: number;
}

/**
 * The embedded store: one append-only JSONL file a collection under `dir`. An upsert appends; the
 * newest line of an id wins on read. An append is written in full (a short write is continued) and
 * fdatasync'ed before the upsert resolves; when the disk refuses (full, I/O error, read-only) the
 * upsert rejects, so nothing is acknowledged that is not on disk. A crash or a refused append leaves
 * at most a torn last line, which readers skip and the next append seals with a newline first.
 * Processes sharing the folder (replicas, the CLI) take turns through a lock file per collection
 * (`<collection>.jsonl.lock`) to append and to replace the file, so no line is torn by another
 * process and no append lands in a file that a rewrite already replaced.
 */
export class EmbeddedStore implements RecordStore {
  readonly kind = 'embedded' as const;
  private readonly handles = new Map<CollectionName, Promise<FileHandle>>();
  private readonly queues = new Map<CollectionName, Promise<unknown>>();
  private readonly wholeAt = new Map<CollectionName, FileEnd>();
  private dirReady: Promise<void> | undefined;
  private readonly lockOptions: Pick<FileLockOptions, 'staleMs' | 'timeoutMs' | 'retryMs'>;
  /** Lines that did not decode in the last scans (torn writes), for stats and tests. */
  skippedLines = 0;
  private readonly fs: FileSystem;

  constructor(
    readonly dir: string,
    options: { fs?: FileSystem; lock?: Pick<FileLockOptions, 'staleMs' | 'timeoutMs'> } = {},
  ) {
    this.fs = options.fs ?? nodeFileSystem;
    // Appends hold the lock for a write and an fdatasync: poll for it finely.
    this.lockOptions = { staleMs: 30_000, timeoutMs: 10_000, retryMs: 1, ...options.lock };
  }

  path(collection: CollectionName): string {
    return join(this.dir, `${collection}.jsonl`);
  }

  private lockPath(collection: CollectionName): string {
    return `${this.path(collection)}.lock`;
  }

  private handle(collection: CollectionName): Promise<FileHandle> {
    let handle = this.handles.get(collection);
    if (!handle) {
      handle = this.fs.open(this.path(collection), 'a+');
      handle.catch(() => this.handles.delete(collection));
      this.handles.set(collection, handle);
    }
    return handle;
  }

  /**
   * Runs `work` after this process's earlier writes to the collection, holding the collection's lock
   * file: appends and the last step of a rewrite exclude each other across processes too.
   */
  private exclusive<T>(collection: CollectionName, action: string, work: (lock: HeldFileLock) => Promise<T>): Promise<T> {
    const previous = this.queues.get(collection) ?? Promise.resolve();
    const next = previous
      .catch(() => undefined)
      .then(async () => {
        try {
          this.dirReady ??= this.fs.mkdir(this.dir, { recursive: true }).then(() => undefined);
          await this.dirReady;
        } catch (error) {
          this.dirReady = undefined;
          throw storageFailure(STORE, action, error);
        }
        const lock = await acquireFileLock(this.lockPath(collection), { fs: this.fs, what: STORE, action, ...this.lockOptions });
        try {
          return await work(lock);
        } finally {
          await lock.release();
        }
      });
    this.queues.set(collection, next);
    return next;
  }

  /**
   * Holding the lock: the append handle on the file now at the path (reopened when a rewrite replaced
   * the file since it was opened), and that file's size.
   */
  private async appendTarget(collection: CollectionName): Promise<{ fh: FileHandle; at: FileEnd }> {
    const fh = await this.handle(collection);
    const [open_, onDisk] = await Promise.all([fh.stat(), this.fs.stat(this.path(collection)).catch(() => undefined)]);
    if (onDisk && onDisk.ino === open_.ino && onDisk.dev === open_.dev) return { fh, at: { ino: open_.ino, size: open_.size } };
    this.handles.delete(collection);
    await fh.close().catch(() => undefined);
    const fresh = await this.handle(collection);
    const info = await fresh.stat();
    return { fh: fresh, at: { ino: info.ino, size: info.size } };
  }

  async upsert(collection: CollectionName, records: StoredRecord[]): Promise<void> {
    if (records.length === 0) return;
    let text = '';
    for (const record of records) {
      if (!ID_PATTERN.test(record.id)) throw invalidInput(`invalid record id "${record.id.slice(0, 64)}"`);
      const { id, agentId, ...rest } = record;
      text += `${JSON.stringify({ id, agentId, ...rest })}\n`;
    }
    const action = `append to ${collection}`;
    await this.exclusive(collection, action, async () => {
      try {
        const { fh, at } = await this.appendTarget(collection);
        // A torn line (a crash or a refused append, in any process): end it so this record starts on
        // a line of its own. Where this process's own last append ended, the file is known whole.
        const whole = this.wholeAt.get(collection);
        const known = whole !== undefined && whole.ino === at.ino && whole.size === at.size;
        const seal = at.size > 0 && !known && (await endsTorn(fh, at.size));
        const bytes = Buffer.from(seal ? `\n${text}` : text, 'utf8');
        this.wholeAt.delete(collection);
        await writeAll(fh, bytes);
        await fh.datasync();
        this.wholeAt.set(collection, { ino: at.ino, size: at.size + bytes.byteLength });
      } catch (error) {
        throw storageFailure(STORE, action, error);
      }
    });
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
   * The bulk is copied while other processes keep appending; then, holding the lock (appenders wait),
   * the lines appended meanwhile are copied too and the new file replaces the old one atomically.
   * Appenders reopen the file when they see it replaced. A rewrite that finds the file replaced by
   * another rewrite meanwhile starts over on the new file, so neither rewrite's deletions are undone.
   */
  async deleteWhere(collection: CollectionName, agentId: string, options: DeleteOptions): Promise<number> {
    for (let attempt = 0; attempt < REWRITE_ATTEMPTS; attempt++) {
      const removed = await this.rewrite(collection, agentId, options);
      if (removed !== undefined) return removed;
    }
    throw new AppError('unavailable', `${STORE} is busy: ${collection} was rewritten by other processes ${REWRITE_ATTEMPTS} times during one rewrite`);
  }

  /** One rewrite attempt: the number of records removed, or undefined when another rewrite replaced the file first. */
  private async rewrite(collection: CollectionName, agentId: string, options: DeleteOptions): Promise<number | undefined> {
    const path = this.path(collection);
    const action = `rewrite ${collection}`;
    const old = await this.fs.open(path, 'r').catch((error: unknown) => {
      if (errnoOf(error) === 'ENOENT') return undefined;
      throw storageFailure(STORE, action, error);
    });
    if (!old) return 0;
    await this.removeAbandonedRewrites(collection);
    const removed = new Set<string>();
    const keep = keepUnlessDeleted(agentId, options, removed);
    const tmp = `${path}.compact-${process.pid}-${Date.now()}-${randomBytes(4).toString('hex')}`;
    let out: FileHandle | undefined;
    let replaced = false;
    try {
      out = await this.fs.open(tmp, 'w');
      const target = out;
      let offset = await copyLines(old, 0, target, keep);
      // Catch up without the lock while much was appended meanwhile, so that appenders wait briefly.
      for (let pass = 0; pass < CATCH_UP_PASSES && (await old.stat()).size - offset > LOCKED_COPY_BYTES; pass++) offset = await copyLines(old, offset, target, keep);
      const done = await this.exclusive(collection, action, async (lock) => {
        const [onDisk, copied] = await Promise.all([this.fs.stat(path).catch(() => undefined), old.stat()]);
        if (!onDisk || onDisk.ino !== copied.ino || onDisk.dev !== copied.dev) return false;
        // Nobody appends now. What follows the last newline is a torn line (a crash, a refused
        // append that was never acknowledged): it is left out.
        await copyLines(old, offset, target, keep);
        await target.datasync();
        await target.close();
        out = undefined;
        // Our lock was broken as stale (this process stalled): another process may be writing.
        if (!(await lock.held())) throw new AppError('unavailable', `${STORE} could not ${action}: its lock was taken over while it worked`);
        await this.fs.rename(tmp, path);
        replaced = true;
        await syncDirectory(this.fs, this.dir);
        // This process's own append handle points at the old file: reopen on the next write.
        const handle = this.handles.get(collection);
        this.handles.delete(collection);
        this.wholeAt.delete(collection);
        await (await handle?.catch(() => undefined))?.close();
        return true;
      });
      return done ? removed.size : undefined;
    } catch (error) {
      throw storageFailure(STORE, action, error);
    } finally {
      await out?.close().catch(() => undefined);
      if (!replaced) await this.fs.rm(tmp, { force: true }).catch(() => undefined);
      await old.close().catch(() => undefined);
    }
  }

  /** Removes what rewrites killed midway left behind (best effort: a file that cannot be removed stays). */
  private async removeAbandonedRewrites(collection: CollectionName): Promise<void> {
    const collectionFile = `${collection}.jsonl`;
    const names = await this.fs.readdir(this.dir).catch(() => [] as string[]);
    for (const name of names) {
      if (!name.startsWith(`${collectionFile}.compact-`)) continue;
      const file = join(this.dir, name);
      const info = await this.fs.stat(file).catch(() => undefined);
      if (info && isAbandonedRewrite(name, collectionFile, Date.now() - info.mtimeMs)) await this.fs.rm(file, { force: true }).catch(() => undefined);
    }
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

/** The rewrite's line filter: false for the lines of the records to delete (and torn lines), whose ids it collects. */
function keepUnlessDeleted(agentId: string, options: DeleteOptions, removed: Set<string>): (line: string) => boolean {
  const agentJson = JSON.stringify(agentId);
  return (line) => {
    const id = peekId(line);
    // Another agent's record, read from the bytes: kept as written, without decoding it.
    if (id !== undefined && !peekAgent(line, 8 + id.length, agentJson)) return true;
    let record: StoredRecord;
    try {
      record = JSON.parse(line) as StoredRecord;
    } catch {
      return false; // a torn line from a crash: nothing to keep
    }
    if (record?.agentId !== agentId || !matchesWhere(record, options.where) || (options.match && !options.match(record))) return true;
    removed.add(record.id);
    return false;
  };
}
