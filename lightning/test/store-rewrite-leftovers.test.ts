import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { killHard } from '../../test/support/child-script';
import { EmbeddedStore, isAbandonedRewrite } from '../src/store/embedded';
import { makeEpisode } from './helpers/fixtures';

/** The pid of a process that has exited (so no process on this machine has it, for a while). */
async function exitedPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

describe('what a rewrite killed midway leaves behind', () => {
  const only4242Runs = (pid: number) => pid === 4242;
  it('is abandoned when its process is gone or it is a day old; a running rewrite keeps its file', () => {
    expect(isAbandonedRewrite('episodes.jsonl.compact-999999-1-ab', 'episodes.jsonl', 1_000, () => false)).toBe(true);
    expect(isAbandonedRewrite('episodes.jsonl.compact-4242-1-ab', 'episodes.jsonl', 1_000, only4242Runs)).toBe(false);
    expect(isAbandonedRewrite('episodes.jsonl.compact-4242-1-ab', 'episodes.jsonl', 25 * 3_600_000, () => true)).toBe(true);
    expect(isAbandonedRewrite(`episodes.jsonl.compact-${process.pid}-1-ab`, 'episodes.jsonl', 1_000, () => false)).toBe(false);
    expect(isAbandonedRewrite('rewards.jsonl.compact-999999-1-ab', 'episodes.jsonl', 1_000, () => false)).toBe(false);
    expect(isAbandonedRewrite('episodes.jsonl', 'episodes.jsonl', 1_000, () => false)).toBe(false);
    expect(isAbandonedRewrite('episodes.jsonl.compact-x-1-ab', 'episodes.jsonl', 1_000, () => false)).toBe(false);
  });

  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('is removed by the next rewrite of that collection, and nothing else is', async () => {
    dir = await mkdtemp(join(tmpdir(), 'lightning-leftovers-'));
    const store = new EmbeddedStore(dir);
    await store.upsert('episodes', [makeEpisode({ id: 'kept', agentId: 'agent-a' }), makeEpisode({ id: 'gone', agentId: 'agent-a' })] as never);
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      const names = {
        deadProcess: `episodes.jsonl.compact-${await exitedPid()}-1-aa`,
        running: `episodes.jsonl.compact-${sleeper.pid}-1-bb`,
        dayOld: `episodes.jsonl.compact-${sleeper.pid}-1-cc`,
        otherCollection: `rewards.jsonl.compact-${await exitedPid()}-1-dd`,
      };
      for (const name of Object.values(names)) await writeFile(join(dir, name), '{"partial":');
      const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
      await utimes(join(dir, names.dayOld), twoDaysAgo, twoDaysAgo);

      expect(await store.deleteWhere('episodes', 'agent-a', { match: (record) => record.id === 'gone' })).toBe(1);

      const left = await readdir(dir);
      expect(left).not.toContain(names.deadProcess);
      expect(left).not.toContain(names.dayOld);
      expect(left).toContain(names.running);
      expect(left).toContain(names.otherCollection);
      const ids: string[] = [];
      for await (const record of store.scan('episodes', 'agent-a')) ids.push(record.id);
      expect(ids).toEqual(['kept']);
    } finally {
      await killHard(sleeper);
      await store.close();
    }
  });
});
