import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { nodeFileSystem, writeAll, type FileSystem } from '@mcp-aks/core';

/**
 * Temp files live in the folder of their target so that the final rename stays on one file system
 * (rename is atomic only there). The prefix is reserved: stores refuse names that start with it.
 */
export const TEMP_PREFIX = '.~tmp.';

export const isTempFileName = (fileName: string): boolean => fileName.startsWith(TEMP_PREFIX);

/**
 * Writes a file so that a reader sees either the previous content or the new one, never a mix, even
 * when the process is killed mid-write: temp file, fsync, rename over the target, fsync the folder.
 */
export async function writeFileAtomic(directory: string, fileName: string, data: string | Uint8Array, fs: FileSystem = nodeFileSystem): Promise<void> {
  const tempPath = join(directory, `${TEMP_PREFIX}${randomBytes(8).toString('hex')}`);
  const handle = await fs.open(tempPath, 'wx', 0o600);
  let renamed = false;
  try {
    await writeAll(handle, data);
    await handle.sync();
    await handle.close();
    await fs.rename(tempPath, join(directory, fileName));
    renamed = true;
  } finally {
    if (!renamed) {
      await handle.close().catch(() => undefined);
      await fs.rm(tempPath, { force: true }).catch(() => undefined);
    }
  }
  await syncDirectory(directory, fs);
}

/** Makes a rename durable. Some file systems refuse to fsync a folder; the rename is atomic anyway. */
async function syncDirectory(directory: string, fs: FileSystem): Promise<void> {
  let handle;
  try {
    handle = await fs.open(directory, 'r');
    await handle.sync();
  } catch {
    // best effort
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Removes temp files left by writers that died before their rename. Only files older than
 * `olderThanMs` go, so a writer in another process that is still busy keeps its temp file.
 */
export async function removeStaleTempFiles(directory: string, olderThanMs: number, fs: FileSystem = nodeFileSystem, now = Date.now()): Promise<number> {
  let removed = 0;
  let entries: string[];
  try {
    entries = await fs.readdir(directory);
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (!isTempFileName(entry)) continue;
    const path = join(directory, entry);
    try {
      const info = await fs.stat(path);
      if (now - info.mtimeMs >= olderThanMs) {
        await fs.rm(path, { force: true });
        removed++;
      }
    } catch {
      // gone already
    }
  }
  return removed;
}
