import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@mcp-aks/core';
import { startTestIssuer, type TestIssuer } from '../helpers/oidc';
import { MCP_HEADERS, rawRequest, rpc, startTestServer, type TestServer } from '../helpers/server';

const LIST = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' });
const PRM = '/.well-known/oauth-protected-resource/mcp';

/** Log lines a server wrote, parsed. */
function captureLogs() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: createLogger({ name: 'mcp-agents', level: 'info', destination }) };
}

describe('metadata and challenges derived from request headers (no MCP_RESOURCE_URL)', () => {
  let issuer: TestIssuer;
  let direct: TestServer;
  let proxied: TestServer;
  beforeAll(async () => {
    issuer = await startTestIssuer();
    const auth = { AUTH_ISSUER: issuer.issuer, AUTH_AUDIENCE: issuer.audience, AUTH_REQUIRED_SCOPES: 'mcp.tools' };
    direct = await startTestServer(auth);
    proxied = await startTestServer({ ...auth, TRUSTED_PROXIES: '127.0.0.1/32' });
  });
  afterAll(async () => {
    await direct?.close();
    await proxied?.close();
    await issuer?.close();
  });

  const own = (server: TestServer) => `http://127.0.0.1:${server.port}`;
  const poison = { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'javascript' };

  it('ignores X-Forwarded-* from a client that is not a configured proxy, and never lets the document be cached publicly', async () => {
    const metadata = await rawRequest(direct.url, { method: 'GET', path: PRM, headers: poison });
    expect(metadata.status).toBe(200);
    expect(metadata.json().resource).toBe(`${own(direct)}/mcp`);
    expect(metadata.headers['cache-control']).toBe('no-store');

    const challenge = await rawRequest(direct.url, { headers: { ...MCP_HEADERS, ...poison }, body: LIST });
    expect(challenge.status).toBe(401);
    expect(challenge.headers['www-authenticate']).toContain(`resource_metadata="${own(direct)}${PRM}"`);
  });

  it('applies the Host check to the metadata route too', async () => {
    const rebound = await rawRequest(direct.url, { method: 'GET', path: PRM, headers: { host: 'evil.example' } });
    expect(rebound.status).toBe(403);
    expect(rebound.json().error?.message).toMatch(/Invalid Host header: evil.example/);
  });

  it('takes the public host and scheme from a configured proxy, still without public caching', async () => {
    const metadata = await rawRequest(proxied.url, { method: 'GET', path: PRM, headers: { 'x-forwarded-host': 'gw.example.net', 'x-forwarded-proto': 'https' } });
    expect(metadata.json().resource).toBe('https://gw.example.net/mcp');
    expect(metadata.headers['cache-control']).toBe('no-store');
    // A proxy's scheme must still be http or https; anything else is ignored.
    const odd = await rawRequest(proxied.url, { method: 'GET', path: PRM, headers: { 'x-forwarded-host': 'gw.example.net', 'x-forwarded-proto': 'javascript' } });
    expect(odd.json().resource).toBe('http://gw.example.net/mcp');
  });

  it.each([
    ['direct', () => direct],
    ['through a configured proxy', () => proxied],
  ])('answers a malformed X-Forwarded-Host with the real refusal, never a 500 (%s)', async (_name, server) => {
    const url = server().url;
    const noToken = await rawRequest(url, { headers: { ...MCP_HEADERS, 'x-forwarded-host': 'a b' }, body: LIST });
    expect(noToken.status).toBe(401);
    expect(noToken.headers['www-authenticate']).toContain(`resource_metadata="${own(server())}${PRM}"`);
    const scopeless = await issuer.mint({ scope: 'profile' });
    const forbidden = await rawRequest(url, { headers: { ...MCP_HEADERS, 'x-forwarded-host': 'a b', 'x-forwarded-proto': '%%', authorization: `Bearer ${scopeless}` }, body: LIST });
    expect(forbidden.status).toBe(403);
    const metadata = await rawRequest(url, { method: 'GET', path: PRM, headers: { 'x-forwarded-host': 'a b' } });
    expect(metadata.status).toBe(200);
  });
});

/**
 * A JWKS endpoint that can fail the ways an identity provider does: a 5xx, or a body that is not the
 * JSON Web Key Set RFC 7517 §5 describes. jose's remote key set reports both as a generic JOSEError
 * (https://github.com/panva/jose/blob/main/docs/jwks/remote/functions/createRemoteJWKSet.md).
 */
