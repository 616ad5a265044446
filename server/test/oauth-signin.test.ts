import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Client,
  StreamableHTTPClientTransport,
  UnauthorizedError,
  type OAuthClientMetadata,
  type OAuthClientProvider,
  type OAuthDiscoveryState,
  type StoredOAuthClientInformation,
  type StoredOAuthTokens,
} from '@modelcontextprotocol/client';
import { startEntraStandIn, type EntraStandIn } from './helpers/entra-standin';
import { rpc, startTestServer, type TestServer } from './helpers/server';

/**
 * Agents sign in the way MCP clients do: the MCP client SDK's own OAuth support (authorization code +
 * PKCE) against a stand-in that answers like Entra ID, discovered through the server's Protected
 * Resource Metadata.
 */

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** An MCP client's OAuth state, as a desktop client keeps it; `register` false = a client id configured by hand. */
class AgentOAuth implements OAuthClientProvider {
  info?: StoredOAuthClientInformation;
  saved?: StoredOAuthTokens;
  verifier = '';
  discovery?: OAuthDiscoveryState;
  authorizationUrl?: URL;
  saveClientInformation?: (info: StoredOAuthClientInformation) => void;

  constructor(
    readonly redirectUrl: string,
    options: { register: true } | { register: false; clientId: string },
  ) {
    if (options.register) this.saveClientInformation = (info) => void (this.info = info);
    else this.info = { client_id: options.clientId };
  }
  get clientMetadata(): OAuthClientMetadata {
    return { client_name: 'test agent', redirect_uris: [this.redirectUrl], grant_types: ['authorization_code', 'refresh_token'], response_types: ['code'], token_endpoint_auth_method: 'none' };
  }
  clientInformation() {
    return this.info;
  }
  tokens() {
    return this.saved;
  }
  saveTokens(tokens: StoredOAuthTokens) {
    this.saved = tokens;
  }
  redirectToAuthorization(url: URL) {
    this.authorizationUrl = url;
  }
  saveCodeVerifier(verifier: string) {
    this.verifier = verifier;
  }
  codeVerifier() {
    return this.verifier;
  }
  saveDiscoveryState(state: OAuthDiscoveryState) {
    this.discovery = state;
  }
  discoveryState() {
    return this.discovery;
  }
}

/** Connects, signs in through the browser stand-in when asked to, and returns a connected client. */
async function connectWithSignIn(serverUrl: string, oauth: AgentOAuth, entra: EntraStandIn): Promise<Client> {
  const first = new StreamableHTTPClientTransport(new URL(serverUrl), { authProvider: oauth });
  await expect(new Client({ name: 'agent', version: '1' }).connect(first)).rejects.toBeInstanceOf(UnauthorizedError);
  expect(oauth.authorizationUrl, 'the client was sent to sign in').toBeDefined();
  const callback = await entra.signIn(oauth.authorizationUrl!.href, oauth.redirectUrl.replace(/\/callback$/, ''));
  const code = callback.searchParams.get('code');
  expect(code, `sign-in returned ${callback.href}`).toBeTruthy();
  await first.finishAuth(code!);
  const client = new Client({ name: 'agent', version: '1' });
  await client.connect(new StreamableHTTPClientTransport(new URL(serverUrl), { authProvider: oauth }));
  return client;
}

