import { open, rm, stat } from 'node:fs/promises';
import { AppError, sleep } from '@mcp-aks/core';

export interface FileLockOptions {
  /** A lock older than this belongs to a writer that died; it is broken. */
  staleMs?: number;
  /** How long to wait for a busy lock before giving up. */
  timeoutMs?: number;
}

/**
 * A cross-process mutex on a lock file created with O_EXCL. Serialises read-modify-write cycles of
 * processes sharing DATA_DIR; a holder killed with SIGKILL leaves a lock that expires after staleMs.
 */
export async function withFileLock<T>(lockPath: string, work: () => Promise<T>, options: FileLockOptions = {}): Promise<T> {
  const staleMs = options.staleMs ?? 30_000;
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(lockPath, 'wx');
      await handle.writeFile(`${process.pid}\n`).finally(() => handle.close());
      break;
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw new AppError('unavailable', `could not take lock ${lockPath}`, { cause: error });
    }
    const age = await stat(lockPath).then(
      (info) => Date.now() - info.mtimeMs,
      () => 0,
    );
    if (age > staleMs) {
      await rm(lockPath, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new AppError('unavailable', 'the embedded search index is busy (locked by another process)');
    await sleep(Math.min(200, 10 * 2 ** Math.min(attempt, 4)) + Math.random() * 10);
  }
  try {
    return await work();
  } finally {
    await rm(lockPath, { force: true });
  }
}
