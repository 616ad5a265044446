import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { startFakeOpenAI } from './helpers/fake-openai';
import { startTestServer, type TestServer } from './helpers/server';

type CallResult = Awaited<ReturnType<Client['callTool']>>;
const text = (r: CallResult) => (r.content as { type: string; text?: string }[]).map((c) => c.text ?? '').join('');

async function session(url: string) {
  const client = new Client({ name: 'tools-test', version: '1' });
  await client.connect(new StreamableHTTPClientTransport(new URL(url)));
  return client;
}

describe('tools on the embedded defaults', () => {
  let server: TestServer;
  let client: Client;
  beforeAll(async () => {
    server = await startTestServer({ MAX_SNIPPET_BYTES: '1000' });
    client = await session(server.url);
  });
  afterAll(async () => {
    await client?.close();
    await server?.close();
  });

  it('saves, reads, lists and deletes snippets', async () => {
    const saved = await client.callTool({ name: 'save_snippet', arguments: { snippetname: 'deploy notes', snippet: 'kubectl rollout status' } });
    expect(saved.isError).toBeFalsy();
    expect(saved.structuredContent).toMatchObject({ name: 'deploy notes', size: 22 });
    await client.callTool({ name: 'save_snippet', arguments: { snippetname: 'other', snippet: 'x' } });

    const got = await client.callTool({ name: 'get_snippet', arguments: { snippetname: 'deploy notes' } });
    expect(text(got)).toBe('kubectl rollout status');
    expect(got.structuredContent).toMatchObject({ name: 'deploy notes', snippet: 'kubectl rollout status' });

    const replaced = await client.callTool({ name: 'save_snippet', arguments: { snippetname: 'deploy notes', snippet: 'v2' } });
    expect(replaced.structuredContent).toMatchObject({ size: 2 });
    expect(text(await client.callTool({ name: 'get_snippet', arguments: { snippetname: 'deploy notes' } }))).toBe('v2');

    const listed = await client.callTool({ name: 'list_snippets', arguments: { prefix: 'dep' } });
    expect(listed.structuredContent).toMatchObject({ snippets: [{ name: 'deploy notes', size: 2 }], truncated: false });
    const all = await client.callTool({ name: 'list_snippets', arguments: { limit: 1 } });
    expect(all.structuredContent).toMatchObject({ truncated: true });

    const deleted = await client.callTool({ name: 'delete_snippet', arguments: { snippetname: 'deploy notes' } });
    expect(deleted.structuredContent).toEqual({ name: 'deploy notes', deleted: true });
    const missing = await client.callTool({ name: 'get_snippet', arguments: { snippetname: 'deploy notes' } });
    expect(missing.isError).toBe(true);
    expect(text(missing)).toBe("Snippet 'deploy notes' not found.");
    const deletedAgain = await client.callTool({ name: 'delete_snippet', arguments: { snippetname: 'deploy notes' } });
    expect(deletedAgain.isError).toBe(true);
  });

  it('refuses unsafe names and oversized snippets with a message saying why', async () => {
    const traversal = await client.callTool({ name: 'save_snippet', arguments: { snippetname: '../../etc/passwd', snippet: 'x' } });
    expect(traversal.isError).toBe(true);
    expect(text(traversal)).toMatch(/must not contain \/ or \\/);
    const control = await client.callTool({ name: 'get_snippet', arguments: { snippetname: 'a\u0000b' } });
    expect(control.isError).toBe(true);
    expect(text(control)).toMatch(/control characters/);
    const big = await client.callTool({ name: 'save_snippet', arguments: { snippetname: 'big', snippet: 'é'.repeat(600) } });
    expect(big.isError).toBe(true);
    expect(text(big)).toBe('The snippet is 1200 bytes; the limit is 1000 bytes (MAX_SNIPPET_BYTES).');
  });

  it('serves the shipped example ontologies', async () => {
    const listed = await client.callTool({ name: 'list_ontologies', arguments: {} });
    const names = (listed.structuredContent as { ontologies: { name: string }[] }).ontologies.map((o) => o.name);
    expect(names.length).toBeGreaterThanOrEqual(2);
    const one = await client.callTool({ name: 'get_ontology', arguments: { name: names[0]! } });
    expect(one.isError).toBeFalsy();
    expect(typeof (one.structuredContent as { ontology: unknown }).ontology).toBe('object');
    const missing = await client.callTool({ name: 'get_ontology', arguments: { name: 'no-such-ontology' } });
    expect(missing.isError).toBe(true);
    expect(text(missing)).toMatch(/not found/);
  });

  it('says which variables to set when no model is configured', async () => {
    for (const [name, args] of [
      ['ask_foundry', { question: 'why?' }],
      ['next_best_action', { task: 'roll back a deployment' }],
    ] as const) {
      const result = await client.callTool({ name, arguments: args });
      expect(result.isError).toBe(true);
      expect(text(result)).toMatch(/FOUNDRY_PROJECT_ENDPOINT/);
      expect(text(result)).toMatch(/OPENAI_BASE_URL/);
    }
  });
});

