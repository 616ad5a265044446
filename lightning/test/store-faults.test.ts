import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError, silentLogger, type ToolCallRecord } from '@mcp-aks/core';
import { FaultyFileSystem } from '../../test/support/faulty-fs';
import { EpisodeCapture, episodeIdFor } from '../src/capture';
import { Spool } from '../src/capture/spool';
import { EmbeddedStore, LightningStore } from '../src/store';
import type { Episode } from '../src/schemas';
import { makeEpisode } from './helpers/fixtures';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'lightning-faults-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
let n = 0;
const freshDir = () => join(root, `case-${++n}`);

const lineBytes = (episode: Episode) => Buffer.byteLength(`${JSON.stringify(episode)}\n`);

/** Writes each episode on its own; returns which were acknowledged and the errors of the rest. */
async function putEach(store: LightningStore, episodes: Episode[]) {
  const acked: Episode[] = [];
  const refused: { episode: Episode; error: unknown }[] = [];
  for (const episode of episodes) {
    try {
      await store.putEpisodes([episode]);
      acked.push(episode);
    } catch (error) {
      refused.push({ episode, error });
    }
  }
  return { acked, refused };
}

/** What a healthy reader finds: every stored episode by id, and the lines it could not decode. */
async function readBack(dir: string, agentId = 'agent-a') {
  const reader = new EmbeddedStore(dir);
  const byId = new Map<string, unknown>();
  for await (const record of reader.scan('episodes', agentId)) byId.set(record.id, record);
  const result = { byId, skippedLines: reader.skippedLines };
  await reader.close();
  return result;
}

describe('embedded Lightning store on a failing disk', () => {
  it('completes writes that come back short with space left', async () => {
    const dir = freshDir();
    const fs = new FaultyFileSystem();
    fs.maxWriteBytes = 97;
    const store = new LightningStore(new EmbeddedStore(dir, { fs }));
    const episodes = Array.from({ length: 20 }, () => makeEpisode());
    const { acked, refused } = await putEach(store, episodes);
    await store.records.close?.();
    expect(refused).toEqual([]);
    const { byId, skippedLines } = await readBack(dir);
    for (const episode of acked) expect(byId.get(episode.id)).toEqual(episode);
    expect(skippedLines).toBe(0);
    expect(fs.counters.shortWrites).toBeGreaterThan(20);
  });

  it('on a nearly full disk acknowledges only what it wrote, says the disk is full, and stores the retries whole once space returns', async () => {
    const dir = freshDir();
    const fs = new FaultyFileSystem();
    const episodes = Array.from({ length: 20 }, () => makeEpisode());
    // Room for five episodes and half of the sixth.
    fs.freeBytes = episodes.slice(0, 5).reduce((sum, e) => sum + lineBytes(e), 0) + Math.floor(lineBytes(episodes[5]!) / 2);
    const store = new LightningStore(new EmbeddedStore(dir, { fs }));
    const { acked, refused } = await putEach(store, episodes);
    expect(acked.length + refused.length).toBe(20);
    expect(refused.length).toBeGreaterThan(0);
    for (const { error } of refused) {
      expect(isAppError(error, 'unavailable')).toBe(true);
      expect((error as Error).message).toMatch(/full.*ENOSPC/);
    }

    // Space returns; the refused episodes are written again (as the capture spool's replay does).
    fs.heal();
    const retried = await putEach(store, refused.map((r) => r.episode));
    expect(retried.refused).toEqual([]);
    await store.records.close?.();

    const { byId } = await readBack(dir);
    for (const episode of [...acked, ...retried.acked]) expect(byId.get(episode.id)).toEqual(episode);
    expect(byId.size).toBe(20);
  });

  it.each([
    ['a write', (fs: FaultyFileSystem) => (fs.writeError = 'EIO')],
    ['an fsync', (fs: FaultyFileSystem) => (fs.syncError = 'EIO')],
  ])('reports an I/O error on %s to the caller, and keeps working once the disk recovers', async (_what, fail) => {
    const dir = freshDir();
    const fs = new FaultyFileSystem();
    const store = new LightningStore(new EmbeddedStore(dir, { fs }));
    const before = makeEpisode();
    await store.putEpisodes([before]);
    fail(fs);
    const lost = makeEpisode();
    const error = await store.putEpisodes([lost]).then(() => undefined, (e: unknown) => e);
    expect(isAppError(error, 'unavailable')).toBe(true);
    expect((error as Error).message).toMatch(/could not append to episodes \(EIO\)/);
    fs.heal();
    const after = makeEpisode();
    await store.putEpisodes([after]);
    await store.records.close?.();
    const { byId } = await readBack(dir);
    expect(byId.get(before.id)).toEqual(before);
    expect(byId.get(after.id)).toEqual(after);
  });

  it.each([
    ['a read-only file system', (fs: FaultyFileSystem) => (fs.readOnly = true), /not writable.*EROFS/],
    ['a folder without write permission', (fs: FaultyFileSystem) => (fs.lockedDirectories = true), /not writable.*EACCES/],
  ])('refuses writes on %s with an error that says so', async (_name, fail, message) => {
    const fs = new FaultyFileSystem();
    fail(fs);
    const store = new LightningStore(new EmbeddedStore(freshDir(), { fs }));
    const error = await store.putEpisodes([makeEpisode()]).then(() => undefined, (e: unknown) => e);
    expect(isAppError(error, 'unavailable')).toBe(true);
    expect((error as Error).message).toMatch(message);
  });

  it('refuses writes once its file system turns read-only under an open file, and seals the torn line after', async () => {
    const dir = freshDir();
    const fs = new FaultyFileSystem();
    const store = new LightningStore(new EmbeddedStore(dir, { fs }));
    const first = makeEpisode();
    await store.putEpisodes([first]);
    fs.readOnly = true;
    const error = await store.putEpisodes([makeEpisode()]).then(() => undefined, (e: unknown) => e);
    expect((error as Error).message).toMatch(/not writable.*EROFS/);
    fs.heal();
    const later = makeEpisode();
    await store.putEpisodes([later]);
    await store.records.close?.();
    const { byId } = await readBack(dir);
    expect([...byId.keys()]).toEqual([first.id, later.id]);
  });
});

