import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { errnoOf, invalidInput, nodeFileSystem, storageFailure, type FileSystem } from '@mcp-aks/core';
import type { BlobStore, DocumentInfo, StoredDocument } from '../../ports';
import { TEMP_PREFIX, isTempFileName, removeStaleTempFiles, writeFileAtomic } from './atomic-file';

export interface FolderBlobStoreOptions {
  /** Temp files older than this are left-overs of a killed writer and are removed on first use. */
  staleTempMs?: number;
  /** The file system the folder lives on (node:fs/promises unless a test injects faults). */
  fs?: FileSystem;
}

const DEFAULT_STALE_TEMP_MS = 10 * 60_000;
const DEFAULT_LIST_LIMIT = 1000;
const CACHE_MAX_BYTES = 32 * 1024 * 1024;
const CACHE_MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

/** The store's own guard: callers validate names, but a name must never leave the folder. */
export function checkFileName(name: string): string | undefined {
  if (name.length === 0) return 'name is empty';
  if (name === '.' || name === '..' || name.includes('..')) return 'name may not contain ".."';
  if (name.includes('/') || name.includes('\\')) return 'name may not contain path separators';
  if (CONTROL_CHARS.test(name)) return 'name may not contain control characters';
  if (name.startsWith(TEMP_PREFIX)) return `name may not start with "${TEMP_PREFIX}"`;
  if (Buffer.byteLength(name) > 255) return 'name is longer than 255 bytes';
  return undefined;
}

const contentEtag = (content: string | Buffer): string => `"${createHash('sha256').update(content).digest('hex').slice(0, 32)}"`;

/**
 * One folder a container. Every document is one file named like the document; writes go through a
 * temp file and a rename, so readers (in this or another process) see whole documents only.
 */
export class FolderBlobStore implements BlobStore {
  private ready: Promise<void> | undefined;
  /** Content hashes by file identity (inode, size, mtime), so list() does not re-read unchanged files. */
  private readonly etags = new Map<string, string>();
  /**
   * Recently read documents by name, keyed by file identity. Files are never changed in place (every
   * write is a rename of a new inode), so an unchanged identity means unchanged content: a hit costs one
   * stat, and replicas sharing the folder still see each other's writes at once.
   */
  private readonly documents = new Map<string, { identity: string; document: StoredDocument }>();
  private cachedBytes = 0;
  private readonly fs: FileSystem;

  constructor(
    readonly directory: string,
    private readonly options: FolderBlobStoreOptions = {},
  ) {
    this.fs = options.fs ?? nodeFileSystem;
  }

  private init(): Promise<void> {
    this.ready ??= (async () => {
      await this.fs.mkdir(this.directory, { recursive: true });
      await removeStaleTempFiles(this.directory, this.options.staleTempMs ?? DEFAULT_STALE_TEMP_MS, this.fs);
    })().catch((error: unknown) => {
      this.ready = undefined;
      throw storageError('prepare the folder', error);
    });
    return this.ready;
  }

  private fileName(name: string): string {
    const problem = checkFileName(name);
    if (problem) throw invalidInput(`Invalid document name: ${problem}`);
    return name;
  }

  async put(name: string, content: string): Promise<DocumentInfo> {
    const fileName = this.fileName(name);
    await this.init();
    const bytes = Buffer.from(content, 'utf8');
    try {
      await writeFileAtomic(this.directory, fileName, bytes, this.fs);
      const info = await this.fs.stat(join(this.directory, fileName), { bigint: true });
      const etag = contentEtag(bytes);
      this.etags.set(identity(info), etag);
      return { name, size: bytes.byteLength, updatedAt: new Date(Number(info.mtimeMs)).toISOString(), etag };
    } catch (error) {
      throw storageError(`write "${name}"`, error);
    }
  }

