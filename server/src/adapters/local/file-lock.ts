import { AppError, errnoOf, nodeFileSystem, sleep, storageFailure, writeAll, type FileSystem } from '@mcp-aks/core';

export interface FileLockOptions {
  /** A lock older than this belongs to a writer that died; it is broken. */
  staleMs?: number;
  /** How long to wait for a busy lock before giving up. */
  timeoutMs?: number;
  fs?: FileSystem;
  /** What the lock guards, for error messages (a path would leak into answers). */
  what?: string;
}

/**
 * A cross-process mutex on a lock file created with O_EXCL. Serialises read-modify-write cycles of
 * processes sharing DATA_DIR; a holder killed with SIGKILL leaves a lock that expires after staleMs.
 */
export async function withFileLock<T>(lockPath: string, work: () => Promise<T>, options: FileLockOptions = {}): Promise<T> {
  const staleMs = options.staleMs ?? 30_000;
  const fs = options.fs ?? nodeFileSystem;
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await fs.open(lockPath, 'wx');
      try {
        await writeAll(handle, `${process.pid}\n`);
      } catch (error) {
        // A lock we could not finish writing is still ours: remove it, or every writer waits it out.
        await handle.close().catch(() => undefined);
        await fs.rm(lockPath, { force: true }).catch(() => undefined);
        throw error;
      }
      await handle.close();
      break;
    } catch (error) {
      if (errnoOf(error) !== 'EEXIST') throw storageFailure(options.what ?? 'The store', 'take its lock', error);
    }
    const age = await fs.stat(lockPath).then(
      (info) => Date.now() - info.mtimeMs,
      () => 0,
    );
    if (age > staleMs) {
      await fs.rm(lockPath, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new AppError('unavailable', 'the embedded search index is busy (locked by another process)');
    await sleep(Math.min(200, 10 * 2 ** Math.min(attempt, 4)) + Math.random() * 10);
  }
  try {
    return await work();
  } finally {
    await fs.rm(lockPath, { force: true });
  }
}
