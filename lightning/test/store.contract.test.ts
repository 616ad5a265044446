import { mkdtemp, rm, appendFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedStore, LightningStore, type RecordStore } from '../src/store';
import { silentLogger } from '@mcp-aks/core';
import { currentEvalSet, heldOutPromptHashes, listEvalSets, listEvaluations } from '../src/evaluate/store';
import { forget, sessionHashOfSubject } from '../src/privacy/forget';
import { makeEpisode, makeReward } from './helpers/fixtures';
import { cosmosStoreFor, startCosmosServer } from './helpers/cosmos-server';

function contract(name: string, open: () => Promise<{ store: RecordStore; dispose(): Promise<void> }>) {
  describe(`store contract: ${name}`, () => {
    let store: LightningStore;
    let dispose: () => Promise<void>;
    beforeAll(async () => {
      const opened = await open();
      store = new LightningStore(opened.store);
      dispose = opened.dispose;
    });
    afterAll(async () => {
      await store.close();
      await dispose();
    });

    it('answers ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });

    it('stores episodes idempotently and reads them back', async () => {
      const a = makeEpisode({ agentId: 'agent-1' });
      const b = makeEpisode({ agentId: 'agent-1', tool: 'next_best_action' });
      await store.putEpisodes([a, b]);
      await store.putEpisodes([a]);
      expect(await store.countEpisodes('agent-1')).toBe(2);
      expect(await store.getEpisode('agent-1', a.id)).toEqual(a);
      expect(await store.getEpisode('agent-1', 'ep-missing')).toBeUndefined();
      const ids: string[] = [];
      for await (const r of store.scanEpisodes('agent-1')) ids.push(r.id);
      expect(ids.sort()).toEqual([a.id, b.id].sort());
    });

    it('keeps agents apart', async () => {
      const mine = makeEpisode({ agentId: 'agent-2' });
      const theirs = makeEpisode({ agentId: 'agent-3' });
      await store.putEpisodes([mine, theirs]);
      expect(await store.getEpisode('agent-2', theirs.id)).toBeUndefined();
      const listed = await store.listEpisodes('agent-2', { limit: 10 });
      expect(listed.map((e) => e.id)).toEqual([mine.id]);
    });

    it('lists the newest episodes first, bounded and filtered', async () => {
      const eps = Array.from({ length: 6 }, (_, i) => makeEpisode({ agentId: 'agent-4', tool: i % 2 ? 'ask_foundry' : 'next_best_action' }));
      await store.putEpisodes(eps);
      const newest = await store.listEpisodes('agent-4', { limit: 3 });
      expect(newest.map((e) => e.id)).toEqual([eps[5]!.id, eps[4]!.id, eps[3]!.id]);
      const nba = await store.listEpisodes('agent-4', { limit: 10, tool: 'next_best_action' });
      expect(nba.map((e) => e.id)).toEqual([eps[4]!.id, eps[2]!.id, eps[0]!.id]);
    });

    it('filters scans by id before decoding', async () => {
      const eps = Array.from({ length: 4 }, () => makeEpisode({ agentId: 'agent-5' }));
      await store.putEpisodes(eps);
      const wanted = new Set([eps[1]!.id, eps[3]!.id]);
      const got: string[] = [];
      for await (const r of store.scanEpisodes('agent-5', (id) => wanted.has(id))) got.push(r.id);
      expect(got.sort()).toEqual([...wanted].sort());
    });

    it('replaces a relabeled reward instead of adding one', async () => {
      const ep = makeEpisode({ agentId: 'agent-6' });
      const first = makeReward(ep, 0.2);
      await store.putRewards([first]);
      const second = { ...first, value: -0.5, createdAt: new Date(Date.now() + 1000).toISOString() };
      await store.putRewards([second]);
      const rewards = await store.listRewards('agent-6', { limit: 10, episodeId: ep.id });
      expect(rewards).toHaveLength(1);
      expect(rewards[0]!.value).toBe(-0.5);
      expect(await store.countRewards('agent-6')).toBe(1);
    });

    it('forgets one caller everywhere in the store: its episodes and every version of their rewards', async () => {
      const agentId = 'agent-forget';
      const hash = sessionHashOfSubject('user-to-forget');
      const theirs = [makeEpisode({ agentId, sessionHash: hash }), makeEpisode({ agentId, sessionHash: hash })];
      const others = [makeEpisode({ agentId, sessionHash: 'someone-else' }), makeEpisode({ agentId: 'agent-other', sessionHash: hash })];
      await store.putEpisodes([...theirs, ...others]);
      await store.putRewards([makeReward(theirs[0]!, 1, 'feedback'), makeReward(theirs[0]!, 0.5, 'heuristic'), makeReward(others[0]!, 1, 'feedback'), makeReward(others[1]!, 1, 'feedback')]);
      await store.putRewards([{ ...makeReward(theirs[0]!, -1, 'feedback'), createdAt: new Date(Date.now() + 1000).toISOString() }]); // a second version
      const ctx = { store, agentId, logger: silentLogger };
      const dry = await forget(ctx, undefined, { subject: 'user-to-forget', dryRun: true });
      expect(dry).toMatchObject({ dryRun: true, sessionHash: hash, episodes: 2, rewards: 2 });
      expect(await store.countEpisodes(agentId)).toBe(3);
      const done = await forget(ctx, undefined, { subject: 'user-to-forget' });
      expect(done).toMatchObject({ dryRun: false, episodes: 2, rewards: 2 });
      for (const e of theirs) expect(await store.getEpisode(agentId, e.id)).toBeUndefined();
      expect((await store.listEpisodes(agentId, { limit: 10 })).map((e) => e.id)).toEqual([others[0]!.id]);
      expect((await store.listRewards(agentId, { limit: 10 })).map((r) => r.episodeId)).toEqual([others[0]!.id]);
      // Another agent's records are never touched, even with the same session hash.
      expect(await store.getEpisode('agent-other', others[1]!.id)).toBeDefined();
      expect(await store.countRewards('agent-other')).toBe(1);
      expect(await forget(ctx, undefined, { subject: 'user-to-forget' })).toMatchObject({ episodes: 0, rewards: 0 });
      await expect(forget(ctx, undefined, {})).rejects.toThrow(/exactly one of --subject or --session-hash/);
      // Writes go on after a forget.
      const later = makeEpisode({ agentId });
      await store.putEpisodes([later]);
      expect(await store.getEpisode(agentId, later.id)).toBeDefined();
    });

    it('finds the active deployment among versions', async () => {
      const base = { agentId: 'agent-7', type: 'deployment' as const, fineTunedModel: 'ft', target: 'compatible' as const };
      const v1 = { ...base, id: 'dep-1', deploymentName: 'd1', version: 1, active: false, createdAt: '2026-01-01T00:00:00.000Z', activatedAt: '2026-01-01T00:00:00.000Z' };
      const v2 = { ...base, id: 'dep-2', deploymentName: 'd2', version: 2, active: true, createdAt: '2026-01-02T00:00:00.000Z', activatedAt: '2026-01-02T00:00:00.000Z' };
      await store.putDeployments([{ ...v1, active: true }, v2]);
      await store.putDeployments([v1]);
      expect((await store.getActiveDeployment('agent-7'))?.id).toBe('dep-2');
      expect((await store.listDeployments('agent-7', 5)).map((d) => d.id)).toEqual(['dep-2', 'dep-1']);
      expect(await store.getActiveDeployment('agent-none')).toBeUndefined();
    });

    it('keeps every evaluation set version and the evaluations, per agent', async () => {
      const ctx = { store, agentId: 'agent-8', logger: silentLogger };
      const item = (h: string) => ({ promptHash: h.repeat(32), tool: 'ask_foundry', messages: [{ role: 'user' as const, content: `q${h}` }], reference: 'a', episodeId: `ep-${h}`, addedAt: '2026-01-01T00:00:00.000Z' });
      const version = (v: number, items: ReturnType<typeof item>[]) => ({ id: `evalset-v${v}`, agentId: 'agent-8', type: 'eval_set', version: v, createdAt: `2026-01-0${v}T00:00:00.000Z`, added: { selection: {}, promptHashes: [], note: '' }, items });
      expect(await currentEvalSet(ctx)).toBeUndefined();
      await store.records.upsert('evaluations', [version(1, [item('a')]), version(2, [item('a'), item('b')])]);
      await store.records.upsert('evaluations', [{ id: 'evalset-v1', agentId: 'agent-9', type: 'eval_set', version: 1, createdAt: '2026-01-09T00:00:00.000Z', added: { selection: {}, promptHashes: [], note: '' }, items: [item('c')] }]);
      expect((await listEvalSets(ctx, 10)).map((s) => s.version)).toEqual([2, 1]);
      expect([...(await heldOutPromptHashes(ctx))].sort()).toEqual(['a'.repeat(32), 'b'.repeat(32)]);
      expect(await listEvaluations(ctx, 10)).toEqual([]);
    });
  });
}

let tempDir: string;
contract('embedded', async () => {
  tempDir = await mkdtemp(join(tmpdir(), 'lightning-store-'));
  return { store: new EmbeddedStore(tempDir), dispose: () => rm(tempDir, { recursive: true, force: true }) };
});

contract('cosmos (@zeit/cosmosdb-server)', async () => {
  const server = await startCosmosServer();
  return { store: cosmosStoreFor(server.endpoint, 'agent_rl'), dispose: server.close };
});

describe('embedded store crash safety', () => {
  it('skips a torn last line and seals it before the next append', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lightning-torn-'));
    try {
      const store = new EmbeddedStore(dir);
      const a = makeEpisode({ agentId: 'agent-t' });
      await store.upsert('episodes', [a as never]);
      await store.close();
      // A crash mid-write: half a record, no newline.
      const b = makeEpisode({ agentId: 'agent-t' });
      await appendFile(store.path('episodes'), JSON.stringify(b).slice(0, 40));
      const reopened = new EmbeddedStore(dir);
      const c = makeEpisode({ agentId: 'agent-t' });
      await reopened.upsert('episodes', [c as never]);
      const ids: string[] = [];
      for await (const r of reopened.scan('episodes', 'agent-t')) ids.push(r.id);
      expect(ids).toEqual([a.id, c.id]);
      expect(reopened.skippedLines).toBe(1);
      // The replayed whole copy of the torn record is found even though its torn copy comes first.
      await reopened.upsert('episodes', [b as never]);
      const again: string[] = [];
      for await (const r of reopened.scan('episodes', 'agent-t')) again.push(r.id);
      expect(again).toEqual([a.id, c.id, b.id]);
      const lines = (await readFile(reopened.path('episodes'), 'utf8')).split('\n').filter(Boolean);
      expect(lines).toHaveLength(4);
      await reopened.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
