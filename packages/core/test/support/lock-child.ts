/**
 * Child process for the file-lock tests.
 * - `count <lock> <counter file> <times> <startAt epoch ms>`: adds 1 to the number in the counter
 *   file, a read-modify-write with a pause in the middle, holding the lock, `times` times.
 * - `hold <lock>`: takes the lock, says "held" on stdout, and keeps it until killed.
 * - `churn <lock> <ms>`: for `ms`, takes the lock, keeps it 3 ms, and takes it again at once after
 *   releasing it (a busy replica); says "churning" once it has it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { acquireFileLock, withFileLock } from '../../src/file-lock';

const [mode, lock, ...rest] = process.argv.slice(2);
if (mode === 'count' && lock && rest.length === 3) {
  const [counter, times, startAt] = rest as [string, string, string];
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
  for (let i = 0; i < Number(times); i++) {
    await withFileLock(lock, async () => {
      const n = Number(await readFile(counter, 'utf8').catch(() => '0'));
      await new Promise((resolve) => setImmediate(resolve));
      await writeFile(counter, String(n + 1));
    }, { retryMs: 1, timeoutMs: 20_000 });
  }
} else if (mode === 'hold' && lock) {
  await acquireFileLock(lock);
  process.stdout.write('held\n');
  setInterval(() => undefined, 60_000);
} else if (mode === 'churn' && lock && rest.length === 1) {
  const until = Date.now() + Number(rest[0]);
  let said = false;
  while (Date.now() < until) {
    await withFileLock(lock, async () => {
      if (!said) process.stdout.write('churning\n');
      said = true;
      // Busy for 3 ms, as a write and an fdatasync keep a replica: the lock is free only between holds.
      for (const end = Date.now() + 3; Date.now() < end; );
    }, { retryMs: 1 });
  }
} else {
  throw new Error('usage: lock-child count <lock> <counter> <times> <startAt> | hold <lock> | churn <lock> <ms>');
}
