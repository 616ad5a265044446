import type { ChildProcess } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { childScriptWorkspace, killHard, runChild, startChildUntil } from '../../test/support/child-script';
import { EmbeddedStore } from '../src/store';
import { cli } from './helpers/cli';
import { makeEpisode } from './helpers/fixtures';

const children = childScriptWorkspace(fileURLToPath(new URL('./helpers/episode-writer.ts', import.meta.url)), 'lightning-processes-');

interface Writer {
  prefix: string;
  count: number;
  batch?: number;
  shortWriteBytes?: number;
}

const ids = (w: Writer, keep: (i: number) => boolean) => Array.from({ length: w.count }, (_, i) => i).filter(keep).map((i) => `${w.prefix}-${i}`);

/** Every line of the episodes file decoded (a line that does not parse fails the test), and how often each id occurs. */
async function readEpisodesFile(path: string): Promise<Map<string, number>> {
  const text = await readFile(path, 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  const counts = new Map<string, number>();
  for (const line of text.split('\n').slice(0, -1)) {
    const record = JSON.parse(line) as { id: string };
    counts.set(record.id, (counts.get(record.id) ?? 0) + 1);
  }
  return counts;
}

/**
 * Starts the writers together, and runs `rewrite` (a CLI command in this process) again and again
 * while they append; bounded by the number of rounds. Resolves with what each rewrite removed.
 */
async function rewriteWhileAppending(dataDir: string, writers: Writer[], job: object, rewrite: () => Promise<number>): Promise<{ during: number[] }> {
  const dir = join(dataDir, 'lightning');
  const startAt = Date.now() + 1500;
  const running = writers.map((w) => runChild(children.script, [JSON.stringify({ mode: 'append', dir, startAt, ...job, ...w })]));
  let finished = false;
  const all = Promise.all(running).finally(() => (finished = true));
  all.catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));
  const during: number[] = [];
  for (let round = 0; round < 500 && !finished; round++) during.push(await rewrite());
  await all;
  return { during };
}

