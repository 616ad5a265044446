import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FaultyFileSystem } from '../../test/support/faulty-fs';
import { startFakeOpenAI } from './helpers/fake-openai';
import { rpc, startTestServer, type TestServer } from './helpers/server';

const call = (url: string, name: string, args: Record<string, unknown>) => rpc(url, { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name, arguments: args } });
const textOf = (r: Awaited<ReturnType<typeof call>>) => JSON.stringify(r.body.result?.content ?? r.body.error ?? r.body);

describe('tools on a failing disk answer with clear errors, never a crash', () => {
  const fs = new FaultyFileSystem();
  let model: Awaited<ReturnType<typeof startFakeOpenAI>>;
  let server: TestServer;
  beforeAll(async () => {
    model = await startFakeOpenAI();
    server = await startTestServer({ OPENAI_BASE_URL: model.baseURL, OPENAI_MODEL: 'm', ENABLE_LIGHTNING_CAPTURE: 'true', LIGHTNING_CAPTURE_FLUSH_MS: '20' }, { fs });
  });
  afterAll(async () => {
    fs.heal();
    await server?.close();
    await model?.close();
  });

  it.each([
    ['full', (f: FaultyFileSystem) => (f.freeBytes = 0), /is full.*ENOSPC/],
    ['failing with I/O errors', (f: FaultyFileSystem) => (f.writeError = 'EIO'), /\(EIO\)/],
    ['read-only', (f: FaultyFileSystem) => (f.readOnly = true), /not writable.*EROFS/],
  ])('when the disk is %s: snippet and feedback writes are isError results saying why; the server stays healthy', async (_name, fail, reason) => {
    const answer = await call(server.url, 'ask_foundry', { question: 'drain a node?' });
    const episodeId = (answer.body.result?._meta as Record<string, string> | undefined)?.['lightning/episode_id'];
    expect(episodeId).toBeDefined();
    for (let i = 0; i < 100; i++) {
      const found = await call(server.url, 'lightning_get_episode', { episode_id: episodeId });
      if (!found.body.result?.isError) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    fail(fs);
    const saved = await call(server.url, 'save_snippet', { snippetname: 'note', snippet: 'x'.repeat(100) });
    expect(saved.status).toBe(200);
    expect(saved.body.result?.isError).toBe(true);
    expect(textOf(saved)).toMatch(reason);
    const rated = await call(server.url, 'submit_feedback', { episode_id: episodeId, score: 1 });
    expect(rated.status).toBe(200);
    expect(rated.body.result?.isError).toBe(true);
    expect(textOf(rated)).toMatch(reason);
    for (const r of [saved, rated]) {
      expect(textOf(r)).not.toContain(server.dataDir);
      expect(textOf(r)).not.toMatch(/\n\s+at /);
    }
    expect((await fetch(new URL('/healthz', server.url))).status).toBe(200);
    expect((await call(server.url, 'hello_mcp', {})).body.result?.isError).toBeFalsy();

    fs.heal();
    expect((await call(server.url, 'save_snippet', { snippetname: 'note', snippet: 'back' })).body.result?.isError).toBeFalsy();
    expect((await call(server.url, 'submit_feedback', { episode_id: episodeId, score: 1 })).body.result?.isError).toBeFalsy();
  });
});
