import { z } from 'zod';
import { redirectUriAllowed } from './redirect-uris';
import { qualifyScopeList } from './scopes';

/**
 * An OAuth authorization-server façade in front of Entra ID, for MCP clients that follow the MCP
 * authorization spec. Entra deviates from what those clients need in three documented ways:
 * - it has no Dynamic Client Registration (RFC 7591), so clients that rely on it cannot sign in;
 * - its discovery document omits `code_challenge_methods_supported`, so clients following the
 *   2025-11-25 spec refuse it (github.com/modelcontextprotocol/typescript-sdk/issues/2831);
 * - its v2 endpoints reject an RFC 8707 `resource` that is not the scopes' Application ID URI
 *   (AADSTS9010010), and the MCP resource (the gateway URL) cannot be one: https Application ID URIs
 *   must be on a verified domain (learn.microsoft.com/entra/identity-platform/identifier-uri-restrictions).
 * The façade publishes RFC 8414 metadata that says S256, hands every registration the one
 * pre-registered public client, and passes authorization and token requests on to Entra without
 * `resource`, with scopes qualified. It never sees a user's credentials and holds no state: the code,
 * the PKCE verifier check and the tokens stay Entra's.
 */
export interface FacadeSettings {
  /** The façade's issuer: the origin clients reach the server at (from MCP_RESOURCE_URL). */
  issuer: string;
  publicClientId: string;
  redirectUris: readonly string[];
  scopePrefix: string;
  /** Scopes to publish (short names; qualified on the way out). */
  scopes: readonly string[];
  /** Scopes asked for when a request names none (Entra needs one to pick the resource). */
  defaultScopes: readonly string[];
}

export interface UpstreamEndpoints {
  authorizationEndpoint: string;
  tokenEndpoint: string;
}

export type OAuthRefusal = { status: 400 | 401; body: { error: string; error_description: string } };

const refuse = (error: string, description: string, status: 400 | 401 = 400): OAuthRefusal => ({ status, body: { error, error_description: description } });

export const AUTHORIZATION_SERVER_METADATA_PATH = '/.well-known/oauth-authorization-server';
export const AUTHORIZE_PATH = '/oauth/authorize';
export const TOKEN_PATH = '/oauth/token';
export const REGISTER_PATH = '/oauth/register';

/** RFC 8414 metadata of the façade. */
export function authorizationServerMetadata(settings: FacadeSettings): Record<string, unknown> {
  const scopes = qualifyScopeList(settings.scopes.join(' '), settings.scopePrefix).split(' ').filter(Boolean);
  return {
    issuer: settings.issuer,
    authorization_endpoint: `${settings.issuer}${AUTHORIZE_PATH}`,
    token_endpoint: `${settings.issuer}${TOKEN_PATH}`,
    registration_endpoint: `${settings.issuer}${REGISTER_PATH}`,
    response_types_supported: ['code'],
    response_modes_supported: ['query'],
    grant_types_supported: ['authorization_code', 'refresh_token'],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: ['none'],
    scopes_supported: [...scopes, 'offline_access'],
  };
}

/**
 * Decides what to do with an authorization request. Errors about the client or the redirect URI are
 * shown to the user and never redirected (RFC 6749 §4.1.2.1); the rest are Entra's to answer.
 */
