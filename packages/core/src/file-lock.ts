import { closeSync, fstatSync, futimesSync, openSync, readlinkSync, rmSync, statSync, writeSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { AppError } from './errors';
import { errnoOf, nodeFileSystem, storageFailure, writeAll, type FileSystem } from './file-system';
import { sleep } from './retry';

export interface FileLockOptions {
  /** A lock not refreshed for this long belongs to a holder that died or hung; it is broken. */
  staleMs?: number;
  /** How long to wait for a busy lock before giving up. */
  timeoutMs?: number;
  /** The first wait between attempts; it doubles up to 200 ms. */
  retryMs?: number;
  fs?: FileSystem;
  /** What the lock guards, for error messages (a path would leak into answers). */
  what?: string;
  /** What the holder is about to do, for error messages: "could not <action>" (default: take its lock). */
  action?: string;
}

export interface HeldFileLock {
  /** Whether the lock file is still this holder's (it is not if it was broken as stale meanwhile). */
  held(): Promise<boolean>;
  release(): Promise<void>;
}

/**
 * Who may judge a holder dead by its pid: processes on the same host in the same pid namespace
 * (containers on one node can share a hostname, not a pid namespace).
 */
export const lockMachine = (() => {
  let namespace = '';
  try {
    namespace = readlinkSync('/proc/self/ns/pid');
  } catch {
    // not Linux: the host name alone
  }
  return `${hostname()}/${namespace}`.replace(/\s/g, '_');
})();

/** What a lock file says about its holder. */
export interface LockOwner {
  pid: number;
  /** Undefined in the older `<pid>` form. */
  machine?: string;
}

/** The holder line, once written in full (`<pid> <machine> <nonce>` or the older `<pid>`, and a newline). */
export function parseLockOwner(text: string): LockOwner | undefined {
  const match = /^(\d+)(?: (\S+) \S+)?\n$/.exec(text);
  if (!match) return undefined;
  const pid = Number(match[1]);
  if (!Number.isSafeInteger(pid) || pid <= 0) return undefined;
  return match[2] ? { pid, machine: match[2] } : { pid };
}

/** Whether a process with this id runs on this machine (EPERM: it does, under another user). */
export const processAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoOf(error) === 'EPERM'; // exists, owned by another user
  }
};

/** A holder writes its line right after creating the file: a line still unfinished after this was left by one that died. */
const UNFINISHED_STALE_MS = 2_000;

/**
 * Whether a lock can be broken: its holder is a process of this machine that no longer exists, or
 * it was not refreshed for `staleMs` (a holder elsewhere, a reused pid, or a hung holder), or its
 * holder line was never finished.
 */
export function lockIsStale(text: string, ageMs: number, staleMs: number, alive: (pid: number) => boolean = processAlive): boolean {
  const owner = parseLockOwner(text);
  if (!owner) return ageMs > Math.min(staleMs, UNFINISHED_STALE_MS);
  if (ageMs > staleMs) return true;
  return owner.machine === lockMachine && owner.pid !== process.pid && !alive(owner.pid);
}

/** A break in progress older than this was abandoned by a process that died in the middle of it. */
const BREAK_STALE_MS = 5_000;

interface FileId {
  ino: number;
  dev: number;
}

/** The lock file this process created; it stays open while the lock is held. */
interface OwnLockFile {
  /** Inode and device: while the file is open, no other file can have both. */
  identity(): Promise<FileId>;
  touch(): Promise<void>;
  close(): Promise<void>;
}

/** Creating, identifying and removing lock files. */
interface LockFiles {
  /** Creates the file (O_EXCL) holding `text`; undefined when it exists already. */
  create(path: string, text: string): Promise<OwnLockFile | undefined>;
  identity(path: string): Promise<FileId | undefined>;
  remove(path: string): Promise<void>;
}

/**
 * Lock files through node's synchronous calls. A lock is taken on every append of the embedded
 * stores: uncontended it is a handful of system calls of microseconds each, where each trip through
 * libuv's thread pool costs far more (about 0.3 ms a lock against 0.03 ms, measured on 2 cores).
 */
