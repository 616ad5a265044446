import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directRoute } from '../src/mcp/modern-route';
import { startFakeOpenAI } from './helpers/fake-openai';
import { MCP_HEADERS, rpc, startTestServer, type TestServer } from './helpers/server';

// The 2026-07-28 envelope and standard headers: https://modelcontextprotocol.io/specification/2026-07-28
// (per-request `_meta`; MCP-Protocol-Version, Mcp-Method and Mcp-Name headers, SEP-2243).
const REVISION = '2026-07-28';
const envelope = { 'io.modelcontextprotocol/protocolVersion': REVISION, 'io.modelcontextprotocol/clientInfo': { name: 'test', version: '1' }, 'io.modelcontextprotocol/clientCapabilities': {} };
const call = (id: number | string, name: string, args: Record<string, unknown> = {}) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args, _meta: envelope } });
const headersFor = (method: string, name?: string) => ({ 'mcp-protocol-version': REVISION, 'mcp-method': method, ...(name !== undefined ? { 'mcp-name': name } : {}) });
/** Mcp-Name in the Base64 form the SDK decodes (SEP-2243); the direct route leaves such requests to the SDK's handler. */
const base64Name = (name: string) => `=?base64?${Buffer.from(name, 'utf8').toString('base64')}?=`;

describe('which 2026-07-28 requests are served directly', () => {
  const plain = new Set(['hello_mcp']);
  const std = (method: string, name?: string) => ({ protocolVersion: REVISION, method, ...(name !== undefined ? { name } : {}) });
  it('takes a well-formed tools/call of a plain tool, tools/list, server/discover and ping', () => {
    expect(directRoute(call(1, 'hello_mcp'), std('tools/call', 'hello_mcp'), plain)?.message.method).toBe('tools/call');
    for (const method of ['tools/list', 'server/discover', 'ping']) {
      expect(directRoute({ jsonrpc: '2.0', id: 1, method, params: { _meta: envelope } }, std(method), plain)?.classification).toEqual({ era: 'modern', revision: REVISION });
    }
  });
  it('leaves everything the SDK might refuse or treat specially to its handler', () => {
    const body = call(1, 'hello_mcp');
    expect(directRoute(body, { method: 'tools/call', name: 'hello_mcp' }, plain)).toBeUndefined(); // no MCP-Protocol-Version
    expect(directRoute(body, { protocolVersion: REVISION, name: 'hello_mcp' }, plain)).toBeUndefined(); // no Mcp-Method
    expect(directRoute(body, std('tools/call'), plain)).toBeUndefined(); // no Mcp-Name
    expect(directRoute(body, std('tools/call', 'other'), plain)).toBeUndefined();
    expect(directRoute(body, std('tools/list', 'hello_mcp'), plain)).toBeUndefined();
    expect(directRoute(body, std('tools/call', base64Name('hello_mcp')), plain)).toBeUndefined();
    expect(directRoute(call(1, 'test_simple_text'), std('tools/call', 'test_simple_text'), plain)).toBeUndefined(); // not a plain tool
    expect(directRoute({ ...body, params: { ...body.params, _meta: { ...envelope, 'io.modelcontextprotocol/protocolVersion': '2026-12-01' } } }, { ...std('tools/call', 'hello_mcp'), protocolVersion: '2026-12-01' }, plain)).toBeUndefined();
    expect(directRoute({ jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 1, _meta: envelope } }, std('notifications/cancelled'), plain)).toBeUndefined();
    expect(directRoute({ jsonrpc: '2.0', id: 1, method: 'resources/read', params: { uri: 'test://x', _meta: envelope } }, std('resources/read', 'test://x'), plain)).toBeUndefined();
    expect(directRoute({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'hello_mcp' } }, std('tools/call', 'hello_mcp'), plain)).toBeUndefined(); // no envelope
  });
});

