import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { exportJWK, generateKeyPair, type JWK } from 'jose';

/**
 * A stand-in for Microsoft Entra ID's v2.0 endpoints: a real OpenID provider (oidc-provider) wrapped so
 * that it answers where Entra's answers differ from a plain OAuth server. Each difference cites where it
 * is documented or reported:
 * - The issuer is `{host}/{tenant}/v2.0` and its metadata is only the OpenID discovery document at
 *   `{issuer}/.well-known/openid-configuration`; there is no RFC 8414 document and no registration
 *   endpoint (Entra has no Dynamic Client Registration).
 *   https://learn.microsoft.com/entra/identity-platform/v2-protocols-oidc#find-your-apps-openid-configuration-document-uri
 *   https://learn.microsoft.com/azure/app-service/configure-authentication-mcp ("many providers do not [support DCR], including Microsoft Entra ID")
 * - The discovery document has no `code_challenge_methods_supported`, although PKCE S256 is supported.
 *   https://github.com/modelcontextprotocol/typescript-sdk/issues/832
 * - Scopes are requested by Application ID URI (`api://{app}/mcp.tools`); the access token carries the
 *   short names in `scp`, the API's client id in `aud`, the client in `azp`, and `oid`/`tid`.
 *   https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference
 * - An RFC 8707 `resource` that is not the requested scopes' resource is refused with AADSTS9010010
 *   (invalid_target). https://github.com/anthropics/claude-code/issues/73460,
 *   https://github.com/punkpeye/mcp-remote/issues/217
 * - Redirect URIs match exactly, except that the port of an http loopback URI is ignored.
 *   https://learn.microsoft.com/entra/identity-platform/reply-url
 */
export interface EntraStandIn {
  issuer: string;
  tenantId: string;
  appId: string;
  publicClientId: string;
  /** Authorization requests seen, as Entra received them. */
  authorizationRequests: URLSearchParams[];
  tokenRequests: URLSearchParams[];
  /** Plays the user's browser: follows the authorization URL, signs in, consents, returns the redirect back to the client. */
  signIn(authorizationUrl: string, redirectUriPrefix: string): Promise<URL>;
  close(): Promise<void>;
}