const syncLockFiles: LockFiles = {
  async create(path, text) {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (error) {
      if (errnoOf(error) === 'EEXIST') return undefined;
      throw error;
    }
    try {
      const bytes = Buffer.from(text);
      for (let offset = 0; offset < bytes.byteLength; ) {
        const written = writeSync(fd, bytes, offset, bytes.byteLength - offset);
        if (written <= 0) throw Object.assign(new Error('no space left: a write took no bytes'), { code: 'ENOSPC' });
        offset += written;
      }
    } catch (error) {
      // A lock we could not finish writing is still ours: remove it, or every writer waits it out.
      closeSync(fd);
      try {
        rmSync(path, { force: true });
      } catch {
        // left for the stale-lock rules; the write error is what the caller needs
      }
      throw error;
    }
    return {
      identity: async () => fstatSync(fd),
      touch: async () => futimesSync(fd, new Date(), new Date()),
      close: async () => closeSync(fd),
    };
  },
  identity: async (path) => statSync(path, { throwIfNoEntry: false }),
  remove: async (path) => rmSync(path, { force: true }),
};

/** Lock files through an injected file system (tests that make the disk fail). */
function lockFilesOn(fs: FileSystem): LockFiles {
  return {
    async create(path, text) {
      let handle: FileHandle;
      try {
        handle = await fs.open(path, 'wx');
      } catch (error) {
        if (errnoOf(error) === 'EEXIST') return undefined;
        throw error;
      }
      try {
        await writeAll(handle, text);
      } catch (error) {
        await handle.close().catch(() => undefined);
        await fs.rm(path, { force: true }).catch(() => undefined);
        throw error;
      }
      return { identity: () => handle.stat(), touch: () => handle.utimes(new Date(), new Date()), close: () => handle.close() };
    },
    identity: (path) =>
      fs.stat(path).catch((error: unknown) => {
        if (errnoOf(error) === 'ENOENT') return undefined;
        throw error;
      }),
    remove: (path) => fs.rm(path, { force: true }),
  };
}

/**
 * A cross-process mutex on a lock file created with O_EXCL, for processes sharing DATA_DIR. The file
 * names its holder (`<pid> <host>/<pid namespace> <nonce>`); a holder killed with SIGKILL leaves it
 * behind, and the next process breaks it at once when it can see the holder is gone (same machine),
 * or once it is older than staleMs. A holder refreshes the file's time while it works, so a long hold
 * is not mistaken for a dead one.
 *
 * Waiters poll, which alone is unfair: a process that takes the lock again right after releasing it
 * can starve a waiter polling at intervals. So a waiter claims the next turn (`<lock>.next`), and a
 * process that gets the lock while another's claim stands gives it back at once.
 */
export async function acquireFileLock(lockPath: string, options: FileLockOptions = {}): Promise<HeldFileLock> {
  const staleMs = options.staleMs ?? 30_000;
  const fs = options.fs ?? nodeFileSystem;
  const files = fs === nodeFileSystem ? syncLockFiles : lockFilesOn(fs);
  const what = options.what ?? 'The store';
  const action = options.action ?? 'take its lock';
  const retryMs = options.retryMs ?? 10;
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  const token = `${process.pid} ${lockMachine} ${randomBytes(6).toString('hex')}\n`;
  const turn = new NextTurn(fs, files, `${lockPath}.next`, token);
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        const own = await files.create(lockPath, token);
        if (own) {
          if (turn.claimed || !(await turn.othersFirst())) {
            await turn.drop();
            return hold(lockPath, own, files, staleMs);
          }
          await own.close();
          await files.remove(lockPath);
        } else {
          const seen = await inspect(fs, lockPath);
          if (!seen) continue; // released in between: try again at once
          if (lockIsStale(seen.text, Date.now() - seen.mtimeMs, staleMs)) {
            await breakLock(fs, files, lockPath, seen);
            continue;
          }
          await turn.claim();
        }
      } catch (error) {
        throw storageFailure(what, action, error);
      }
      if (Date.now() > deadline) throw new AppError('unavailable', `${what} is busy (locked by another process)`);
      // The process whose turn is next polls finely: the others leave the lock free for it.
      await sleep(turn.claimed ? retryMs : Math.min(200, retryMs * 2 ** Math.min(attempt, 8)) * (1 + Math.random() * 0.2));
    }
  } finally {
    await turn.drop().catch(() => undefined);
  }
}

