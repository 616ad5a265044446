import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { MCP_HEADERS, rpc, startTestServer, type TestServer } from './helpers/server';

const TOOL_NAMES = ['hello_mcp', 'save_snippet', 'get_snippet', 'list_snippets', 'delete_snippet', 'ask_foundry', 'next_best_action', 'list_ontologies', 'get_ontology'];

async function connect(url: string, pin?: '2026-07-28') {
  const client = new Client({ name: 'test-client', version: '1.0.0' }, pin ? { versionNegotiation: { mode: { pin } } } : {});
  await client.connect(new StreamableHTTPClientTransport(new URL(url)));
  return client;
}

describe('MCP over Streamable HTTP', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ MAX_REQUEST_BYTES: '65536' });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('serves the 2025-11-25 revision: initialize, tools/list with schemas and annotations, tools/call', async () => {
    const client = await connect(server.url);
    expect(client.getServerVersion()?.name).toBe('mcp-agents');
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toEqual(expect.arrayContaining(TOOL_NAMES));
    const save = tools.find((t) => t.name === 'save_snippet')!;
    expect(save.inputSchema.required).toEqual(['snippetname', 'snippet']);
    expect(save.outputSchema).toBeDefined();
    expect(save.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false });
    expect(tools.find((t) => t.name === 'ask_foundry')!.annotations).toMatchObject({ readOnlyHint: true, openWorldHint: true });
    expect(tools.every((t) => t.description && t.description.length > 10)).toBe(true);
    const hello = await client.callTool({ name: 'hello_mcp', arguments: {} });
    expect(hello.content).toEqual([{ type: 'text', text: expect.stringContaining('Hello from mcp-agents') }]);
    await client.close();
  });

  it('serves the 2026-07-28 revision (server/discover, no initialize) from the same tools', async () => {
    const client = await connect(server.url, '2026-07-28');
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toEqual(expect.arrayContaining(TOOL_NAMES));
    const hello = await client.callTool({ name: 'hello_mcp', arguments: {} });
    expect(JSON.stringify(hello.content)).toContain('Hello from mcp-agents');
    await client.close();
  });

  it('answers without a session id (stateless) and with the negotiated version', async () => {
    const init = await rpc(server.url, { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } });
    expect(init.status).toBe(200);
    expect(init.headers.get('mcp-session-id')).toBeNull();
    expect(init.body.result).toMatchObject({ protocolVersion: '2025-11-25', serverInfo: { name: 'mcp-agents' } });
    const older = await rpc(server.url, { jsonrpc: '2.0', id: 2, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } });
    expect(older.body.result).toMatchObject({ protocolVersion: '2025-06-18' });
  });

  it('keeps concurrent clients apart even when they use the same request ids', async () => {
    const calls = Array.from({ length: 40 }, (_, i) =>
      rpc(server.url, { jsonrpc: '2.0', id: 7, method: 'tools/call', params: { name: 'save_snippet', arguments: { snippetname: `c${i}`, snippet: `body ${i}` } } }),
    );
    const results = await Promise.all(calls);
    results.forEach((r, i) => {
      expect(r.body.id).toBe(7);
      expect(r.body.result).toMatchObject({ structuredContent: { name: `c${i}`, size: `body ${i}`.length } });
    });
  });

  it('refuses bad HTTP with the right status and a JSON-RPC error', async () => {
    const wrongType = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(wrongType.status).toBe(415);
    expect(await wrongType.json()).toMatchObject({ jsonrpc: '2.0', error: { message: expect.stringContaining('Content-Type') } });

    const tooBig = await rpc(server.url, { jsonrpc: '2.0', id: 1, method: 'ping', params: { pad: 'x'.repeat(70_000) } });
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.error?.message).toMatch(/must not exceed 65536 bytes/);

    const garbage = await rpc(server.url, '{"jsonrpc": "2.0", "id": 1, "method": ');
    expect(garbage.status).toBe(400);
    expect(garbage.body.error?.code).toBe(-32700);

    const batch = await rpc(server.url, [{ jsonrpc: '2.0', id: 1, method: 'ping' }]);
    expect(batch.status).toBe(400);
    expect(batch.body.error?.code).toBe(-32600);

    const notRpc = await rpc(server.url, { hello: 'world' });
    expect(notRpc.status).toBe(400);
    expect(notRpc.body.error?.code).toBe(-32600);

    const get = await fetch(server.url, { headers: { accept: 'text/event-stream' } });
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toContain('POST');

    // fetch will not send a foreign Host header; node:http will, as a rebinding browser would.
    const rebinding = await new Promise<number>((resolve, reject) => {
      const req = request(server.url, { method: 'POST', headers: { ...MCP_HEADERS, host: 'evil.example.com' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping' }));
    });
    expect(rebinding).toBe(403);

    const badVersion = await rpc(server.url, { jsonrpc: '2.0', id: 1, method: 'tools/list' }, { 'mcp-protocol-version': '1999-01-01' });
    expect(badVersion.status).toBe(400);
    expect(badVersion.body.error?.message).toMatch(/unsupported MCP-Protocol-Version/);

    const unknownPath = await fetch(new URL('/nope', server.url));
    expect(unknownPath.status).toBe(404);
  });

  it('answers protocol-level mistakes in JSON-RPC, not with a crash', async () => {
    const unknownMethod = await rpc(server.url, { jsonrpc: '2.0', id: 3, method: 'no/such/method' });
    expect(unknownMethod.status).toBe(200);
    expect(unknownMethod.body.error?.code).toBe(-32601);
    const unknownTool = await rpc(server.url, { jsonrpc: '2.0', id: 4, method: 'tools/call', params: { name: 'nope', arguments: {} } });
    expect(JSON.stringify(unknownTool.body)).toMatch(/nope/);
    const badArgs = await rpc(server.url, { jsonrpc: '2.0', id: 5, method: 'tools/call', params: { name: 'get_snippet', arguments: { snippetname: 42 } } });
    expect(JSON.stringify(badArgs.body)).toMatch(/snippetname/);
    const notification = await fetch(server.url, { method: 'POST', headers: MCP_HEADERS, body: JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }) });
    expect(notification.status).toBe(202);
  });

  it('serves health, readiness and Prometheus metrics', async () => {
    const base = new URL(server.url);
    expect((await fetch(new URL('/healthz', base))).status).toBe(200);
    const ready = await fetch(new URL('/readyz', base));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true, checks: { snippets: { ok: true }, search: { ok: true } } });
    const metrics = await (await fetch(new URL('/metrics', base))).text();
    expect(metrics).toMatch(/mcp_tool_calls_total\{tool="hello_mcp",outcome="ok"\} [1-9]/);
    expect(metrics).toMatch(/mcp_http_requests_total\{route="mcp",method="POST",status="415"\} 1/);
    expect(metrics).toContain('mcp_tool_call_duration_seconds_bucket');
  });
});

describe('per-client rate limit', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ RATE_LIMIT_RPS: '1', RATE_LIMIT_BURST: '3' });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers 429 with Retry-After once a client has spent its burst', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 5; i++) {
      const r = await rpc(server.url, { jsonrpc: '2.0', id: i, method: 'ping' });
      statuses.push(r.status);
      if (r.status === 429) retryAfter = r.headers.get('retry-after');
    }
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuses.slice(3)).toEqual([429, 429]);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    const metrics = await (await fetch(new URL('/metrics', server.url))).text();
    expect(metrics).toMatch(/mcp_rate_limited_total 2/);
  });
});
