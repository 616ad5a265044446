import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI } from './helpers/fake-openai';
import { spawnServer } from './helpers/processes';
import { rpc } from './helpers/server';

describe('graceful shutdown on SIGTERM', () => {
  const cleanup: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it('finishes in-flight calls, refuses new work, and exits 0 within the timeout', async () => {
    const model = await startFakeOpenAI({ delayMs: 1500 });
    cleanup.push(() => model.close());
    const dataDir = await mkdtemp(join(tmpdir(), 'mcp-shutdown-'));
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
    const server = await spawnServer({ DATA_DIR: dataDir, OPENAI_BASE_URL: model.baseURL, OPENAI_MODEL: 'slow-model', SHUTDOWN_TIMEOUT_MS: '10000' });
    cleanup.push(() => server.stop('SIGKILL'));

    const inflight = rpc(server.url, { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'ask_foundry', arguments: { question: 'slow one' } } });
    await new Promise((resolve) => setTimeout(resolve, 300)); // the call is now waiting on the model
    const started = Date.now();
    const exited = server.stop('SIGTERM');

    await new Promise((resolve) => setTimeout(resolve, 200));
    const refused = await rpc(server.url, { jsonrpc: '2.0', id: 2, method: 'ping' }).then(
      (r) => r.status,
      () => 'connection refused',
    );
    expect([503, 'connection refused']).toContain(refused);

    const answer = await inflight;
    expect(answer.status).toBe(200);
    expect(answer.body.result).toMatchObject({ structuredContent: { answer: 'Answer to: slow one' } });
    expect(await exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(8000);
    expect(server.output()).toMatch(/MCP server stopped/);
  });

  it('cuts off calls that outlast SHUTDOWN_TIMEOUT_MS and still exits', async () => {
    const model = await startFakeOpenAI({ delayMs: 20_000 });
    cleanup.push(() => model.close());
    const dataDir = await mkdtemp(join(tmpdir(), 'mcp-shutdown-'));
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
    const server = await spawnServer({ DATA_DIR: dataDir, OPENAI_BASE_URL: model.baseURL, OPENAI_MODEL: 'stuck-model', SHUTDOWN_TIMEOUT_MS: '1000' });
    cleanup.push(() => server.stop('SIGKILL'));
    const inflight = rpc(server.url, { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'ask_foundry', arguments: { question: 'stuck' } } }).catch(() => 'cut off');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = Date.now();
    expect(await server.stop('SIGTERM')).toBe(0);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await inflight).toBe('cut off');
    expect(server.output()).toMatch(/shutdown timeout/);
  });
});