  async get(name: string): Promise<StoredDocument | undefined> {
    const fileName = this.fileName(name);
    await this.init();
    const path = join(this.directory, fileName);
    try {
      const cached = this.documents.get(name);
      // A synchronous stat of a local file is a cached metadata lookup (about 2 µs); through the thread
      // pool it costs ten times that and dominated the read path. Only the check is synchronous.
      if (cached && identity(statSync(path, { bigint: true })) === cached.identity) {
        this.documents.delete(name); // most recently used last
        this.documents.set(name, cached);
        return cached.document;
      }
      // Content and metadata from one open file: a concurrent rename cannot pair them wrongly.
      const handle = await this.fs.open(path, 'r');
      try {
        const info = await handle.stat({ bigint: true });
        const bytes = await handle.readFile();
        const document: StoredDocument = {
          name,
          content: bytes.toString('utf8'),
          size: bytes.byteLength,
          updatedAt: new Date(Number(info.mtimeMs)).toISOString(),
          etag: contentEtag(bytes),
        };
        this.remember(name, identity(info), document);
        return document;
      } finally {
        await handle.close();
      }
    } catch (error) {
      if (isNoEntry(error)) return this.forget(name);
      if (isDirectory(error)) return this.forget(name);
      throw storageError(`read "${name}"`, error);
    }
  }

  private remember(name: string, fileIdentity: string, document: StoredDocument): void {
    this.forget(name);
    if (document.size > CACHE_MAX_DOCUMENT_BYTES) return;
    this.documents.set(name, { identity: fileIdentity, document });
    this.cachedBytes += document.size;
    for (const [oldest, entry] of this.documents) {
      if (this.cachedBytes <= CACHE_MAX_BYTES) break;
      this.documents.delete(oldest);
      this.cachedBytes -= entry.document.size;
    }
  }

  private forget(name: string): undefined {
    const entry = this.documents.get(name);
    if (entry) {
      this.documents.delete(name);
      this.cachedBytes -= entry.document.size;
    }
    return undefined;
  }

  async list(options: { prefix?: string; limit?: number } = {}): Promise<DocumentInfo[]> {
    await this.init();
    const prefix = options.prefix ?? '';
    const limit = options.limit ?? DEFAULT_LIST_LIMIT;
    let entries: string[];
    try {
      entries = await this.fs.readdir(this.directory);
    } catch (error) {
      throw storageError('list the folder', error);
    }
    const names = entries
      .filter((entry) => !isTempFileName(entry) && entry.startsWith(prefix) && checkFileName(entry) === undefined)
      .sort(compareNames);
    const result: DocumentInfo[] = [];
    for (const name of names) {
      if (result.length >= limit) break;
      const info = await this.describe(name);
      if (info) result.push(info);
    }
    return result;
  }

  private async describe(name: string): Promise<DocumentInfo | undefined> {
    const path = join(this.directory, name);
    try {
      const info = await this.fs.stat(path, { bigint: true });
      if (!info.isFile()) return undefined;
      const key = identity(info);
      let etag = this.etags.get(key);
      if (etag === undefined) {
        etag = contentEtag(await this.fs.readFile(path));
        this.etags.set(key, etag);
        if (this.etags.size > 10_000) this.etags.clear();
      }
      return { name, size: Number(info.size), updatedAt: new Date(Number(info.mtimeMs)).toISOString(), etag };
    } catch (error) {
      if (isNoEntry(error)) return undefined;
      throw storageError(`describe "${name}"`, error);
    }
  }

  async delete(name: string): Promise<boolean> {
    const fileName = this.fileName(name);
    await this.init();
    const path = join(this.directory, fileName);
    try {
      const info = await this.fs.stat(path);
      if (!info.isFile()) return false;
      await this.fs.rm(path);
      return true;
    } catch (error) {
      if (isNoEntry(error)) return false;
      throw storageError(`delete "${name}"`, error);
    }
  }

  async ping(): Promise<void> {
    await this.init();
    try {
      await this.fs.access(this.directory);
    } catch (error) {
      throw storageError('reach the folder', error);
    }
  }
}

/** Code-unit order, the same order Azure Blob Storage lists names in for ASCII names. */
export const compareNames = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const identity = (info: { ino: bigint; size: bigint; mtimeNs: bigint }): string => `${info.ino}:${info.size}:${info.mtimeNs}`;

const isNoEntry = (error: unknown): boolean => errnoOf(error) === 'ENOENT';
const isDirectory = (error: unknown): boolean => errnoOf(error) === 'EISDIR';

function storageError(action: string, error: unknown) {
  if (errnoOf(error) === 'ENAMETOOLONG') return invalidInput('Invalid document name: too long for the local store');
  return storageFailure('Local store', action, error);
}
