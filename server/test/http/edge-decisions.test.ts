import { describe, expect, it } from 'vitest';
import { acceptedTypes, checkHost, checkOrigin, hostPolicy, hostnameOf, isJsonContentType } from '../../src/http/guards';
import { TokenBucketLimiter } from '../../src/http/rate-limit';
import { calledTool, isModernMessage, jsonRpcShape } from '../../src/http/classify';
import { bearerToken, challengeHeader, missingScopes, scopesOf } from '../../src/http/auth';

describe('host and origin checks (DNS-rebinding protection)', () => {
  const local = hostPolicy('127.0.0.1', [], []);
  it('accepts loopback names on a loopback bind and refuses others', () => {
    expect(checkHost(local, 'localhost:8080')).toBeUndefined();
    expect(checkHost(local, '127.0.0.1:8080')).toBeUndefined();
    expect(checkHost(local, '[::1]:8080')).toBeUndefined();
    expect(checkHost(local, 'evil.example.com')).toBe('Invalid Host header: evil.example.com');
    expect(checkHost(local, undefined)).toBe('Missing Host header');
  });
  it('accepts configured hosts, and any host on a non-loopback bind without a list', () => {
    expect(checkHost(hostPolicy('127.0.0.1', ['mcp.internal'], []), 'mcp.internal:443')).toBeUndefined();
    expect(checkHost(hostPolicy('0.0.0.0', [], []), 'apim.azure-api.net')).toBeUndefined();
    expect(checkHost(hostPolicy('0.0.0.0', ['a.example'], []), 'b.example')).toBe('Invalid Host header: b.example');
  });
  it('refuses foreign browser origins and allows loopback or listed ones', () => {
    expect(checkOrigin(local, undefined)).toBeUndefined();
    expect(checkOrigin(local, 'http://localhost:6274')).toBeUndefined();
    expect(checkOrigin(local, 'http://evil.example.com')).toBe('Origin not allowed: http://evil.example.com');
    expect(checkOrigin(hostPolicy('0.0.0.0', [], ['https://portal.example']), 'https://portal.example/')).toBeUndefined();
  });
  it('parses host headers', () => {
    expect(hostnameOf('[::1]:80')).toBe('[::1]');
    expect(hostnameOf('Example.COM:8080')).toBe('example.com');
  });
  it('recognises JSON content types and accept headers', () => {
    expect(isJsonContentType('application/json; charset=utf-8')).toBe(true);
    expect(isJsonContentType('text/plain')).toBe(false);
    expect(isJsonContentType(undefined)).toBe(false);
    expect(acceptedTypes('application/json, text/event-stream')).toEqual({ json: true, sse: true });
    expect(acceptedTypes('text/event-stream')).toEqual({ json: false, sse: true });
    expect(acceptedTypes('text/html')).toEqual({ json: false, sse: false });
  });
});

describe('token bucket rate limit', () => {
  it('allows the burst, refuses past it with a retry time, and refills with time', () => {
    let now = 0;
    const limiter = new TokenBucketLimiter(2, 3, 100, () => now);
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true]);
    const refused = limiter.take('a');
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 1, remaining: 0 });
    expect(limiter.take('b').allowed).toBe(true); // other clients are unaffected
    now = 1000; // two tokens later
    expect([limiter.take('a').allowed, limiter.take('a').allowed, limiter.take('a').allowed]).toEqual([true, true, false]);
  });
  it('keeps memory bounded by evicting the least recently used clients', () => {
    const limiter = new TokenBucketLimiter(1, 1, 3, () => 0);
    for (const key of ['a', 'b', 'c', 'd']) limiter.take(key);
    expect(limiter.size).toBe(3);
    expect(limiter.take('a').allowed).toBe(true); // 'a' was evicted, so it starts with a full bucket
  });
  it('is off when the rate is 0', () => {
    const limiter = new TokenBucketLimiter(0, 1);
    expect(Array.from({ length: 10 }, () => limiter.take('x').allowed).every(Boolean)).toBe(true);
  });
});

