import { mkdtemp, rm } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI } from '../helpers/fake-openai';
import { spawnServer } from '../helpers/processes';
import { MCP_HEADERS, rawRequest, rpc, startTestServer, type TestServer } from '../helpers/server';

const MODERN_META = { 'io.modelcontextprotocol/protocolVersion': '2026-07-28', 'io.modelcontextprotocol/clientInfo': { name: 'raw', version: '1' }, 'io.modelcontextprotocol/clientCapabilities': {} };

/** A raw TCP connection from a chosen loopback address, left to the test to drive. */
function openSocket(port: number, localAddress = '127.0.0.1'): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, localAddress }, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Resolves with what the server wrote once it closes the connection, or 'open' after `ms`. */
function closedWithin(socket: Socket, ms: number): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    socket.on('data', (c: Buffer) => (text += c.toString()));
    socket.on('error', () => undefined);
    const timer = setTimeout(() => resolve('open'), ms);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve(text || 'closed');
    });
  });
}

const nested = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

describe('slow and idle clients', () => {
  let server: TestServer;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    server = await startTestServer({ HTTP_BODY_TIMEOUT_MS: '500', HTTP_HEADERS_TIMEOUT_MS: '1000', HTTP_REQUEST_TIMEOUT_MS: '3000', HTTP_KEEP_ALIVE_TIMEOUT_MS: '1000', MAX_CONNECTIONS_PER_CLIENT: '4', MAX_CONNECTIONS: '10' });
  });
  afterEach(() => {
    sockets.splice(0).forEach((s) => s.destroy());
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers 408 to a body that never finishes', async () => {
    const socket = await openSocket(server.port);
    sockets.push(socket);
    socket.write(`POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: 100\r\n\r\n{"jsonrpc":`);
    const answer = await closedWithin(socket, 4000);
    expect(answer).toMatch(/^HTTP\/1.1 408 /);
    expect(answer).toMatch(/"jsonrpc":"2.0".*Request Timeout/s);
  });

  it('closes a connection that never sends a request', async () => {
    const socket = await openSocket(server.port);
    sockets.push(socket);
    expect(await closedWithin(socket, 4000)).not.toBe('open');
  });

  it('caps connections per client address, and other clients still get in', async () => {
    const held = await Promise.all(Array.from({ length: 4 }, () => openSocket(server.port, '127.0.0.31')));
    sockets.push(...held);
    const extra = await openSocket(server.port, '127.0.0.31');
    sockets.push(extra);
    expect(await closedWithin(extra, 1000)).toBe('closed');
    const other = await rawRequest(server.url, { method: 'GET', path: '/healthz', localAddress: '127.0.0.32' });
    expect(other.status).toBe(200);
  });

  it('caps connections in total', async () => {
    const held = [];
    for (let i = 0; i < 10; i++) held.push(await openSocket(server.port, `127.0.0.${40 + i}`));
    sockets.push(...held);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const extra = await openSocket(server.port, '127.0.0.60');
    sockets.push(extra);
    expect(await closedWithin(extra, 1000)).toBe('closed');
    sockets.splice(0).forEach((s) => s.destroy());
    await new Promise((resolve) => setTimeout(resolve, 50));
    const metrics = await rawRequest(server.url, { method: 'GET', path: '/metrics' });
    expect(metrics.text).toMatch(/^mcp_http_connections_refused_total [2-9]/m); // this one and the per-client test's
  });
});

describe('deadlines bound what the client sends, never how long the answer takes', () => {
  it('serves a tool call that takes longer than every HTTP timeout once its request is in', async () => {
    const model = await startFakeOpenAI({ delayMs: 2500 });
    const server = await startTestServer({ OPENAI_BASE_URL: model.baseURL, OPENAI_MODEL: 'slow-model', HTTP_HEADERS_TIMEOUT_MS: '1000', HTTP_REQUEST_TIMEOUT_MS: '1000', HTTP_KEEP_ALIVE_TIMEOUT_MS: '1000', HTTP_BODY_TIMEOUT_MS: '500' });
    try {
      const r = await rpc(server.url, { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'ask_foundry', arguments: { question: 'slow one' } } });
      expect(r.status).toBe(200);
      expect(JSON.stringify(r.body.result)).toContain('Answer to: slow one');
    } finally {
      await server.close();
      await model.close();
    }
  });
});