describe('agents sign in to an Entra-protected server (authorization code + PKCE)', () => {
  let entra: EntraStandIn;
  let server: TestServer;
  let resource: string;
  const loopbackRedirect = () => `http://127.0.0.1:${40_000 + Math.floor(Math.random() * 20_000)}/callback`;

  beforeAll(async () => {
    entra = await startEntraStandIn({ redirectUris: ['http://127.0.0.1/callback'] });
    const port = await freePort();
    resource = `http://127.0.0.1:${port}/mcp`;
    server = await startTestServer({
      PORT: String(port),
      AUTH_ISSUER: entra.issuer,
      AUTH_AUDIENCE: `${entra.appId},api://${entra.appId}`,
      AUTH_REQUIRED_SCOPES: 'mcp.tools',
      MCP_RESOURCE_URL: resource,
      OAUTH_PUBLIC_CLIENT_ID: entra.publicClientId,
      OAUTH_REDIRECT_URIS: 'http://127.0.0.1/callback',
    });
  });
  afterAll(async () => {
    await server?.close();
    await entra?.close();
  });

  it('the stand-in answers like Entra: no PKCE methods or registration in its metadata, and a foreign resource is refused', async () => {
    const document = (await (await fetch(`${entra.issuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(document.issuer).toBe(entra.issuer);
    expect(document).not.toHaveProperty('code_challenge_methods_supported');
    expect(document).not.toHaveProperty('registration_endpoint');
    const refused = await fetch(`${document.authorization_endpoint as string}?client_id=${entra.publicClientId}&resource=${encodeURIComponent(resource)}&response_type=code`, { redirect: 'manual' });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: 'invalid_target' });
  });

  it('publishes the façade as the authorization server, with scopes named as Entra needs them', async () => {
    const prm = (await (await fetch(new URL('/.well-known/oauth-protected-resource/mcp', resource))).json()) as Record<string, unknown>;
    const origin = new URL(resource).origin;
    expect(prm).toMatchObject({ resource, authorization_servers: [origin] });
    expect(prm.scopes_supported).toEqual(expect.arrayContaining([`api://${entra.appId}/mcp.tools`, `api://${entra.appId}/lightning.admin`]));
    const metadata = (await (await fetch(`${origin}/.well-known/oauth-authorization-server`)).json()) as Record<string, unknown>;
    expect(metadata).toMatchObject({
      issuer: origin,
      authorization_endpoint: `${origin}/oauth/authorize`,
      token_endpoint: `${origin}/oauth/token`,
      registration_endpoint: `${origin}/oauth/register`,
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['none'],
    });
    const challenge = (await rpc(resource, { jsonrpc: '2.0', id: 1, method: 'tools/list' })).headers.get('www-authenticate');
    expect(challenge).toBe(`Bearer scope="api://${entra.appId}/mcp.tools", resource_metadata="${origin}/.well-known/oauth-protected-resource/mcp"`);
  });

  it('signs in an MCP SDK client that registers dynamically, then calls a tool with the Entra token', async () => {
    const before = { auth: entra.authorizationRequests.length, token: entra.tokenRequests.length };
    const oauth = new AgentOAuth(loopbackRedirect(), { register: true });
    const client = await connectWithSignIn(resource, oauth, entra);
    expect(oauth.info?.client_id, 'registration hands out the pre-registered public client').toBe(entra.publicClientId);
    const result = await client.callTool({ name: 'hello_mcp', arguments: {} });
    expect(JSON.stringify(result.content)).toContain('Hello');
    await client.close();

    const [authorize] = entra.authorizationRequests.slice(before.auth);
    expect(authorize?.has('resource'), 'Entra never sees the MCP resource').toBe(false);
    expect(authorize?.get('scope')?.split(' ')).toContain(`api://${entra.appId}/mcp.tools`);
    expect(authorize?.get('code_challenge_method')).toBe('S256');
    expect(authorize?.get('redirect_uri')).toBe(oauth.redirectUrl);
    const exchange = entra.tokenRequests.slice(before.token).find((r) => r.get('grant_type') === 'authorization_code');
    expect(exchange?.get('code_verifier')).toBe(oauth.verifier);
    expect(exchange?.has('resource')).toBe(false);
    const claims = JSON.parse(Buffer.from(oauth.saved!.access_token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({ aud: entra.appId, azp: entra.publicClientId, scp: expect.stringContaining('mcp.tools'), iss: entra.issuer });
    expect(oauth.saved?.refresh_token).toBeTruthy();
  });

  it('signs in a client configured with the public client id by hand (no registration)', async () => {
    const oauth = new AgentOAuth(loopbackRedirect(), { register: false, clientId: entra.publicClientId });
    const client = await connectWithSignIn(resource, oauth, entra);
    const listed = await client.listTools();
    expect(listed.tools.map((t) => t.name)).toContain('hello_mcp');
    await client.close();
  });

  it('refreshes through the façade without the resource parameter', async () => {
    const oauth = new AgentOAuth(loopbackRedirect(), { register: true });
    (await connectWithSignIn(resource, oauth, entra)).close();
    const origin = new URL(resource).origin;
    const refreshed = await fetch(`${origin}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'refresh_token', client_id: entra.publicClientId, refresh_token: oauth.saved!.refresh_token!, resource }),
    });
    expect(refreshed.status, await refreshed.clone().text()).toBe(200);
    expect(refreshed.headers.get('cache-control')).toBe('no-store');
    expect(((await refreshed.json()) as { access_token?: string }).access_token).toBeTruthy();
    expect(entra.tokenRequests.at(-1)?.has('resource')).toBe(false);
  });

  it('refuses what Entra would refuse with a clear OAuth error, before reaching Entra', async () => {
    const origin = new URL(resource).origin;
    const register = await fetch(`${origin}/oauth/register`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ redirect_uris: ['https://attacker.example/cb'] }) });
    expect(register.status).toBe(400);
    expect(await register.json()).toMatchObject({ error: 'invalid_redirect_uri' });

    const foreign = await fetch(`${origin}/oauth/authorize?client_id=${entra.publicClientId}&response_type=code&code_challenge=x&code_challenge_method=S256&redirect_uri=${encodeURIComponent('https://attacker.example/cb')}`, { redirect: 'manual' });
    expect(foreign.status, 'an unregistered redirect URI is never redirected to').toBe(400);
    expect(foreign.headers.get('location')).toBeNull();

    const noPkce = await fetch(`${origin}/oauth/authorize?client_id=${entra.publicClientId}&response_type=code&redirect_uri=${encodeURIComponent('http://127.0.0.1:5000/callback')}`, { redirect: 'manual' });
    expect(noPkce.status).toBe(400);
    expect(await noPkce.json()).toMatchObject({ error: 'invalid_request', error_description: expect.stringContaining('PKCE') });

    const secret = await fetch(`${origin}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', client_id: entra.publicClientId, client_secret: 's', code: 'c', code_verifier: 'v', redirect_uri: 'http://127.0.0.1/callback' }),
    });
    expect(secret.status).toBe(401);
    expect(await secret.json()).toMatchObject({ error: 'invalid_client' });
  });
});

describe('without the façade', () => {
  it('an MCP SDK client cannot sign in to Entra directly: it sends the MCP resource, which Entra refuses', async () => {
    const entra = await startEntraStandIn({ redirectUris: ['http://127.0.0.1/callback'] });
    const server = await startTestServer({ AUTH_ISSUER: entra.issuer, AUTH_AUDIENCE: entra.appId, AUTH_REQUIRED_SCOPES: 'mcp.tools', AUTH_SCOPE_PREFIX: `api://${entra.appId}/` });
    try {
      const oauth = new AgentOAuth(`http://127.0.0.1:${40_000 + Math.floor(Math.random() * 20_000)}/callback`, { register: false, clientId: entra.publicClientId });
      await expect(new Client({ name: 'agent', version: '1' }).connect(new StreamableHTTPClientTransport(new URL(server.url), { authProvider: oauth }))).rejects.toBeInstanceOf(UnauthorizedError);
      expect(oauth.authorizationUrl?.searchParams.get('resource')).toBe(server.url);
      await expect(entra.signIn(oauth.authorizationUrl!.href, 'http://127.0.0.1:1/')).rejects.toThrow(/invalid_target/);
    } finally {
      await server.close();
      await entra.close();
    }
  });
});
