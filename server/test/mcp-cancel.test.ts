import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { startFakeOpenAI } from './helpers/fake-openai';
import { startTestIssuer, type TestIssuer } from './helpers/oidc';
import { MCP_HEADERS, startTestServer, type TestServer } from './helpers/server';

type RpcBody = { id?: unknown; result?: Record<string, unknown>; error?: { code: number; message: string } };

/** One POST that gives up after `limitMs`: a call that never answers shows up as 'no response'. */
async function post(url: string, body: unknown, headers: Record<string, string> = {}, limitMs = 6000): Promise<{ status: number; body?: RpcBody; ms: number } | 'no response'> {
  const started = Date.now();
  try {
    const response = await fetch(url, { method: 'POST', headers: { ...MCP_HEADERS, ...headers }, body: JSON.stringify(body), signal: AbortSignal.timeout(limitMs) });
    const text = await response.text();
    const data = text.split('\n').filter((l) => l.startsWith('data: ')).at(-1);
    const json = (data ? JSON.parse(data.slice(6)) : text ? JSON.parse(text) : undefined) as RpcBody | undefined;
    return { status: response.status, ...(json ? { body: json } : {}), ms: Date.now() - started };
  } catch (error) {
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'no response';
    throw error;
  }
}

const ask = (id: string | number, question: string) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name: 'ask_foundry', arguments: { question } } });
const cancel = (requestId: string | number) => ({ jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId, reason: 'test' } });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// MCP 2025-11-25, Cancellation: "the requestId MUST correspond to a request previously issued in the same
// direction" (https://modelcontextprotocol.io/specification/2025-11-25/basic/utilities/cancellation).
describe('2025-era cancellation reaches only the sender\'s own requests', () => {
  let model: Awaited<ReturnType<typeof startFakeOpenAI>>;
  let issuer: TestIssuer;
  let server: TestServer;
  beforeAll(async () => {
    model = await startFakeOpenAI({ delayMs: 1200 });
    issuer = await startTestIssuer();
    server = await startTestServer({ OPENAI_BASE_URL: model.baseURL, OPENAI_MODEL: 'slow-model', AUTH_ISSUER: issuer.issuer, AUTH_AUDIENCE: issuer.audience });
  });
  afterAll(async () => {
    await server?.close();
    await issuer?.close();
    await model?.close();
  });

  it('ignores a cancellation from another client, whatever request id it guesses', async () => {
    const victim = { authorization: `Bearer ${await issuer.mint({ sub: 'victim' })}` };
    const attacker = { authorization: `Bearer ${await issuer.mint({ sub: 'attacker' })}` };
    const call = post(server.url, ask(1, 'mine'), victim);
    await sleep(200); // the call now waits on the model
    // Internal ids, the victim's own id, and everything in between.
    for (let i = 0; i < 64; i++) expect(await post(server.url, cancel(i), attacker)).toMatchObject({ status: 202 });
    const answer = await call;
    expect(answer).not.toBe('no response');
    if (answer === 'no response') return;
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ id: 1, result: { structuredContent: { answer: 'Answer to: mine' } } });
  });

  it('lets a client cancel its own call, and the call still ends with a JSON-RPC error at once', async () => {
    const caller = { authorization: `Bearer ${await issuer.mint({ sub: 'canceller' })}` };
    const call = post(server.url, ask('mine-1', 'cancel me'), caller);
    await sleep(200);
    const sent = await post(server.url, cancel('mine-1'), caller);
    expect(sent).toMatchObject({ status: 202 });
    const answer = await call;
    expect(answer).not.toBe('no response');
    if (answer === 'no response') return;
    expect(answer.ms).toBeLessThan(1000); // well before the model would have answered
    expect(answer.body).toMatchObject({ id: 'mine-1', error: { code: -32800, message: expect.stringMatching(/cancelled/i) } });
    expect((await fetch(new URL('/healthz', server.url))).status).toBe(200);
  });
});

