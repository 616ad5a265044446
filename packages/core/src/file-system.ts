import * as fsp from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { AppError } from './errors';

/**
 * The file operations the embedded stores use. The default is node:fs/promises; tests pass one that
 * injects the faults of a full or failing disk (short writes, ENOSPC, EIO, a read-only folder).
 */
export type FileSystem = Pick<typeof fsp, 'access' | 'mkdir' | 'open' | 'readdir' | 'readFile' | 'rename' | 'rm' | 'stat'>;

export const nodeFileSystem: FileSystem = fsp;

export const errnoOf = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;

/**
 * Writes all of `data` at the handle's position (the end, for a file opened to append). A write may
 * take fewer bytes than asked without an error (a nearly full disk does that): the rest is written
 * again until it is all written or the file system says why not.
 */
export async function writeAll(handle: FileHandle, data: string | Uint8Array): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let offset = 0;
  while (offset < bytes.byteLength) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset, null);
    if (bytesWritten <= 0) {
      throw Object.assign(new Error(`no space left: a write took no bytes after ${offset} of ${bytes.byteLength}`), { code: 'ENOSPC' });
    }
    offset += bytesWritten;
  }
}

/**
 * Whether a non-empty file ends without a newline: a torn last line a writer must seal before
 * appending. `knownSize`: the size the caller just read, to save a stat.
 */
export async function endsTorn(handle: FileHandle, knownSize?: number): Promise<boolean> {
  const size = knownSize ?? (await handle.stat()).size;
  if (size === 0) return false;
  const last = Buffer.alloc(1);
  await handle.read(last, 0, 1, size - 1);
  return last[0] !== 0x0a;
}

/**
 * Makes a rename or a new file in `dir` durable (fsync of the folder). Best effort: the rename has
 * happened either way, and some file systems do not sync folders.
 */
export async function syncDirectory(fs: FileSystem, dir: string): Promise<void> {
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // not supported here (EISDIR, EINVAL on some platforms)
  }
}

/** A file-system failure as the error a caller reads: what could not be done, and why (full, read-only, I/O). */
export function storageFailure(store: string, action: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = errnoOf(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') return new AppError('unavailable', `${store} is full: could not ${action} (${code})`, { cause: error });
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return new AppError('unavailable', `${store} is not writable: could not ${action} (${code})`, { cause: error });
  return new AppError('unavailable', `${store} could not ${action}${code ? ` (${code})` : ''}`, { cause: error });
}
