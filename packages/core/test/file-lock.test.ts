import { readFile, readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { acquireFileLock, isAppError, lockIsStale, lockMachine, parseLockOwner, withFileLock } from '../src';
import { childScriptWorkspace, killHard, runChild, startChildUntil } from '../../../test/support/child-script';

const children = childScriptWorkspace(fileURLToPath(new URL('./support/lock-child.ts', import.meta.url)), 'file-lock-');
const freshDir = () => children.freshDir();

describe('stale lock decisions', () => {
  const here = (pid: number) => `${pid} ${lockMachine} 0a1b2c\n`;
  const alive = (pids: number[]) => (pid: number) => pids.includes(pid);
  it.each([
    ['a holder on this machine that is gone', here(4242), 10, false, true],
    ['a holder on this machine that runs', here(4242), 10, true, false],
    ['this very process', here(process.pid), 10, false, false],
    ['a young lock of another machine', '4242 other-host/pid:[1] 0a1b2c\n', 10, false, false],
    ['an old lock of another machine', '4242 other-host/pid:[1] 0a1b2c\n', 60_000, false, true],
    ['an old lock of a running holder on this machine (hung, or its pid reused)', here(4242), 60_000, true, true],
    ['a young lock in the older form (pid only)', '4242\n', 10, false, false],
    ['a lock whose holder line is being written', `4242 ${lockMachine.slice(0, 5)}`, 10, false, false],
    ['a lock whose holder line was never finished', `4242 ${lockMachine.slice(0, 5)}`, 3_000, true, true],
    ['an empty lock, a few seconds old', '', 3_000, true, true],
  ])('%s', (_name, text, ageMs, running, stale) => {
    expect(lockIsStale(text, ageMs, 30_000, alive(running ? [4242] : []))).toBe(stale);
  });

  it('reads the holder line it writes, and nothing else', () => {
    expect(parseLockOwner(`123 ${lockMachine} 0a1b2c\n`)).toEqual({ pid: 123, machine: lockMachine });
    expect(parseLockOwner('123\n')).toEqual({ pid: 123 });
    expect(parseLockOwner(`123 ${lockMachine} 0a1b2c`)).toBeUndefined();
    expect(parseLockOwner('')).toBeUndefined();
    expect(parseLockOwner('x host 1\n')).toBeUndefined();
  });
});

describe('file lock across processes', () => {
  it('serialises read-modify-write cycles of four processes, one of them finding a stale lock first', async () => {
    const dir = await freshDir();
    const lock = join(dir, 'counter.lock');
    const counter = join(dir, 'counter');
    // Left by a holder of this machine that is gone (pid 2^22 + 1 is above Linux's pid_max limit).
    await writeFile(lock, `${2 ** 22 + 1} ${lockMachine} deadbeef\n`);
    const startAt = String(Date.now() + 1000);
    await Promise.all(['a', 'b', 'c', 'd'].map(() => runChild(children.script, ['count', lock, counter, '40', startAt])));
    expect(Number(await readFile(counter, 'utf8'))).toBe(160);
    expect((await readdir(dir)).sort()).toEqual(['counter']);
  });

  it('breaks the lock of a holder killed with SIGKILL at once, not after the stale time', async () => {
    const dir = await freshDir();
    const lock = join(dir, 'store.lock');
    const holder = await startChildUntil(children.script, ['hold', lock], 'held');
    // While the holder lives, the lock is busy.
    const busy = await acquireFileLock(lock, { timeoutMs: 200, what: 'The test store' }).then(() => undefined, (e: unknown) => e);
    expect(isAppError(busy, 'unavailable')).toBe(true);
    expect((busy as Error).message).toBe('The test store is busy (locked by another process)');
    await killHard(holder);
    expect((await readFile(lock, 'utf8')).startsWith(`${holder.pid} `)).toBe(true);
    const started = Date.now();
    const ran = await withFileLock(lock, async () => 'ran', { staleMs: 60_000, timeoutMs: 10_000 });
    expect(ran).toBe('ran');
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await readdir(dir)).toEqual([]);
  });

  it('breaks a lock of another machine once it is older than the stale time, and waits for a young one', async () => {
    const dir = await freshDir();
    const lock = join(dir, 'store.lock');
    await writeFile(lock, '77 other-host/pid:[1] 0a0a0a\n');
    const busy = await withFileLock(lock, async () => 'ran', { staleMs: 5_000, timeoutMs: 300 }).then(() => undefined, (e: unknown) => e);
    expect(isAppError(busy, 'unavailable')).toBe(true);
    const old = new Date(Date.now() - 10_000);
    await utimes(lock, old, old);
    expect(await withFileLock(lock, async () => 'ran', { staleMs: 5_000, timeoutMs: 300 })).toBe('ran');
    expect(await readdir(dir)).toEqual([]);
  });

  it('lets a waiter in while two other processes take the lock again and again', async () => {
    const dir = await freshDir();
    const lock = join(dir, 'store.lock');
    const busy = await Promise.all([1, 2].map(() => startChildUntil(children.script, ['churn', lock, '8000'], 'churning')));
    try {
      const waits: number[] = [];
      for (let i = 0; i < 5; i++) {
        // Time for the other process to be churning again, not waiting behind this one.
        await new Promise((resolve) => setTimeout(resolve, 100));
        const started = Date.now();
        await withFileLock(lock, async () => undefined, { retryMs: 1, timeoutMs: 5_000 });
        waits.push(Date.now() - started);
      }
      // Polling alone hits the short gaps between the other's holds only by luck, 200 ms apart at best.
      expect(Math.max(...waits)).toBeLessThan(1_000);
    } finally {
      await Promise.all(busy.map(killHard));
    }
  });

  it('keeps a long hold fresh, so that it is not broken as stale', async () => {
    const dir = await freshDir();
    const lock = join(dir, 'store.lock');
    const held = await acquireFileLock(lock, { staleMs: 300 });
    await new Promise((resolve) => setTimeout(resolve, 700));
    const other = await acquireFileLock(lock, { staleMs: 300, timeoutMs: 150 }).then(() => undefined, (e: unknown) => e);
    expect(isAppError(other, 'unavailable')).toBe(true);
    expect(await held.held()).toBe(true);
    await held.release();
    expect(await readdir(dir)).toEqual([]);
  });
});