async function startKeyEndpoint(issuer: TestIssuer) {
  let mode: 'ok' | '500' | 'broken' = 'ok';
  const server: Server = createServer((req, res) => {
    if (mode === '500') return void res.writeHead(500, { 'content-type': 'text/plain' }).end('upstream failure');
    if (mode === 'broken') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"keys": [');
    void fetch(issuer.jwksUri).then(async (r) => res.writeHead(r.status, { 'content-type': 'application/json' }).end(await r.text()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/keys`,
    set: (next: typeof mode) => (mode = next),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('an identity provider that is down', () => {
  let issuer: TestIssuer;
  let keys: Awaited<ReturnType<typeof startKeyEndpoint>>;
  const servers: TestServer[] = [];
  beforeAll(async () => {
    issuer = await startTestIssuer();
    keys = await startKeyEndpoint(issuer);
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    await keys?.close();
    await issuer?.close();
  });

  it.each([['500'], ['broken']] as const)('answers 503 with Retry-After when the JWKS endpoint answers %s, logs it with the request id, and recovers', async (mode) => {
    const logs = captureLogs();
    const server = await startTestServer({ AUTH_ISSUER: issuer.issuer, AUTH_AUDIENCE: issuer.audience, AUTH_JWKS_URI: keys.url, AUTH_REQUIRED_SCOPES: 'mcp.tools' }, { logger: logs.logger });
    servers.push(server);
    const token = await issuer.mint();
    keys.set(mode);
    const down = await rpc(server.url, JSON.parse(LIST), { authorization: `Bearer ${token}` });
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(down.headers.get('www-authenticate')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const requestId = down.headers.get('x-request-id');
    expect(logs.lines.some((l) => l.requestId === requestId && ['warn', 'error', 'fatal'].includes(String(l.level)))).toBe(true);
    keys.set('ok');
    const up = await rpc(server.url, JSON.parse(LIST), { authorization: `Bearer ${token}` });
    expect(up.status).toBe(200);
  });
});

describe('tokens the provider would not issue, and forced signature checks', () => {
  let issuer: TestIssuer;
  let server: TestServer;
  beforeAll(async () => {
    issuer = await startTestIssuer();
    server = await startTestServer({ AUTH_ISSUER: issuer.issuer, AUTH_AUDIENCE: issuer.audience, AUTH_REQUIRED_SCOPES: 'mcp.tools', AUTH_FAILURE_BURST: '3', AUTH_FAILURE_RATE_PER_MINUTE: '1' });
  });
  afterAll(async () => {
    await server?.close();
    await issuer?.close();
  });

  // Each case from its own loopback address, so the failure limit below does not interfere.
  it.each([
    ['no exp claim', () => issuer.mint({}, { omit: ['exp'] }), /expir|exp/, '127.0.0.11'],
    ['no subject at all (sub, oid, azp, client id)', () => issuer.mint({}, { omit: ['sub', 'client_id'] }), /subject/, '127.0.0.12'],
  ])('refuses a token with %s: 401 invalid_token', async (_name, makeToken, reason, localAddress) => {
    const r = await rawRequest(server.url, { headers: { ...MCP_HEADERS, authorization: `Bearer ${await makeToken()}` }, body: LIST, localAddress });
    expect(r.status).toBe(401);
    expect(r.headers['www-authenticate']).toMatch(/error="invalid_token"/);
    expect(r.headers['www-authenticate']).toMatch(reason);
  });

  it('limits failed authentication per client address before checking more signatures', async () => {
    const forged = 'eyJhbGciOiJSUzI1NiIsImtpZCI6InRlc3Qta2V5LTEifQ.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';
    const from = (localAddress: string, token = forged) => rawRequest(server.url, { headers: { ...MCP_HEADERS, authorization: `Bearer ${token}` }, body: LIST, localAddress });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await from('127.0.0.21')).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    const limited = await from('127.0.0.21');
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    expect(limited.json().error?.message).toMatch(/authentication/i);
    // Another client is unaffected, and a request without any token is not a failed check.
    expect((await from('127.0.0.22')).status).toBe(401);
    for (let i = 0; i < 5; i++) expect((await rawRequest(server.url, { headers: MCP_HEADERS, body: LIST, localAddress: '127.0.0.23' })).status).toBe(401);
    const good = await issuer.mint();
    expect((await from('127.0.0.22', good)).status).toBe(200);
  });
});