describe('every request ends within MCP_REQUEST_TIMEOUT_MS', () => {
  let model: Awaited<ReturnType<typeof startFakeOpenAI>>;
  let server: TestServer;
  beforeAll(async () => {
    model = await startFakeOpenAI({ delayMs: 4000 });
    server = await startTestServer({ OPENAI_BASE_URL: model.baseURL, OPENAI_MODEL: 'stuck-model', MCP_REQUEST_TIMEOUT_MS: '1000' });
  });
  afterAll(async () => {
    await server?.close();
    await model?.close();
  });

  it('answers a call that outlasts its deadline with a JSON-RPC error naming the limit', async () => {
    const answer = await post(server.url, ask(5, 'too slow'), {}, 3000);
    expect(answer).not.toBe('no response');
    if (answer === 'no response') return;
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeGreaterThanOrEqual(900);
    expect(answer.body).toMatchObject({ id: 5, error: { code: -32001, message: expect.stringContaining('1000 ms') } });
    const ping = await post(server.url, { jsonrpc: '2.0', id: 6, method: 'ping' });
    expect(ping).toMatchObject({ status: 200, body: { id: 6, result: {} } });
  });

  it('answers a 2026-07-28 call that outlasts its deadline with a JSON-RPC error too', async () => {
    const client = new Client({ name: 'modern', version: '1' }, { versionNegotiation: { mode: { pin: '2026-07-28' } } });
    await client.connect(new StreamableHTTPClientTransport(new URL(server.url)));
    const started = Date.now();
    const outcome = await client.callTool({ name: 'ask_foundry', arguments: { question: 'too slow' } }).then(
      (result) => ({ result }),
      (error: unknown) => ({ error: error as { code?: number; message?: string } }),
    );
    const ms = Date.now() - started;
    expect(outcome).toMatchObject({ error: { code: -32001, message: expect.stringContaining('1000 ms') } });
    expect(ms).toBeGreaterThanOrEqual(900);
    expect(ms).toBeLessThan(3000);
    const hello = await client.callTool({ name: 'hello_mcp', arguments: {} });
    expect(JSON.stringify(hello.content)).toContain('Hello');
    await client.close();
  });

  it('refuses a deadline setting outside its bounds at start-up', async () => {
    await expect(startTestServer({ MCP_REQUEST_TIMEOUT_MS: '0' })).rejects.toThrow(/MCP_REQUEST_TIMEOUT_MS/);
  });
});

describe('a 2025-era answer to a server-to-client request is taken only from the client that was asked', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ MCP_CONFORMANCE_FIXTURES: 'true' });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('ignores another client answering a sampling request it was not sent', async () => {
    // Without a token the caller is told apart by Mcp-Session-Id (else its address).
    const alice = { 'mcp-session-id': 'alice' };
    const mallory = { 'mcp-session-id': 'mallory' };
    const init = { jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: { sampling: {} }, clientInfo: { name: 'alice', version: '1' } } };
    expect(await post(server.url, init, alice)).toMatchObject({ status: 200 });

    const response = await fetch(server.url, {
      method: 'POST',
      headers: { ...MCP_HEADERS, ...alice },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'test_sampling', arguments: { prompt: 'hi' } } }),
      signal: AbortSignal.timeout(6000),
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    type Event = { id?: unknown; method?: string; result?: unknown };
    let buffered = '';
    const nextEvent = async () => {
      for (;;) {
        const end = buffered.indexOf('\n\n');
        if (end >= 0) {
          const data = buffered.slice(0, end).split('\n').find((l) => l.startsWith('data: '));
          buffered = buffered.slice(end + 2);
          if (data) return JSON.parse(data.slice(6)) as Event;
          continue;
        }
        const { value, done } = await reader.read();
        if (done) return undefined;
        buffered += value;
      }
    };
    const asked = await nextEvent();
    expect(asked).toMatchObject({ method: 'sampling/createMessage' });
    const answer = (text: string) => ({ jsonrpc: '2.0', id: asked!.id, result: { role: 'assistant', content: { type: 'text', text }, model: 'm' } });

    expect(await post(server.url, answer('forged'), mallory)).toMatchObject({ status: 202 });
    await sleep(100);
    expect(await post(server.url, answer('genuine'), alice)).toMatchObject({ status: 202 });
    const final = await nextEvent();
    expect(final).toMatchObject({ id: 1, result: { content: [{ type: 'text', text: 'LLM response: genuine' }] } });
  });
});