describe('embedded store shared by processes', () => {
  it('compact while three replicas append: every episode not expired is kept exactly once, every line whole', async () => {
    const dataDir = await children.freshDir();
    const dir = join(dataDir, 'lightning');
    const env = { DATA_DIR: dataDir, LIGHTNING_AGENT_ID: 'agent-a', LIGHTNING_EPISODE_TTL_DAYS: '30' };
    // Something to compact from the start, so that each rewrite takes a while.
    const seed = new EmbeddedStore(dir);
    const old = new Date(Date.now() - 40 * 86_400_000).toISOString();
    const seeded = Array.from({ length: 2000 }, () => makeEpisode({ capturedAt: old }));
    await seed.upsert('episodes', seeded as never);
    await seed.close();

    const writers: Writer[] = [
      { prefix: 'a', count: 240 },
      { prefix: 'b', count: 240, shortWriteBytes: 64 },
      { prefix: 'c', count: 240, batch: 3, shortWriteBytes: 200 },
    ];
    const compact = async () => {
      const result = await cli(['compact', '--json'], env);
      expect(result.code, result.err).toBe(0);
      return (JSON.parse(result.out) as { episodes: number }).episodes;
    };
    const { during } = await rewriteWhileAppending(dataDir, writers, { expiredEvery: 2 }, compact);
    const after = await compact();

    // Rewrites ran while the writers appended, and removed some of what they had appended.
    expect(during.length, `${during}`).toBeGreaterThanOrEqual(2);
    expect(during.reduce((a, b) => a + b, 0), `${during}`).toBeGreaterThan(seeded.length);
    // Each expired episode was removed exactly once: no rewrite brought back what another had removed.
    expect([...during, after].reduce((a, b) => a + b, 0)).toBe(seeded.length + writers.length * 120);
    const counts = await readEpisodesFile(join(dir, 'episodes.jsonl'));
    const kept = writers.flatMap((w) => ids(w, (i) => i % 2 !== 0));
    expect([...counts.keys()].sort()).toEqual(kept.sort());
    expect([...counts.values()].every((c) => c === 1)).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(['episodes.jsonl']);
  });

  it('forget while two replicas append: every other episode is kept exactly once, none of the caller is left', async () => {
    const dataDir = await children.freshDir();
    const dir = join(dataDir, 'lightning');
    const env = { DATA_DIR: dataDir, LIGHTNING_AGENT_ID: 'agent-a' };
    const writers: Writer[] = [
      { prefix: 'p', count: 300, batch: 2 },
      { prefix: 'q', count: 300, shortWriteBytes: 100 },
    ];
    const forget = async () => {
      const result = await cli(['forget', '--session-hash', 'gone', '--json'], env);
      expect(result.code, result.err).toBe(0);
      return (JSON.parse(result.out) as { episodes: number }).episodes;
    };
    const { during } = await rewriteWhileAppending(dataDir, writers, { goneEvery: 3 }, forget);
    const after = await forget();

    expect(during.length, `${during}`).toBeGreaterThanOrEqual(2);
    expect(during.reduce((a, b) => a + b, 0), `${during}`).toBeGreaterThan(0);
    expect([...during, after].reduce((a, b) => a + b, 0)).toBe(writers.length * 100);
    const counts = await readEpisodesFile(join(dir, 'episodes.jsonl'));
    const kept = writers.flatMap((w) => ids(w, (i) => i % 3 !== 0));
    expect([...counts.keys()].sort()).toEqual(kept.sort());
    expect([...counts.values()].every((c) => c === 1)).toBe(true);
  });

  it('a replica killed while it holds the lock blocks the others only briefly, and its torn line swallows none of theirs', async () => {
    const dataDir = await children.freshDir();
    const dir = join(dataDir, 'lightning');
    const store = new EmbeddedStore(dir);
    await store.upsert('episodes', [makeEpisode({ id: 'before' })] as never);
    // A replica that took the lock and was killed: the lock file stays behind, its holder is gone.
    const holder = await startChildUntil(children.script, [JSON.stringify({ mode: 'hold', dir })], 'held');
    await killHard(holder);
    expect((await readdir(dir)).sort()).toEqual(['episodes.jsonl', 'episodes.jsonl.lock']);
    let started = Date.now();
    await store.upsert('episodes', [makeEpisode({ id: 'after-hold' })] as never);
    expect(Date.now() - started).toBeLessThan(2_000); // not the 30 s stale time

    // Killed in the middle of appending (every write short, so most likely mid-line).
    let victim: ChildProcess | undefined;
    try {
      victim = await startChildUntil(children.script, [JSON.stringify({ mode: 'append', dir, prefix: 'k', count: 100_000, shortWriteBytes: 16 })], 'started');
      const survivor = { prefix: 's', count: 150 };
      const surviving = runChild(children.script, [JSON.stringify({ mode: 'append', dir, ...survivor })]);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await killHard(victim);
      started = Date.now();
      await store.upsert('episodes', [makeEpisode({ id: 'after-kill' })] as never);
      // Killed while writing its holder line (short writes), the lock is broken after 2 s, not 30 s.
      expect(Date.now() - started).toBeLessThan(5_000);
      await surviving;
      await store.close();

      const text = await readFile(store.path('episodes'), 'utf8');
      const lines = text.split('\n').filter(Boolean);
      const parsed = lines.flatMap((line) => {
        try {
          return [(JSON.parse(line) as { id: string }).id];
        } catch {
          return [];
        }
      });
      expect(lines.length - parsed.length).toBeLessThanOrEqual(1); // at most the victim's last line
      const found = new Set(parsed);
      for (const id of ['before', 'after-hold', 'after-kill', ...ids(survivor, () => true)]) expect(found.has(id), id).toBe(true);
      expect(parsed.filter((id) => id.startsWith('k-')).length).toBeGreaterThan(0);
    } finally {
      if (victim) await killHard(victim);
    }
  });
});