describe('2026-07-28 calls served directly on the long-lived instance', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers exactly as the SDK handler answers the same call', async () => {
    await rpc(server.url, call(1, 'save_snippet', { snippetname: 'same', snippet: 'kubectl get pods' }), headersFor('tools/call', 'save_snippet'));
    for (const [tool, args] of [['hello_mcp', {}], ['get_snippet', { snippetname: 'same' }], ['get_snippet', { snippetname: 'missing' }]] as const) {
      const direct = await rpc(server.url, call('a', tool, args), headersFor('tools/call', tool));
      const viaSdk = await rpc(server.url, call('a', tool, args), headersFor('tools/call', base64Name(tool)));
      // The SDK's handler streams its body (no content-length); a direct answer is written at once.
      expect(direct.headers.get('content-length')).not.toBeNull();
      expect(viaSdk.headers.get('content-length')).toBeNull();
      expect(direct.status).toBe(200);
      expect(direct.status).toBe(viaSdk.status);
      expect(direct.headers.get('content-type')).toBe(viaSdk.headers.get('content-type'));
      expect(direct.body).toEqual(viaSdk.body);
    }
  });

  it('gives concurrent calls that share a JSON-RPC id each their own answer', async () => {
    const names = Array.from({ length: 24 }, (_, i) => `concurrent-${i}`);
    await Promise.all(names.map((n) => rpc(server.url, call(1, 'save_snippet', { snippetname: n, snippet: `text of ${n}` }), headersFor('tools/call', 'save_snippet'))));
    const answers = await Promise.all(names.map((n) => rpc(server.url, call(1, 'get_snippet', { snippetname: n }), headersFor('tools/call', 'get_snippet'))));
    answers.forEach((answer, i) => {
      expect(answer.body.id).toBe(1);
      expect(answer.body.result?.structuredContent).toMatchObject({ name: names[i], snippet: `text of ${names[i]}` });
    });
  });

  it('still lets the SDK refuse what its ladder refuses, with its status and error', async () => {
    const missingName = await rpc(server.url, call(2, 'hello_mcp'), headersFor('tools/call'));
    expect(missingName.status).toBe(400);
    expect(missingName.body.error?.code).toBe(-32020);
    const otherName = await rpc(server.url, call(3, 'hello_mcp'), headersFor('tools/call', 'get_snippet'));
    expect(otherName.status).toBe(400);
    expect(otherName.body.error?.code).toBe(-32020);
    const unknownMethod = await rpc(server.url, { jsonrpc: '2.0', id: 4, method: 'initialize', params: { _meta: envelope } }, headersFor('initialize'));
    expect(unknownMethod.status).toBe(404);
    expect(unknownMethod.body.error?.code).toBe(-32601);
  });

  it('serves server/discover and tools/list directly with the revision the SDK advertises', async () => {
    const discover = await rpc(server.url, { jsonrpc: '2.0', id: 5, method: 'server/discover', params: { _meta: envelope } }, headersFor('server/discover'));
    expect(discover.status).toBe(200);
    expect(discover.body.result?.supportedVersions).toEqual([REVISION]);
    const list = await rpc(server.url, { jsonrpc: '2.0', id: 6, method: 'tools/list', params: { _meta: envelope } }, headersFor('tools/list'));
    expect((list.body.result?.tools as { name: string }[]).map((t) => t.name)).toContain('get_snippet');
  });
});

describe('a direct 2026-07-28 call whose client goes away', () => {
  let model: Awaited<ReturnType<typeof startFakeOpenAI>>;
  let server: TestServer;
  beforeAll(async () => {
    model = await startFakeOpenAI({ delayMs: 3000 });
    server = await startTestServer({ OPENAI_BASE_URL: model.baseURL, OPENAI_MODEL: 'slow-model' });
  });
  afterAll(async () => {
    await server?.close();
    await model?.close();
  });

  it('has its work cancelled at once instead of running to the end', async () => {
    const abort = new AbortController();
    const pending = fetch(server.url, {
      method: 'POST',
      headers: { ...MCP_HEADERS, ...headersFor('tools/call', 'ask_foundry') },
      body: JSON.stringify(call(1, 'ask_foundry', { question: 'What changed?' })),
      signal: abort.signal,
    }).catch(() => 'aborted');
    await new Promise((resolve) => setTimeout(resolve, 300));
    abort.abort();
    expect(await pending).toBe('aborted');
    // The tool's model call is aborted with it, so the call ends (as an error) long before the model's 3 s.
    const ended = async () => /mcp_tool_calls_total\{tool="ask_foundry",outcome="error"\} 1/.test(await (await fetch(new URL('/metrics', server.url))).text());
    const deadline = Date.now() + 1500;
    while (!(await ended()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await ended()).toBe(true);
  });
});
