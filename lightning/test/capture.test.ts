import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger, type ToolCallRecord } from '@mcp-aks/core';
import { EpisodeCapture, episodeIdFor, toEpisode } from '../src/capture';
import { EmbeddedStore, LightningStore } from '../src/store';
import { episodeSchema } from '../src/schemas';
import { cosmosStoreFor, startCosmosServer } from './helpers/cosmos-server';
import { startTcpProxy } from './helpers/tcp-proxy';

function toolCall(i: number, overrides: Partial<ToolCallRecord> = {}): ToolCallRecord {
  const now = new Date(Date.UTC(2026, 0, 1, 0, 0, 0, i)).toISOString();
  return {
    requestId: `req-${i}`,
    tool: 'ask_foundry',
    input: { question: `question ${i}` },
    result: { content: [{ type: 'text', text: `answer ${i}` }], structuredContent: { answer: `answer ${i}` } },
    isError: false,
    caller: { scopes: [], sessionHash: `session-${i % 5}`, subject: 'user@example.com' },
    startedAt: now,
    endedAt: now,
    latencyMs: 42,
    modelCalls: [
      {
        provider: 'azure-openai',
        model: 'gpt-4.1-mini',
        deployment: 'chat',
        tuned: false,
        request: { messages: [{ role: 'user', content: `question ${i}` }] },
        response: { content: `answer ${i}`, finishReason: 'stop' },
        usage: { promptTokens: 10, completionTokens: 3, totalTokens: 13 },
        latencyMs: 30,
      },
    ],
    ...overrides,
  };
}

async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('condition not met in time');
}

describe('episode conversion', () => {
  it('records the call, the model exchange and the configured agent id', () => {
    const episode = toEpisode(toolCall(1, { isError: true, errorKind: 'upstream' }), 'agent-x', '2026-01-01T00:00:00.000Z');
    expect(episodeSchema.parse(episode)).toEqual(episode);
    expect(episode).toMatchObject({
      id: episodeIdFor('agent-x', 'req-1', 'ask_foundry'),
      agentId: 'agent-x',
      sessionHash: 'session-1',
      tool: 'ask_foundry',
      outcome: 'error',
      errorKind: 'upstream',
      model: 'chat',
      tuned: false,
      usage: { promptTokens: 10, completionTokens: 3, totalTokens: 13 },
      output: { text: 'answer 1', structured: { answer: 'answer 1' } },
    });
    expect(JSON.stringify(episode)).not.toContain('user@example.com');
  });
});

describe('capture through a store outage', () => {
  let cosmos: Awaited<ReturnType<typeof startCosmosServer>>;
  let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
  let dir: string;
  beforeAll(async () => {
    cosmos = await startCosmosServer();
    proxy = await startTcpProxy(cosmos.port);
    dir = await mkdtemp(join(tmpdir(), 'lightning-capture-'));
  });
  afterAll(async () => {
    await proxy.close();
    await cosmos.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('loses no episode and stores none twice when the store dies mid-load', async () => {
    const store = new LightningStore(cosmosStoreFor(`https://127.0.0.1:${proxy.port}`, 'agent_rl', 1_000));
    await store.ping(); // creates the containers
    const capture = new EpisodeCapture({ store, agentId: 'agent-load', spoolDir: join(dir, 'spool'), logger: silentLogger, batchSize: 25, flushIntervalMs: 20, retryIntervalMs: 100 });
    const total = 600;
    let slowest = 0;
    for (let i = 0; i < total; i++) {
      const t0 = performance.now();
      capture.observe(toolCall(i));
      slowest = Math.max(slowest, performance.now() - t0);
      if (i === 200) await proxy.cut();
      if (i === 450) await proxy.restore();
      if (i % 10 === 0) await new Promise((r) => setTimeout(r, 5));
    }
    // A duplicate delivery of an already captured call (the same request) must not add an episode.
    capture.observe(toolCall(3));
    await capture.flush();
    await waitFor(() => capture.settled(), 20_000);
    const stats = capture.stats();
    expect(stats.spooled).toBeGreaterThan(0);
    expect(stats.replayed).toBeGreaterThanOrEqual(stats.spooled);
    expect(stats.failed).toBe(0);
    // Far below the store's 1 s request timeout: observe() never waited for the store.
    expect(slowest).toBeLessThan(100);
    expect(await store.countEpisodes('agent-load')).toBe(total);
    const ids = new Set<string>();
    for await (const e of store.scanEpisodes('agent-load')) ids.add(e.id);
    expect(ids.size).toBe(total);
    for (let i = 0; i < total; i += 97) expect(ids.has(episodeIdFor('agent-load', `req-${i}`, 'ask_foundry'))).toBe(true);
    await capture.close();
    await store.close();
  });

  it('replays a spool left by a previous process on start', async () => {
    const storeDir = join(dir, 'embedded');
    const spoolDir = join(dir, 'spool-restart');
    const broken = new LightningStore(new EmbeddedStore('/dev/null/not-a-dir'));
    const first = new EpisodeCapture({ store: broken, agentId: 'agent-r', spoolDir, logger: silentLogger, flushIntervalMs: 10, retryIntervalMs: 60_000 });
    for (let i = 0; i < 30; i++) first.observe(toolCall(i));
    await first.close();
    expect(first.stats().spooled).toBe(30);
    const store = new LightningStore(new EmbeddedStore(storeDir));
    const second = new EpisodeCapture({ store, agentId: 'agent-r', spoolDir, logger: silentLogger, flushIntervalMs: 10, retryIntervalMs: 50 });
    await waitFor(() => second.settled(), 10_000);
    await waitFor(async () => (await store.countEpisodes('agent-r')) === 30, 5_000);
    await second.close();
    await store.close();
  });
});
