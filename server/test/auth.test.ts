import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPair } from 'jose';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { startTestIssuer, type TestIssuer } from './helpers/oidc';
import { rpc, startTestServer, type TestServer } from './helpers/server';

const LIST = { jsonrpc: '2.0', id: 1, method: 'tools/list' };
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('bearer-token validation (MCP authorization spec) against a real OpenID provider', () => {
  let issuer: TestIssuer;
  let server: TestServer;
  const resource = 'https://gateway.example.net/mcp';

  beforeAll(async () => {
    issuer = await startTestIssuer();
    // This provider names scopes by their short names; Entra's qualified names are covered in oauth-signin.test.ts.
    server = await startTestServer({ AUTH_ISSUER: issuer.issuer, AUTH_AUDIENCE: issuer.audience, AUTH_REQUIRED_SCOPES: 'mcp.tools', MCP_RESOURCE_URL: resource, AUTH_SCOPE_PREFIX: '' });
  });
  afterAll(async () => {
    await server?.close();
    await issuer?.close();
  });

  const call = (token?: string) => rpc(server.url, LIST, token ? { authorization: `Bearer ${token}` } : {});
  const challenge = (r: Awaited<ReturnType<typeof call>>) => r.headers.get('www-authenticate') ?? '';

  it('refuses a request without a token: 401 pointing at the Protected Resource Metadata', async () => {
    const r = await call();
    expect(r.status).toBe(401);
    expect(challenge(r)).toBe('Bearer scope="mcp.tools", resource_metadata="https://gateway.example.net/.well-known/oauth-protected-resource/mcp"');
    expect(r.body.error?.message).toMatch(/bearer token/);
  });

  it('serves the Protected Resource Metadata document', async () => {
    for (const path of ['/.well-known/oauth-protected-resource/mcp', '/.well-known/oauth-protected-resource']) {
      const response = await fetch(new URL(path, server.url));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        resource,
        authorization_servers: [issuer.issuer],
        scopes_supported: expect.arrayContaining(['mcp.tools']),
        bearer_methods_supported: ['header'],
        resource_name: 'mcp-agents',
      });
    }
  });

  it('accepts a token issued by the provider and serves a real MCP client session', async () => {
    const token = await issuer.clientCredentialsToken('mcp.tools');
    expect(token.split('.')).toHaveLength(3);
    const client = new Client({ name: 'authed', version: '1' });
    await client.connect(new StreamableHTTPClientTransport(new URL(server.url), { requestInit: { headers: { authorization: `Bearer ${token}` } } }));
    const result = await client.callTool({ name: 'hello_mcp', arguments: {} });
    expect(JSON.stringify(result.content)).toContain('Hello');
    await client.close();
  });

  it.each([
    ['a bad signature', async () => issuer.mint({}, { key: (await generateKeyPair('RS256')).privateKey }), /signature is invalid/],
    ['a wrong audience', async () => issuer.mint({ aud: 'api://someone-else' }), /audience mismatch/],
    ['a wrong issuer', async () => issuer.mint({ iss: 'https://login.example.com/other' }), /expected issuer/],
    ['an expired token', async () => issuer.mint({}, { expiresIn: Math.floor(Date.now() / 1000) - 3600 }), /expired/],
    ['an unknown key id', async () => issuer.mint({}, { kid: 'not-a-key' }), /unknown key|could not be verified/],
    ['alg none', async () => `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ iss: issuer.issuer, aud: issuer.audience, sub: 'x', scope: 'mcp.tools', exp: Math.floor(Date.now() / 1000) + 600 })}.`, /algorithm|malformed|could not be verified/],
    ['garbage', async () => 'not.a.jwt', /malformed|could not be verified/],
  ])('refuses %s with 401 invalid_token', async (_name, makeToken, reason) => {
    const r = await call(await makeToken());
    expect(r.status).toBe(401);
    expect(challenge(r)).toMatch(/^Bearer error="invalid_token", error_description="[^"]+", scope="mcp.tools", resource_metadata="https:\/\/gateway.example.net\/.well-known\/oauth-protected-resource\/mcp"$/);
    expect(challenge(r)).toMatch(reason);
  });

  it('refuses a valid token that lacks the required scope with 403 insufficient_scope', async () => {
    const token = await issuer.mint({ scope: 'profile' });
    const r = await call(token);
    expect(r.status).toBe(403);
    expect(challenge(r)).toMatch(/^Bearer error="insufficient_scope", error_description="The token lacks the scope mcp.tools", scope="mcp.tools"/);
  });

  it('asks for lightning.admin before a mutating Lightning tool runs, and lets read-only ones through', async () => {
    const call = (token: string, name: string, args: Record<string, unknown>) =>
      rpc(server.url, { jsonrpc: '2.0', id: 9, method: 'tools/call', params: { name, arguments: args } }, { authorization: `Bearer ${token}` });
    const toolsOnly = await issuer.mint({ scope: 'mcp.tools' });
    const refused = await call(toolsOnly, 'lightning_assign_reward', { episode_id: 'ep-1', value: 1 });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('www-authenticate')).toMatch(/error="insufficient_scope".*scope="mcp.tools lightning.admin"/);
    expect(refused.body.error?.message).toBe('The tool lightning_assign_reward needs the scope lightning.admin');
    const readOnly = await call(toolsOnly, 'lightning_get_stats', {});
    expect(readOnly.status).toBe(200);
    const admin = await issuer.mint({ scope: 'mcp.tools lightning.admin' });
    const allowed = await call(admin, 'lightning_assign_reward', { episode_id: 'ep-1', value: 1 });
    expect(allowed.status).toBe(200);
    expect(JSON.stringify(allowed.body.result)).toMatch(/not found/); // authorized; the episode just does not exist
  });
});
