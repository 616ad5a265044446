import { describe, expect, it } from 'vitest';
import { authorizationRedirect, qualifyScope, qualifyScopeList, redirectUriAllowed, registration, scopePrefixFor, upstreamTokenRequest, type FacadeSettings } from '../../src/oauth';

const settings: FacadeSettings = {
  issuer: 'https://gw.example.net',
  publicClientId: 'public-client',
  redirectUris: ['http://127.0.0.1/', 'http://localhost/callback', 'https://vscode.dev/redirect'],
  scopePrefix: 'api://app/',
  scopes: ['mcp.tools', 'lightning.admin'],
  defaultScopes: ['mcp.tools'],
};
const upstream = { authorizationEndpoint: 'https://login.example/t/oauth2/v2.0/authorize', tokenEndpoint: 'https://login.example/t/oauth2/v2.0/token' };

describe('scopes as Entra names them', () => {
  it('derives the prefix from the api:// audience unless one is given', () => {
    expect(scopePrefixFor(['guid', 'api://guid'])).toBe('api://guid/');
    expect(scopePrefixFor(['api://guid/'])).toBe('api://guid/');
    expect(scopePrefixFor(['guid'])).toBe('');
    expect(scopePrefixFor(['api://guid'], '')).toBe('');
  });
  it('qualifies API scopes and leaves protocol and already qualified ones', () => {
    expect(qualifyScope('mcp.tools', 'api://a/')).toBe('api://a/mcp.tools');
    expect(qualifyScope('offline_access', 'api://a/')).toBe('offline_access');
    expect(qualifyScope('api://a/mcp.tools', 'api://a/')).toBe('api://a/mcp.tools');
    expect(qualifyScope('https://graph.microsoft.com/.default', 'api://a/')).toBe('https://graph.microsoft.com/.default');
    expect(qualifyScopeList('mcp.tools  offline_access mcp.tools', 'api://a/')).toBe('api://a/mcp.tools offline_access');
  });
});

describe('redirect URIs matched as Entra matches them', () => {
  it.each([
    ['http://127.0.0.1:53121/', true],
    ['http://127.0.0.1/', true],
    ['http://localhost:9000/callback', true],
    ['http://localhost:9000/other', false],
    ['http://127.0.0.1:9000/callback', false],
    ['https://vscode.dev/redirect', true],
    ['https://vscode.dev/redirect/x', false],
    ['http://vscode.dev/redirect', false],
    ['http://evil.example/', false],
    ['javascript:alert(1)', false],
    ['https://vscode.dev/redirect#frag', false],
    ['not a url', false],
  ])('%s → %s', (uri, allowed) => expect(redirectUriAllowed(uri, settings.redirectUris)).toBe(allowed));
});

describe('authorization requests', () => {
  const query = (extra: Record<string, string> = {}) =>
    new URLSearchParams({ client_id: 'public-client', response_type: 'code', redirect_uri: 'http://127.0.0.1:5000/', code_challenge: 'abc', code_challenge_method: 'S256', state: 's', ...extra });

  it('passes the request on to Entra without resource, with qualified scopes', () => {
    const decision = authorizationRedirect(query({ resource: 'https://gw.example.net/mcp', scope: 'mcp.tools offline_access' }), settings, upstream);
    expect('location' in decision).toBe(true);
    const location = new URL((decision as { location: string }).location);
    expect(location.origin + location.pathname).toBe(upstream.authorizationEndpoint);
    expect(location.searchParams.has('resource')).toBe(false);
    expect(location.searchParams.get('scope')).toBe('api://app/mcp.tools offline_access');
    expect(location.searchParams.get('state')).toBe('s');
    expect(location.searchParams.get('code_challenge')).toBe('abc');
  });
  it('asks for the server-wide scopes when the client names none', () => {
    const location = new URL((authorizationRedirect(query(), settings, upstream) as { location: string }).location);
    expect(location.searchParams.get('scope')).toBe('api://app/mcp.tools');
  });
  it.each([
    ['another client', { client_id: 'x' }, 'invalid_client'],
    ['an unregistered redirect URI', { redirect_uri: 'https://evil.example/' }, 'invalid_request'],
    ['an implicit flow', { response_type: 'token' }, 'unsupported_response_type'],
    ['a plain PKCE method', { code_challenge_method: 'plain' }, 'invalid_request'],
  ])('refuses %s without redirecting', (_name, extra, error) => {
    expect(authorizationRedirect(query(extra), settings, upstream)).toMatchObject({ status: 400, body: { error } });
  });
});

describe('token requests', () => {
  it('drops resource and keeps the PKCE verifier', () => {
    const out = upstreamTokenRequest(new URLSearchParams({ grant_type: 'authorization_code', client_id: 'public-client', code: 'c', code_verifier: 'v', redirect_uri: 'http://127.0.0.1/', resource: 'https://gw/mcp' }), settings);
    expect(out).toBeInstanceOf(URLSearchParams);
    expect(Object.fromEntries(out as URLSearchParams)).toEqual({ grant_type: 'authorization_code', client_id: 'public-client', code: 'c', code_verifier: 'v', redirect_uri: 'http://127.0.0.1/' });
  });
  it('names the resource by scope on a refresh', () => {
    const out = upstreamTokenRequest(new URLSearchParams({ grant_type: 'refresh_token', client_id: 'public-client', refresh_token: 'r' }), settings) as URLSearchParams;
    expect(out.get('scope')).toBe('api://app/mcp.tools offline_access');
  });
  it.each([
    ['client credentials', { grant_type: 'client_credentials', client_id: 'public-client' }, 'unsupported_grant_type'],
    ['a missing verifier', { grant_type: 'authorization_code', client_id: 'public-client', code: 'c', redirect_uri: 'http://127.0.0.1/' }, 'invalid_request'],
    ['another client', { grant_type: 'refresh_token', client_id: 'x', refresh_token: 'r' }, 'invalid_client'],
  ])('refuses %s', (_name, form, error) => {
    expect(upstreamTokenRequest(new URLSearchParams(form), settings)).toMatchObject({ body: { error } });
  });
});

describe('registration', () => {
  it('hands out the public client with the registered redirect URIs only', () => {
    const answer = registration({ redirect_uris: ['http://127.0.0.1:33418/', 'https://insiders.vscode.dev/redirect'], client_name: 'Visual Studio Code', token_endpoint_auth_method: 'client_secret_post' }, settings, 1_700_000_000_000);
    expect(answer).toEqual({
      status: 201,
      body: { client_id: 'public-client', client_id_issued_at: 1_700_000_000, redirect_uris: ['http://127.0.0.1:33418/'], grant_types: ['authorization_code', 'refresh_token'], response_types: ['code'], token_endpoint_auth_method: 'none', client_name: 'Visual Studio Code' },
    });
  });
  it.each([
    ['no body', undefined, 'invalid_client_metadata'],
    ['no redirect URIs', { redirect_uris: [] }, 'invalid_client_metadata'],
    ['only foreign redirect URIs', { redirect_uris: ['https://evil.example/cb'] }, 'invalid_redirect_uri'],
  ])('refuses %s', (_name, body, error) => {
    expect(registration(body, settings)).toMatchObject({ status: 400, body: { error } });
  });
});