/** How long a claim to the next turn stands without a refresh (its waiter refreshes it at every try). */
const NEXT_TURN_STALE_MS = 2_000;

/** One waiter's claim to take the lock next. */
class NextTurn {
  private own: OwnLockFile | undefined;

  constructor(
    private readonly fs: FileSystem,
    private readonly files: LockFiles,
    private readonly path: string,
    private readonly token: string,
  ) {}

  get claimed(): boolean {
    return this.own !== undefined;
  }

  /** Claims the next turn when nobody else has it; refreshes the claim when this waiter has it. */
  async claim(): Promise<void> {
    if (this.own) return this.own.touch();
    this.own = await this.files.create(this.path, this.token);
  }

  /** Whether another waiter's claim stands (one whose waiter is gone, or stopped refreshing it, is removed). */
  async othersFirst(): Promise<boolean> {
    if ((await this.files.identity(this.path)) === undefined) return false;
    const seen = await inspect(this.fs, this.path);
    if (!seen) return false;
    if (!lockIsStale(seen.text, Date.now() - seen.mtimeMs, NEXT_TURN_STALE_MS)) return true;
    await this.files.remove(this.path);
    return false;
  }

  async drop(): Promise<void> {
    const own = this.own;
    if (!own) return;
    this.own = undefined;
    try {
      const [mine, onDisk] = await Promise.all([own.identity(), this.files.identity(this.path)]);
      if (onDisk && onDisk.ino === mine.ino && onDisk.dev === mine.dev) await this.files.remove(this.path);
    } finally {
      await own.close().catch(() => undefined);
    }
  }
}

function hold(lockPath: string, own: OwnLockFile, files: LockFiles, staleMs: number): HeldFileLock {
  const held = async () => {
    const [mine, onDisk] = await Promise.all([own.identity(), files.identity(lockPath)]);
    return onDisk !== undefined && onDisk.ino === mine.ino && onDisk.dev === mine.dev;
  };
  let released = false;
  let refresh: NodeJS.Timeout | undefined;
  const schedule = () => {
    if (released) return;
    refresh = setTimeout(() => void own.touch().then(schedule, schedule), staleMs / 3);
    refresh.unref();
  };
  schedule();
  return {
    held,
    release: async () => {
      if (released) return;
      released = true;
      clearTimeout(refresh);
      try {
        if (await held()) await files.remove(lockPath);
      } finally {
        await own.close().catch(() => undefined);
      }
    },
  };
}

/** The lock file's holder line and time, read from one open file (or undefined: it is gone). */
async function inspect(fs: FileSystem, lockPath: string): Promise<{ text: string; mtimeMs: number } | undefined> {
  let handle: FileHandle;
  try {
    handle = await fs.open(lockPath, 'r');
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const [info, text] = await Promise.all([handle.stat(), handle.readFile('utf8')]);
    return { text, mtimeMs: info.mtimeMs };
  } finally {
    await handle.close();
  }
}

/**
 * Removes a stale lock, but only the one judged stale: breakers take turns through a second lock
 * file and re-read the holder line and time first, so a lock another breaker already replaced with
 * a live one is left alone.
 */
async function breakLock(fs: FileSystem, files: LockFiles, lockPath: string, stale: { text: string; mtimeMs: number }): Promise<void> {
  const breakPath = `${lockPath}.break`;
  const own = await files.create(breakPath, '');
  if (!own) {
    const age = await fs.stat(breakPath).then((info) => Date.now() - info.mtimeMs, () => 0);
    if (age > BREAK_STALE_MS) await files.remove(breakPath);
    else await sleep(5);
    return;
  }
  try {
    await own.close();
    const now = await inspect(fs, lockPath);
    if (now && now.text === stale.text && now.mtimeMs === stale.mtimeMs) await files.remove(lockPath);
  } finally {
    await files.remove(breakPath);
  }
}

/** Runs `work` holding the lock, and releases it however `work` ends. */
export async function withFileLock<T>(lockPath: string, work: () => Promise<T>, options: FileLockOptions = {}): Promise<T> {
  const lock = await acquireFileLock(lockPath, options);
  try {
    return await work();
  } finally {
    await lock.release();
  }
}