export async function startEntraStandIn(options: { shortScopes?: string[]; redirectUris?: string[] } = {}): Promise<EntraStandIn> {
  const tenantId = randomUUID();
  const appId = randomUUID();
  const publicClientId = randomUUID();
  const resourceUri = `api://${appId}`;
  const shortScopes = options.shortScopes ?? ['mcp.tools', 'lightning.admin'];
  const qualified = shortScopes.map((s) => `${resourceUri}/${s}`);
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk: JWK = { ...(await exportJWK(privateKey)), kid: 'entra-key-1', alg: 'RS256', use: 'sig' };

  const http: Server = createServer();
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', () => resolve()));
  const origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const prefix = `/${tenantId}/v2.0`;
  const issuer = `${origin}${prefix}`;
  const user = { accountId: randomUUID() };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: publicClientId,
        application_type: 'native',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: options.redirectUris ?? ['http://127.0.0.1/callback'],
      },
    ],
    jwks: { keys: [jwk] },
    scopes: ['openid', 'offline_access'],
    findAccount: (_ctx, id) => ({ accountId: id, claims: () => ({ sub: id }) }),
    interactions: { url: (_ctx, interaction) => `${prefix}/interaction/${interaction.uid}` },
    issueRefreshToken: () => true,
    features: {
      devInteractions: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => resourceUri,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({ scope: qualified.join(' '), audience: appId, accessTokenFormat: 'jwt', accessTokenTTL: 3600, jwt: { sign: { alg: 'RS256' } } }),
      },
    },
    formats: {
      customizers: {
        jwt: (_ctx, token, jwt) => {
          const granted = String(jwt.payload.scope ?? '').split(' ').filter((s) => s.startsWith(`${resourceUri}/`));
          jwt.payload.scp = granted.map((s) => s.slice(resourceUri.length + 1)).join(' ');
          delete jwt.payload.scope;
          jwt.payload.azp = (token as { clientId?: string }).clientId;
          jwt.payload.oid = user.accountId;
          jwt.payload.tid = tenantId;
          jwt.payload.ver = '2.0';
        },
      },
    },
  });
  const callback = provider.callback();
  const authorizationRequests: URLSearchParams[] = [];
  const tokenRequests: URLSearchParams[] = [];

  const invalidTarget = (res: ServerResponse) => {
    res.writeHead(400, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'invalid_target', error_description: "AADSTS9010010: The resource parameter provided in the request doesn't match with the requested scopes." }));
  };

  async function readForm(req: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  http.on('request', (req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const url = new URL(req.url ?? '/', origin);
      if (!url.pathname.startsWith(prefix)) {
        res.writeHead(404, { 'content-type': 'application/json' });
        return void res.end('{"error":"not_found"}');
      }
      const path = url.pathname.slice(prefix.length) || '/';
      if (path === '/.well-known/openid-configuration' && !url.searchParams.has('internal')) {
        const upstream = await fetch(`${origin}${prefix}/.well-known/openid-configuration?internal=1`);
        const document = (await upstream.json()) as Record<string, unknown>;
        delete document.code_challenge_methods_supported;
        delete document.registration_endpoint;
        res.writeHead(200, { 'content-type': 'application/json' });
        return void res.end(JSON.stringify(document));
      }
      if (path === '/auth' && req.method === 'GET') {
        authorizationRequests.push(url.searchParams);
        const resource = url.searchParams.get('resource');
        if (resource !== null && resource !== resourceUri) return invalidTarget(res);
      }
      if (path === '/token' && req.method === 'POST') {
        const form = await readForm(req);
        const params = new URLSearchParams(form);
        tokenRequests.push(params);
        const resource = params.get('resource');
        if (resource !== null && resource !== resourceUri) return invalidTarget(res);
        // Hand the consumed body on to the provider.
        const { Readable } = await import('node:stream');
        const replay = Object.assign(Readable.from([Buffer.from(form)]), { headers: req.headers, method: req.method, url: req.url, socket: req.socket, connection: req.socket, httpVersion: req.httpVersion });
        Object.assign(replay, { originalUrl: req.url, url: `${path}${url.search}` });
        return callback(replay as unknown as IncomingMessage, res);
      }
      if (path.startsWith('/interaction/')) return interact(req, res);
      Object.assign(req, { originalUrl: req.url, url: `${path}${url.search}` });
      return callback(req, res);
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'server_error', error_description: String(error) }));
    });
  });

  /** The sign-in page: the user signs in and consents to everything the client asked for. */
  async function interact(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name === 'login') {
      return provider.interactionFinished(req, res, { login: { accountId: user.accountId } }, { mergeWithLastSubmission: false });
    }
    const grant = new provider.Grant({ accountId: user.accountId, clientId: String(details.params.client_id) });
    const missing = details.prompt.details as { missingOIDCScope?: string[]; missingResourceScopes?: Record<string, string[]> };
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
    for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) grant.addResourceScope(indicator, scopes.join(' '));
    const grantId = await grant.save();
    return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }

  async function signIn(authorizationUrl: string, redirectUriPrefix: string): Promise<URL> {
    const jar = new Map<string, string>();
    let next = authorizationUrl;
    for (let hop = 0; hop < 20; hop++) {
      if (next.startsWith(redirectUriPrefix)) return new URL(next);
      const response = await fetch(next, { redirect: 'manual', headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(';');
        const [name, ...value] = pair!.split('=');
        jar.set(name!.trim(), value.join('='));
      }
      const location = response.headers.get('location');
      if (!location) throw new Error(`sign-in stopped at ${next}: ${response.status} ${await response.text()}`);
      next = new URL(location, next).href;
    }
    throw new Error('sign-in did not finish within 20 redirects');
  }

  return {
    issuer,
    tenantId,
    appId,
    publicClientId,
    authorizationRequests,
    tokenRequests,
    signIn,
    close: () => new Promise<void>((resolve) => http.close(() => resolve())),
  };
}
