import * as fsp from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import type { FileSystem } from '@mcp-aks/core';

/**
 * A file system that fails like a real disk, for the stores' fault-injection tests. It wraps
 * node:fs/promises and, as configured:
 * - `freeBytes`: a nearly full disk. A write takes at most what is free and returns the short count
 *   without an error (write(2) does this: "the number of bytes written may be less than count if …
 *   there is insufficient space on the underlying physical medium", man 2 write); with nothing free
 *   it fails with ENOSPC.
 * - `maxWriteBytes`: every write takes at most this many bytes (a short write with space left).
 * - `writeError` / `syncError`: writes or fsyncs fail with this errno (EIO: the device failed).
 * - `readOnly`: a read-only file system: opening for writing, writing (also through handles opened
 *   before), creating, renaming or removing fails with EROFS.
 * - `lockedDirectories`: folders without write permission: creating, renaming or removing an entry
 *   fails with EACCES; files that exist can still be opened and written.
 * `writeFile` on a handle loops over `write` as Node's does, so the faults apply to it too.
 */
export class FaultyFileSystem implements FileSystem {
  freeBytes: number | undefined;
  maxWriteBytes: number | undefined;
  writeError: 'EIO' | 'ENOSPC' | undefined;
  syncError: 'EIO' | undefined;
  readOnly = false;
  lockedDirectories = false;
  /** Bytes the wrapped writes actually put on disk, and how many writes came back short. */
  readonly counters = { bytesWritten: 0, shortWrites: 0, failedWrites: 0 };

  /** Back to a healthy disk. */
  heal(): void {
    this.freeBytes = undefined;
    this.maxWriteBytes = undefined;
    this.writeError = undefined;
    this.syncError = undefined;
    this.readOnly = false;
    this.lockedDirectories = false;
  }

  private refuseChange(syscall: string, path: string): void {
    if (this.readOnly) throw errno('EROFS', syscall, path);
    if (this.lockedDirectories) throw errno('EACCES', syscall, path);
  }

  readonly access: FileSystem['access'] = (path, mode) => fsp.access(path, mode);
  readonly readdir = fsp.readdir;
  readonly readFile = fsp.readFile;
  readonly stat = fsp.stat;

  readonly mkdir = (async (path: string, options?: Parameters<typeof fsp.mkdir>[1]) => {
    if (this.readOnly || this.lockedDirectories) {
      const existing = await fsp.stat(path).catch(() => undefined);
      if (existing?.isDirectory()) return undefined;
      this.refuseChange('mkdir', path);
    }
    return fsp.mkdir(path, options);
  }) as FileSystem['mkdir'];

  readonly rename: FileSystem['rename'] = async (from, to) => {
    this.refuseChange('rename', String(from));
    return fsp.rename(from, to);
  };

  readonly rm: FileSystem['rm'] = async (path, options) => {
    this.refuseChange('rm', String(path));
    return fsp.rm(path, options);
  };

  readonly open: FileSystem['open'] = async (path, flags, mode) => {
    const writing = typeof flags === 'string' ? /[wa+]/.test(flags) : typeof flags === 'number' && (flags & 3) !== 0;
    if (this.readOnly && writing) throw errno('EROFS', 'open', String(path));
    if (this.lockedDirectories && writing && !(await fsp.stat(path).then(() => true, () => false))) throw errno('EACCES', 'open', String(path));
    const handle = await fsp.open(path, flags, mode);
    return this.wrap(handle);
  };

  private wrap(handle: FileHandle): FileHandle {
    const realWrite = handle.write.bind(handle) as (buffer: Uint8Array, offset: number, length: number, position: number | null) => Promise<{ bytesWritten: number; buffer: Uint8Array }>;
    const realDatasync = handle.datasync.bind(handle);
    const realSync = handle.sync.bind(handle);
    const write = async (data: Uint8Array | string, a?: unknown, b?: unknown, c?: unknown) => {
      let bytes: Uint8Array;
      let position: number | null;
      if (typeof data === 'string') {
        bytes = Buffer.from(data, typeof b === 'string' ? (b as BufferEncoding) : 'utf8');
        position = typeof a === 'number' ? a : null;
      } else {
        const offset = typeof a === 'number' ? a : 0;
        const length = typeof b === 'number' ? b : data.byteLength - offset;
        bytes = data.subarray(offset, offset + length);
        position = typeof c === 'number' ? c : null;
      }
      if (this.readOnly) throw errno('EROFS', 'write');
      if (this.writeError) {
        this.counters.failedWrites++;
        throw errno(this.writeError, 'write');
      }
      let take = bytes.byteLength;
      if (this.maxWriteBytes !== undefined) take = Math.min(take, this.maxWriteBytes);
      if (this.freeBytes !== undefined) {
        if (this.freeBytes <= 0 && take > 0) {
          this.counters.failedWrites++;
          throw errno('ENOSPC', 'write');
        }
        take = Math.min(take, this.freeBytes);
        this.freeBytes -= take;
      }
      if (take < bytes.byteLength) this.counters.shortWrites++;
      const { bytesWritten } = take === 0 ? { bytesWritten: 0 } : await realWrite(bytes, 0, take, position);
      this.counters.bytesWritten += bytesWritten;
      return { bytesWritten, buffer: data };
    };
    const writeFile = async (data: string | Uint8Array) => {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      for (let offset = 0; offset < bytes.byteLength; ) {
        const { bytesWritten } = await write(bytes, offset, bytes.byteLength - offset);
        offset += bytesWritten;
      }
    };
    const sync = (real: () => Promise<void>) => async () => {
      if (this.syncError) throw errno(this.syncError, 'fsync');
      return real();
    };
    return Object.assign(handle, { write, writeFile, datasync: sync(realDatasync), sync: sync(realSync) }) as FileHandle;
  }
}

function errno(code: string, syscall: string, path?: string): NodeJS.ErrnoException {
  const messages: Record<string, string> = { ENOSPC: 'no space left on device', EIO: 'i/o error', EROFS: 'read-only file system', EACCES: 'permission denied' };
  const error: NodeJS.ErrnoException = new Error(`${code}: ${messages[code] ?? code}, ${syscall}${path ? ` '${path}'` : ''}`);
  error.code = code;
  error.syscall = syscall;
  if (path) error.path = path;
  return error;
}