describe('JSON-RPC classification', () => {
  it('tells requests, notifications, responses and invalid bodies apart', () => {
    expect(jsonRpcShape({ jsonrpc: '2.0', id: 1, method: 'tools/list' })).toEqual({ kind: 'request', id: 1, method: 'tools/list' });
    expect(jsonRpcShape({ jsonrpc: '2.0', method: 'notifications/initialized' })).toEqual({ kind: 'notification', method: 'notifications/initialized' });
    expect(jsonRpcShape({ jsonrpc: '2.0', id: 's1', result: {} })).toEqual({ kind: 'response', id: 's1' });
    expect(jsonRpcShape([{ jsonrpc: '2.0', id: 1, method: 'ping' }])).toMatchObject({ kind: 'invalid', reason: expect.stringContaining('batches') });
    expect(jsonRpcShape({ jsonrpc: '1.0', id: 1, method: 'ping' })).toMatchObject({ kind: 'invalid', id: 1 });
    expect(jsonRpcShape({ jsonrpc: '2.0', id: {}, method: 'ping' })).toMatchObject({ kind: 'invalid', reason: 'id must be a string or a number' });
    expect(jsonRpcShape({ jsonrpc: '2.0', id: 1, method: 'x', params: [1] })).toMatchObject({ kind: 'invalid', reason: 'params must be an object' });
    expect(jsonRpcShape('hello')).toMatchObject({ kind: 'invalid' });
  });
  it('routes the 2026-07-28 envelope and server/discover to the modern era', () => {
    const legacy = jsonRpcShape({ jsonrpc: '2.0', id: 1, method: 'tools/list' });
    expect(isModernMessage(legacy, undefined)).toBe(false);
    expect(isModernMessage(legacy, '2025-11-25')).toBe(false);
    expect(isModernMessage(legacy, '2026-07-28')).toBe(true);
    expect(isModernMessage(jsonRpcShape({ jsonrpc: '2.0', id: 1, method: 'server/discover' }), undefined)).toBe(true);
    const envelope = jsonRpcShape({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: { _meta: { 'io.modelcontextprotocol/protocolVersion': '2026-07-28' } } });
    expect(isModernMessage(envelope, undefined)).toBe(true);
  });
  it('names the tool of a tools/call', () => {
    expect(calledTool(jsonRpcShape({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'hello_mcp' } }))).toBe('hello_mcp');
    expect(calledTool(jsonRpcShape({ jsonrpc: '2.0', id: 1, method: 'tools/list' }))).toBeUndefined();
  });
});

describe('bearer tokens and challenges', () => {
  it('extracts bearer tokens strictly', () => {
    expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerToken('bearer abc')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeUndefined();
    expect(bearerToken('Bearer a b')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });
  it('reads Entra delegated scopes, app roles and OAuth scope claims', () => {
    expect(scopesOf({ scp: 'mcp.tools lightning.admin' })).toEqual(['mcp.tools', 'lightning.admin']);
    expect(scopesOf({ roles: ['Lightning.Admin'], scope: 'a' })).toEqual(['a', 'Lightning.Admin']);
    expect(missingScopes(['a', 'b'], ['b'])).toEqual(['a']);
  });
  it('builds RFC 6750 challenges that point at the metadata document', () => {
    expect(challengeHeader({ status: 401 }, 'https://gw/.well-known/oauth-protected-resource/mcp', ['mcp.tools'])).toBe(
      'Bearer scope="mcp.tools", resource_metadata="https://gw/.well-known/oauth-protected-resource/mcp"',
    );
    expect(challengeHeader({ status: 401, error: 'invalid_token', description: 'The token has expired' }, 'https://gw/m', [])).toBe(
      'Bearer error="invalid_token", error_description="The token has expired", resource_metadata="https://gw/m"',
    );
    expect(challengeHeader({ status: 403, error: 'insufficient_scope', description: 'needs "x"', scopes: ['x', 'y'] }, 'https://gw/m', [])).toBe(
      'Bearer error="insufficient_scope", error_description="needs x", scope="x y", resource_metadata="https://gw/m"',
    );
  });
});
