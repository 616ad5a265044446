import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { SignJWT, exportJWK, generateKeyPair, type JWK, type CryptoKey } from 'jose';

/**
 * A real OpenID provider (oidc-provider) on 127.0.0.1 issuing RS256 JWT access tokens for an API
 * resource, as Entra ID does for the MCP API. The test also holds the signing key, so it can mint
 * tokens the provider would not (expired, wrong audience, unsigned) and check that they are refused.
 */
export interface TestIssuer {
  issuer: string;
  jwksUri: string;
  audience: string;
  /** A token from the provider's token endpoint (client credentials) with the given scopes. */
  clientCredentialsToken(scope: string): Promise<string>;
  /** A token signed with the issuer's key and the given claims (defaults: valid for the audience). */
  mint(claims?: Record<string, unknown>, options?: { expiresIn?: string | number; alg?: string; key?: CryptoKey; kid?: string; omit?: ('exp' | 'sub' | 'client_id')[] }): Promise<string>;
  close(): Promise<void>;
}

export async function startTestIssuer(options: { audience?: string; scopes?: string[] } = {}): Promise<TestIssuer> {
  const audience = options.audience ?? 'api://mcp-agents';
  const scopes = options.scopes ?? ['mcp.tools', 'lightning.admin'];
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk: JWK = { ...(await exportJWK(privateKey)), kid: 'test-key-1', alg: 'RS256', use: 'sig' };

  const http: Server = createServer();
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', () => resolve()));
  const port = (http.address() as AddressInfo).port;
  const issuer = `http://127.0.0.1:${port}`;

  const provider = new Provider(issuer, {
    clients: [{ client_id: 'agent', client_secret: 'agent-secret', grant_types: ['client_credentials'], redirect_uris: [], response_types: [], scope: scopes.join(' ') }],
    jwks: { keys: [jwk] },
    scopes,
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => audience,
        getResourceServerInfo: () => ({ scope: scopes.join(' '), audience, accessTokenFormat: 'jwt', accessTokenTTL: 600, jwt: { sign: { alg: 'RS256' } } }),
      },
    },
  });
  http.on('request', provider.callback());

  const mint: TestIssuer['mint'] = async (claims = {}, opts = {}) => {
    const omit = new Set(opts.omit ?? []);
    const jwt = new SignJWT({ scope: scopes.join(' '), ...(omit.has('client_id') ? {} : { client_id: 'agent' }), ...claims })
      .setProtectedHeader({ alg: opts.alg ?? 'RS256', kid: opts.kid ?? 'test-key-1', typ: 'at+jwt' })
      .setIssuedAt()
      .setIssuer((claims.iss as string | undefined) ?? issuer)
      .setAudience((claims.aud as string | undefined) ?? audience);
    if (!omit.has('sub')) jwt.setSubject((claims.sub as string | undefined) ?? 'agent');
    if (!omit.has('exp')) jwt.setExpirationTime(opts.expiresIn ?? '10m');
    return jwt.sign(opts.key ?? privateKey);
  };

  return {
    issuer,
    jwksUri: `${issuer}/jwks`,
    audience,
    mint,
    async clientCredentialsToken(scope: string) {
      const response = await fetch(`${issuer}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from('agent:agent-secret').toString('base64')}` },
        body: new URLSearchParams({ grant_type: 'client_credentials', scope, resource: audience }),
      });
      const body = (await response.json()) as { access_token?: string; error?: string; error_description?: string };
      if (!body.access_token) throw new Error(`token endpoint refused: ${body.error} ${body.error_description}`);
      return body.access_token;
    },
    close: () => new Promise<void>((resolve) => http.close(() => resolve())),
  };
}