describe('many slow uploads at once', () => {
  it('keeps the bytes of bodies still arriving under MAX_BODY_BUFFER_BYTES: past it new bodies get 503', async () => {
    const server = await startTestServer({ MAX_REQUEST_BYTES: '65536', MAX_BODY_BUFFER_BYTES: String(1024 * 1024), HTTP_BODY_TIMEOUT_MS: '10000' });
    const sockets: Socket[] = [];
    try {
      const head = `POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: 65000\r\n\r\n`;
      // 17 bodies of 60,000 bytes each, not yet complete: 1,020,000 of the 1 MiB budget.
      for (let i = 0; i < 17; i++) {
        const socket = await openSocket(server.port);
        sockets.push(socket);
        socket.write(head + 'x'.repeat(60_000));
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      const request = { jsonrpc: '2.0', id: 1, method: 'ping', params: { pad: 'x'.repeat(60_000) } };
      const refused = await rpc(server.url, request);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('1');
      expect(refused.body.error?.message).toMatch(/too many request bodies/);
      sockets.splice(0).forEach((s) => s.destroy());
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((await rpc(server.url, request)).status).toBe(200);
    } finally {
      sockets.forEach((s) => s.destroy());
      await server.close();
    }
  });
});

describe('shutdown with a stalled upload', () => {
  it('does not wait the whole shutdown budget for a body that never arrives', async () => {
    const server = await startTestServer({ SHUTDOWN_TIMEOUT_MS: '8000' });
    const socket = await openSocket(server.port);
    socket.write(`POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: 100\r\n\r\n{"jsonrpc":`);
    const answer = closedWithin(socket, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = performance.now();
    await server.close();
    expect(performance.now() - started).toBeLessThan(2000);
    expect(await answer).toMatch(/^HTTP\/1.1 503 /);
  });
});

describe('cheap requests that would cost a lot', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses a tools/call with 100,000 argument keys before validating it, without stalling other requests', async () => {
    const args = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, 1]));
    const body = JSON.stringify({ jsonrpc: '2.0', id: 5, method: 'tools/call', params: { name: 'hello_mcp', arguments: args } });
    const started = performance.now();
    const [big, health] = await Promise.all([rpc(server.url, body), new Promise((r) => setTimeout(r, 5)).then(() => fetch(new URL('/healthz', server.url)))]);
    const elapsed = performance.now() - started;
    expect(big.status).toBe(400);
    expect(big.body).toMatchObject({ id: null, error: { code: -32600, message: expect.stringMatching(/more than 10000 members and items/) } });
    expect(health.status).toBe(200);
    expect(elapsed).toBeLessThan(1000);
  });

  it.each([
    ['2025-11-25', 100_000, {}, ''],
    ['2026-07-28', 5_000, { 'mcp-protocol-version': '2026-07-28' }, `"_meta":${JSON.stringify(MODERN_META)},`],
  ])('refuses params nested too deep with a 4xx JSON-RPC error on the %s path', async (_revision, depth, headers, meta) => {
    const body = `{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"hello_mcp",${meta}"arguments":${nested(depth)}}}`;
    const r = await rpc(server.url, body, headers);
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ id: null, error: { code: -32600, message: expect.stringMatching(/nests deeper than 32 levels/) } });
  });

  it('accepts the largest valid snippet at its worst JSON escaping under the default body limit', async () => {
    const snippet = '"\\\n'.repeat(Math.floor((1024 * 1024) / 3));
    const r = await rpc(server.url, { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'save_snippet', arguments: { snippetname: 'escaped', snippet } } });
    expect(r.status).toBe(200);
    expect(r.body.result).toMatchObject({ structuredContent: { name: 'escaped', size: snippet.length } });
  });

});

describe('a request over the body limit, from a client that sends it all first', () => {
  it('gets its 413 to Node fetch sending 8 MiB, every time (the server as its own process)', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'mcp-413-'));
    const server = await spawnServer({ DATA_DIR: dataDir });
    try {
      const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping', params: { pad: 'x'.repeat(8 * 1024 * 1024) } });
      for (let i = 0; i < 4; i++) {
        const response = await fetch(server.url, { method: 'POST', headers: MCP_HEADERS, body });
        expect(response.status).toBe(413);
        expect(await response.json()).toMatchObject({ error: { message: expect.stringMatching(/must not exceed \d+ bytes/) } });
      }
      expect((await rpc(server.url, { jsonrpc: '2.0', id: 2, method: 'ping' })).status).toBe(200);
    } finally {
      await server.stop('SIGKILL');
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('CORS for browser-based MCP clients', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ ALLOWED_ORIGINS: 'https://app.example' });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers the preflight for a configured origin with the MCP headers, and refuses others', async () => {
    const preflight = await rawRequest(server.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type, mcp-protocol-version, mcp-method, mcp-name' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://app.example');
    const allowed = String(preflight.headers['access-control-allow-headers']).split(', ');
    expect(allowed).toEqual(expect.arrayContaining(['authorization', 'content-type', 'mcp-protocol-version', 'mcp-session-id', 'mcp-method', 'mcp-name', 'last-event-id']));
    const post = await rawRequest(server.url, { headers: { ...MCP_HEADERS, origin: 'https://app.example' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping' }) });
    expect(post.status).toBe(200);
    expect(String(post.headers['access-control-expose-headers'])).toMatch(/www-authenticate.*mcp-session-id/);
    const foreign = await rawRequest(server.url, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(foreign.status).toBe(403);
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('requests that are not HTTP exchanges', () => {
  it('answers CONNECT with 405 and a JSON-RPC error instead of dropping the connection', async () => {
    const server = await startTestServer();
    try {
      const socket = connect(server.port, '127.0.0.1');
      const answer = await new Promise<string>((resolve, reject) => {
        const chunks: Buffer[] = [];
        socket.on('data', (c: Buffer) => chunks.push(c));
        socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
        socket.on('error', reject);
        socket.write(`CONNECT 127.0.0.1:1 HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n\r\n`);
      });
      expect(answer).toMatch(/^HTTP\/1\.1 405 Method Not Allowed\r\n/);
      const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as { error: { code: number; message: string } };
      expect(body.error).toMatchObject({ code: -32600, message: expect.stringContaining('CONNECT is not supported') });
      expect((await rpc(server.url, { jsonrpc: '2.0', id: 1, method: 'ping' })).status, 'the server goes on serving').toBe(200);
    } finally {
      await server.close();
    }
  });
});