export function authorizationRedirect(query: URLSearchParams, settings: FacadeSettings, upstream: UpstreamEndpoints): { location: string } | OAuthRefusal {
  const clientId = query.get('client_id');
  if (clientId !== settings.publicClientId) return refuse('invalid_client', 'Unknown client_id: register through the registration endpoint or use the published public client id');
  const redirectUri = query.get('redirect_uri');
  if (!redirectUri || !redirectUriAllowed(redirectUri, settings.redirectUris)) {
    return refuse('invalid_request', 'redirect_uri is not one of the registered redirect URIs of the public client');
  }
  if (query.get('response_type') !== 'code') return refuse('unsupported_response_type', 'Only response_type=code is supported');
  if (!query.get('code_challenge') || query.get('code_challenge_method') !== 'S256') {
    return refuse('invalid_request', 'PKCE is required: send code_challenge with code_challenge_method=S256');
  }
  const forwarded = new URLSearchParams();
  for (const [key, value] of query) {
    if (key === 'resource') continue;
    forwarded.append(key, key === 'scope' ? qualifyScopeList(value, settings.scopePrefix) : value);
  }
  if (!forwarded.get('scope')) forwarded.set('scope', qualifyScopeList(settings.defaultScopes.join(' '), settings.scopePrefix));
  const target = new URL(upstream.authorizationEndpoint);
  for (const [key, value] of forwarded) target.searchParams.append(key, value);
  return { location: target.href };
}

/** The body to send to Entra's token endpoint for a client's token request, or why it is refused. */
export function upstreamTokenRequest(form: URLSearchParams, settings: FacadeSettings): URLSearchParams | OAuthRefusal {
  const grant = form.get('grant_type');
  if (grant !== 'authorization_code' && grant !== 'refresh_token') return refuse('unsupported_grant_type', 'Only authorization_code and refresh_token are supported');
  if (form.get('client_id') !== settings.publicClientId) return refuse('invalid_client', 'Unknown client_id; the public client authenticates with client_id and no secret', 401);
  if (form.has('client_secret')) return refuse('invalid_client', 'The public client has no secret', 401);
  if (grant === 'authorization_code' && (!form.get('code') || !form.get('code_verifier') || !form.get('redirect_uri'))) {
    return refuse('invalid_request', 'code, code_verifier and redirect_uri are required');
  }
  if (grant === 'refresh_token' && !form.get('refresh_token')) return refuse('invalid_request', 'refresh_token is required');
  const out = new URLSearchParams();
  for (const [key, value] of form) {
    if (key === 'resource') continue;
    out.append(key, key === 'scope' ? qualifyScopeList(value, settings.scopePrefix) : value);
  }
  // Entra needs the scope on a refresh to know which resource the new token is for; it must be within
  // what the user granted, so only the server-wide scopes are assumed.
  if (grant === 'refresh_token' && !out.get('scope')) out.set('scope', `${qualifyScopeList(settings.defaultScopes.join(' '), settings.scopePrefix)} offline_access`.trim());
  return out;
}

const registrationRequest = z
  .object({
    redirect_uris: z.array(z.string().max(2048)).min(1).max(20),
    client_name: z.string().max(200).optional(),
    grant_types: z.array(z.string().max(100)).max(10).optional(),
    response_types: z.array(z.string().max(100)).max(10).optional(),
    token_endpoint_auth_method: z.string().max(100).optional(),
  })
  .loose();

/**
 * RFC 7591 registration answered with the pre-registered public client: every client that registers
 * gets the same client_id, and only the redirect URIs Entra knows for it. The server may replace
 * requested metadata (RFC 7591 §3.2.1); it refuses when none of the redirect URIs is registered.
 */
export function registration(body: unknown, settings: FacadeSettings, now = Date.now()): { status: 201; body: Record<string, unknown> } | OAuthRefusal {
  const parsed = registrationRequest.safeParse(body);
  if (!parsed.success) return refuse('invalid_client_metadata', 'redirect_uris (1 to 20 URIs) is required');
  const accepted = parsed.data.redirect_uris.filter((uri) => redirectUriAllowed(uri, settings.redirectUris));
  if (accepted.length === 0) {
    return refuse('invalid_redirect_uri', `None of the redirect URIs is registered for the public client; registered: ${settings.redirectUris.join(', ')} (loopback ports are free)`);
  }
  return {
    status: 201,
    body: {
      client_id: settings.publicClientId,
      client_id_issued_at: Math.floor(now / 1000),
      redirect_uris: accepted,
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'none',
      ...(parsed.data.client_name ? { client_name: parsed.data.client_name } : {}),
    },
  };
}