describe('capture spool on a failing disk', () => {
  it('completes short writes and reports a full disk; a later append starts on a line of its own', async () => {
    const dir = freshDir();
    const fs = new FaultyFileSystem();
    const spool = new Spool(dir, fs);
    fs.maxWriteBytes = 13;
    await spool.append('{"n":1}\n{"n":2}\n');
    fs.maxWriteBytes = undefined;
    fs.freeBytes = 10;
    const full = await spool.append('{"n":3,"pad":"xxxxxxxxxxxx"}\n').then(() => undefined, (e: unknown) => e);
    expect((full as Error | undefined)?.message).toMatch(/ENOSPC|full/);
    fs.heal();
    await spool.append('{"n":4}\n');
    const replayed: string[] = [];
    expect(await spool.replay(async (lines) => void replayed.push(...lines), 10)).toBeGreaterThanOrEqual(3);
    const parsed = replayed.flatMap((line) => {
      try {
        return [JSON.parse(line) as { n: number }];
      } catch {
        return [];
      }
    });
    expect(parsed.map((p) => p.n)).toEqual([1, 2, 4]);
  });
});

describe('capture on a nearly full disk', () => {
  function toolCall(i: number): ToolCallRecord {
    const at = new Date(Date.UTC(2026, 0, 1, 0, 0, 0, i)).toISOString();
    return {
      requestId: `req-${i}`,
      tool: 'ask_foundry',
      input: { question: `question ${i}` },
      result: { content: [{ type: 'text', text: `answer ${i}` }] },
      isError: false,
      caller: { scopes: [], sessionHash: 'session' },
      startedAt: at,
      endedAt: at,
      latencyMs: 5,
      modelCalls: [],
    };
  }

  it('loses no episode it took: a store write that came back short goes to the spool and is replayed whole', async () => {
    const dir = freshDir();
    const storeFs = new FaultyFileSystem();
    storeFs.freeBytes = 2500; // a few episodes' worth
    const store = new LightningStore(new EmbeddedStore(join(dir, 'store'), { fs: storeFs }));
    const capture = new EpisodeCapture({ store, agentId: 'agent-f', spoolDir: join(dir, 'spool'), logger: silentLogger, batchSize: 1, flushIntervalMs: 10_000, retryIntervalMs: 50 });
    for (let i = 0; i < 20; i++) {
      capture.observe(toolCall(i));
      await capture.flush();
    }
    const stats = capture.stats();
    expect(stats.failed).toBe(0);
    expect(stats.stored + stats.spooled).toBe(20);
    expect(stats.spooled).toBeGreaterThan(0);

    storeFs.heal();
    const deadline = Date.now() + 10_000;
    while (!(await capture.settled()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    await capture.close();
    await store.records.close?.();

    const { byId } = await readBack(join(dir, 'store'), 'agent-f');
    for (let i = 0; i < 20; i++) expect(byId.has(episodeIdFor('agent-f', `req-${i}`, 'ask_foundry'))).toBe(true);
    expect(byId.size).toBe(20);
    const text = await readFile(join(dir, 'store', 'episodes.jsonl'), 'utf8');
    // The torn line the disk left is sealed: every whole episode has a line of its own.
    expect(text.split('\n').filter((line) => line.includes('"type":"episode"') && line.lastIndexOf('{"id"') > 0)).toEqual([]);
  });
});
