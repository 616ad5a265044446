/**
 * Child process for the shared-DATA_DIR tests: a server replica appending episodes to the embedded
 * store. Argument: a JSON job.
 * - `append`: writes `count` episodes with ids `<prefix>-<i>`, `batch` at a time, starting at
 *   `startAt`. Every `expiredEvery`-th was captured 40 days ago; every `goneEvery`-th belongs to the
 *   session hash "gone". `shortWriteBytes` makes every write come back short (a nearly full disk),
 *   so each line takes several writes. Says "started" after the first append, "done" at the end.
 * - `hold`: takes the collection's lock file as an append does, says "held", and keeps it until killed.
 */
import { acquireFileLock } from '@mcp-aks/core';
import { FaultyFileSystem } from '../../../test/support/faulty-fs';
import { EmbeddedStore } from '../../src/store';
import { makeEpisode } from './fixtures';

interface Job {
  mode: 'append' | 'hold';
  dir: string;
  agentId?: string;
  prefix?: string;
  count?: number;
  batch?: number;
  startAt?: number;
  expiredEvery?: number;
  goneEvery?: number;
  shortWriteBytes?: number;
}

const job = JSON.parse(process.argv[2] ?? '{}') as Job;
const fs = job.shortWriteBytes ? Object.assign(new FaultyFileSystem(), { maxWriteBytes: job.shortWriteBytes }) : undefined;
const store = new EmbeddedStore(job.dir, fs ? { fs } : {});

if (job.mode === 'hold') {
  await acquireFileLock(`${store.path('episodes')}.lock`);
  process.stdout.write('held\n');
  setInterval(() => undefined, 60_000);
} else {
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, (job.startAt ?? 0) - Date.now())));
  const old = new Date(Date.now() - 40 * 86_400_000).toISOString();
  const batch = job.batch ?? 1;
  for (let i = 0; i < (job.count ?? 0); i += batch) {
    const episodes = [];
    for (let k = i; k < Math.min(i + batch, job.count ?? 0); k++) {
      const expired = job.expiredEvery !== undefined && k % job.expiredEvery === 0;
      const gone = job.goneEvery !== undefined && k % job.goneEvery === 0;
      episodes.push(
        makeEpisode({
          id: `${job.prefix}-${k}`,
          agentId: job.agentId ?? 'agent-a',
          sessionHash: gone ? 'gone' : 'keep',
          capturedAt: expired ? old : new Date().toISOString(),
        }),
      );
    }
    await store.upsert('episodes', episodes as never);
    if (i === 0) process.stdout.write('started\n');
  }
  await store.close();
  process.stdout.write('done\n');
}