describe('model tools against an OpenAI-compatible endpoint', () => {
  let server: TestServer;
  let client: Client;
  let model: Awaited<ReturnType<typeof startFakeOpenAI>>;
  beforeAll(async () => {
    model = await startFakeOpenAI();
    server = await startTestServer({ OPENAI_BASE_URL: model.baseURL, OPENAI_MODEL: 'llama3.1', OPENAI_API_KEY: 'local-key' });
    client = await session(server.url);
  });
  afterAll(async () => {
    await client?.close();
    await server?.close();
    await model?.close();
  });

  it('ask_foundry sends the question (and context) to the model and returns its answer', async () => {
    const result = await client.callTool({ name: 'ask_foundry', arguments: { question: 'What is AKS?', context: 'AKS is Azure Kubernetes Service.' } });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toEqual({ answer: 'Answer to: What is AKS?', model: 'llama3.1' });
    const request = model.requests.at(-1)!;
    expect(request.path).toBe('/v1/chat/completions');
    expect(request.headers.authorization).toBe('Bearer local-key');
    expect(request.body.model).toBe('llama3.1');
    expect(request.body.messages!.map((m) => m.content)).toEqual([expect.any(String), 'Context:\nAKS is Azure Kubernetes Service.', 'What is AKS?']);
  });

  it('next_best_action grounds the plan in the most relevant task instructions', async () => {
    const result = await client.callTool({ name: 'next_best_action', arguments: { task: 'roll back a failed deployment on AKS' } });
    expect(result.isError).toBeFalsy();
    const structured = result.structuredContent as { plan: string[]; instructions: { id: string; title: string; score: number }[]; model: string };
    expect(structured.plan).toEqual(['Check the deployment status', 'Roll back to the previous revision', 'Tell the team']);
    expect(structured.instructions.length).toBeGreaterThan(0);
    expect(structured.instructions[0]!.title.toLowerCase()).toMatch(/roll ?back|deploy/);
    const prompt = model.requests.at(-1)!.body.messages!.at(-1)!.content;
    expect(prompt).toContain(structured.instructions[0]!.title);
  });

  it('reports a failing model as a tool error, not a protocol failure', async () => {
    model.setFailure(500);
    const result = await client.callTool({ name: 'ask_foundry', arguments: { question: 'still there?' } });
    model.setFailure(undefined);
    expect(result.isError).toBe(true);
    expect(text(result)).toMatch(/model/i);
  });
});

describe('capture on: the caller learns the episode id and can rate the call', () => {
  let server: TestServer;
  let client: Client;
  let model: Awaited<ReturnType<typeof startFakeOpenAI>>;
  beforeAll(async () => {
    model = await startFakeOpenAI();
    server = await startTestServer({ OPENAI_BASE_URL: model.baseURL, OPENAI_MODEL: 'llama3.1', ENABLE_LIGHTNING_CAPTURE: 'true', LIGHTNING_CAPTURE_FLUSH_MS: '20' });
    client = await session(server.url);
  });
  afterAll(async () => {
    await client?.close();
    await server?.close();
    await model?.close();
  });

  it('returns lightning/episode_id with model-backed results, and submit_feedback accepts it', async () => {
    const answer = await client.callTool({ name: 'ask_foundry', arguments: { question: 'How do I drain a node?' } });
    const episodeId = answer._meta?.['lightning/episode_id'];
    expect(episodeId).toMatch(/^ep-[0-9a-f]{32}$/);
    const hello = await client.callTool({ name: 'hello_mcp', arguments: {} });
    expect(hello._meta?.['lightning/episode_id']).toBeUndefined(); // not model-backed: not captured by default

    let rated: CallResult | undefined;
    for (let attempt = 0; attempt < 50; attempt++) {
      rated = await client.callTool({ name: 'submit_feedback', arguments: { episode_id: episodeId, score: 1, comment: 'clear steps' } });
      if (!rated.isError) break;
      await new Promise((resolve) => setTimeout(resolve, 50)); // capture flushes asynchronously
    }
    expect(rated?.isError, text(rated!)).toBeFalsy();
  });
});
