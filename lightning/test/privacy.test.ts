import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadServerEnv, silentLogger } from '@mcp-aks/core';
import { cli } from './helpers/cli';
import { createLightningRuntime, redactAtCapture } from '../src/runtime';
import { sessionHashOfSubject } from '../src/privacy/forget';
import { EmbeddedStore, LightningStore } from '../src/store';
import type { DatasetManifest, Episode } from '../src/schemas';
import { makeQaEpisode, makeReward } from './helpers/fixtures';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lightning-privacy-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function qa(agentId: string, sessionHash: string, question: string, answer: string, capturedAt?: string): Episode {
  return makeQaEpisode(question, answer, { agentId, sessionHash, ...(capturedAt ? { capturedAt } : {}) });
}

describe('privacy', () => {
  it('redacts at capture when set (auto: on with Cosmos DB, that is in Azure)', async () => {
    expect(redactAtCapture(loadServerEnv({ DATA_DIR: dir }))).toBe(false);
    expect(redactAtCapture(loadServerEnv({ DATA_DIR: dir, COSMOS_ACCOUNT_URI: 'https://acct.documents.azure.com:443/' }))).toBe(true);
    expect(redactAtCapture(loadServerEnv({ DATA_DIR: dir, COSMOS_ACCOUNT_URI: 'https://acct.documents.azure.com:443/', LIGHTNING_REDACT_AT_CAPTURE: 'off' }))).toBe(false);
    expect(() => loadServerEnv({ DATA_DIR: dir, LIGHTNING_REDACT_AT_CAPTURE: 'yes' })).toThrow(/LIGHTNING_REDACT_AT_CAPTURE/);

    const runtime = await createLightningRuntime({ env: loadServerEnv({ DATA_DIR: dir, ENABLE_LIGHTNING_CAPTURE: 'true', LIGHTNING_AGENT_ID: 'rd', LIGHTNING_REDACT_AT_CAPTURE: 'on' }), logger: silentLogger });
    const at = new Date().toISOString();
    const secret = 'sk-proj-abcdefghijklmnopqrstuvwxyz123456';
    runtime.observer!.observe({
      requestId: 'req-1',
      tool: 'ask_foundry',
      input: { question: `My key is ${secret}, mail me at dev@contoso.com` },
      result: { content: [{ type: 'text', text: 'Rotate it; I will not repeat dev@contoso.com' }], structuredContent: { answer: 'password=hunter2hunter2' } },
      isError: false,
      caller: { scopes: [], sessionHash: 'session-a' },
      startedAt: at,
      endedAt: at,
      latencyMs: 5,
      modelCalls: [
        { provider: 'p', model: 'm', tuned: false, request: { messages: [{ role: 'user', content: `key ${secret}` }] }, response: { content: 'Use Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl' }, latencyMs: 3 },
      ],
    });
    await runtime.close();
    const store = new LightningStore(new EmbeddedStore(join(dir, 'lightning')));
    const [episode] = await store.listEpisodes('rd', { limit: 1 });
    await store.close();
    const stored = JSON.stringify(episode);
    expect(stored).not.toMatch(/sk-proj|dev@contoso|hunter2|eyJhbGci/);
    expect(episode!.input).toEqual({ question: 'My key is [REDACTED_KEY], mail me at [REDACTED_EMAIL]' });
    expect(episode!.output).toEqual({ text: 'Rotate it; I will not repeat [REDACTED_EMAIL]', structured: { answer: 'password=[REDACTED_SECRET]' } });
    expect(episode!.modelCalls[0]!.response!.content).toBe('Use Bearer [REDACTED_TOKEN]');
  });

  it('forget --subject deletes the caller from the store and the datasets built from it', async () => {
    const agentId = 'fg';
    const env = { DATA_DIR: dir, LIGHTNING_AGENT_ID: agentId };
    const alice = sessionHashOfSubject('alice');
    const store = new LightningStore(new EmbeddedStore(join(dir, 'lightning')));
    const others = Array.from({ length: 12 }, (_, i) => qa(agentId, `s${i}`, `Scale api-${i}?`, `kubectl scale api-${i}`));
    const hers = [qa(agentId, alice, 'Scale billing for alice@contoso.com?', 'kubectl scale billing'), qa(agentId, alice, 'Restart billing?', 'kubectl rollout restart billing')];
    await store.putEpisodes(others);
    await store.putRewards(others.map((e) => makeReward(e, 1, 'feedback')));
    await store.close();
    const before = JSON.parse((await cli(['build-dataset', '--json', '--validation-percent', '0'], env)).out) as DatasetManifest;
    expect(before.counts.train).toBe(12);
    const reopened = new LightningStore(new EmbeddedStore(join(dir, 'lightning')));
    await reopened.putEpisodes(hers);
    await reopened.putRewards(hers.map((e) => makeReward(e, 0.9, 'feedback')));
    await reopened.close();
    const withHers = JSON.parse((await cli(['build-dataset', '--json', '--validation-percent', '0'], env)).out) as DatasetManifest;
    expect(withHers.counts.train).toBe(14);

    const dry = await cli(['forget', '--subject', 'alice', '--dry-run', '--json'], env);
    expect(JSON.parse(dry.out)).toEqual({ dryRun: true, sessionHash: alice, episodes: 2, rewards: 2, datasets: [withHers.id] });
    const done = await cli(['forget', '--subject', 'alice'], env);
    expect(done.code).toBe(0);
    expect(done.out).toMatch(new RegExp(`deleted 2 episodes and 2 rewards of session ${alice}, and datasets ${withHers.id}`));
    const datasets = JSON.parse((await cli(['list', 'datasets', '--json'], env)).out) as DatasetManifest[];
    expect(datasets.map((d) => d.id)).toEqual([before.id]);
    expect(await readdir(join(dir, 'lightning', 'datasets', agentId))).toEqual([before.id]);
    const episodes = JSON.parse((await cli(['list', 'episodes', '--limit', '100', '--json'], env)).out) as Episode[];
    expect(episodes).toHaveLength(12);
    expect(episodes.some((e) => e.sessionHash === alice)).toBe(false);
    expect((await cli(['forget'], env)).code).toBe(2);
  });

  it('compact deletes episodes past the retention and their rewards; a writer in another process loses nothing', async () => {
    const agentId = 'cp';
    const env = { DATA_DIR: dir, LIGHTNING_AGENT_ID: agentId, LIGHTNING_EPISODE_TTL_DAYS: '30' };
    const server = new LightningStore(new EmbeddedStore(join(dir, 'lightning'))); // stands for the running server
    const old = Array.from({ length: 3 }, (_, i) => qa(agentId, 's', `old ${i}`, 'a', new Date(Date.now() - 40 * 86_400_000).toISOString()));
    const recent = Array.from({ length: 2 }, (_, i) => qa(agentId, 's', `new ${i}`, 'a', new Date().toISOString()));
    await server.putEpisodes([...old, ...recent]);
    await server.putRewards([...old, ...recent].map((e) => makeReward(e, 1, 'feedback')));
    const dry = await cli(['compact', '--dry-run', '--json'], env);
    expect(JSON.parse(dry.out)).toMatchObject({ dryRun: true, episodes: 3 });
    const done = await cli(['compact', '--json'], env);
    expect(done.code).toBe(0);
    expect(JSON.parse(done.out)).toMatchObject({ dryRun: false, episodes: 3, rewards: 3 });
    // The server's open file was replaced underneath it: its next write still lands in the store.
    const later = qa(agentId, 's', 'after compaction', 'a', new Date().toISOString());
    await server.putEpisodes([later]);
    const ids = (await server.listEpisodes(agentId, { limit: 10 })).map((e) => e.id).sort();
    expect(ids).toEqual([...recent, later].map((e) => e.id).sort());
    expect(await server.countRewards(agentId)).toBe(2);
    await server.close();
    expect((await cli(['compact', '--days', '0'], env)).code).toBe(2);
    expect((await cli(['compact'], { ...env, COSMOS_ACCOUNT_URI: 'https://acct.documents.azure.com:443/' })).code).not.toBe(0);
  });
});
