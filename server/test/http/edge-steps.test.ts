import { EventEmitter } from 'node:events';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { hostPolicy } from '../../src/http/guards';
import { TokenBucketLimiter, rateRefusal } from '../../src/http/rate-limit';
import { AuthFailureLimit } from '../../src/http/steps/auth-failures';
import { BodyReader, DRAIN_BYTES, bodyRefusal } from '../../src/http/steps/body-limit';
import { ConnectionLimits } from '../../src/http/steps/connection-limits';
import { structureProblem } from '../../src/http/steps/json-structure';
import { CORS_ALLOW_HEADERS, CORS_EXPOSE_HEADERS, corsHeaders, preflightHeaders } from '../../src/http/steps/cors';
import { ProxyTrust, clientAddress, isValidHost, publicOrigin } from '../../src/http/steps/forwarded';
import { hostRefusal } from '../../src/http/steps/host-check';
import { ResourceNaming } from '../../src/http/steps/metadata';
import { mediaCheck, methodRefusal } from '../../src/http/steps/request-shape';

const request = (peer: string, headers: Record<string, string>) => ({ headers, socket: { remoteAddress: peer } }) as unknown as IncomingMessage;

describe('forwarded headers', () => {
  const trust = new ProxyTrust(['10.0.0.0/8', '192.168.1.5', 'fd00::/8']);
  it('trusts configured addresses and ranges only, IPv4-mapped peers included', () => {
    expect(trust.trusts('10.1.2.3')).toBe(true);
    expect(trust.trusts('::ffff:10.1.2.3')).toBe(true);
    expect(trust.trusts('192.168.1.5')).toBe(true);
    expect(trust.trusts('192.168.1.6')).toBe(false);
    expect(trust.trusts('fd00::1')).toBe(true);
    expect(trust.trusts('not an address')).toBe(false);
    expect(new ProxyTrust([]).trusts('127.0.0.1')).toBe(false);
  });
  it('accepts host names, addresses and ports, and nothing else', () => {
    for (const ok of ['gw.example.net', 'gw.example.net:443', '127.0.0.1:8080', '[::1]:80', 'localhost']) expect(isValidHost(ok)).toBe(true);
    for (const bad of ['a b', 'evil.example/x', 'x@y', '', 'a..b', 'host:99999999', 'javascript:alert(1)']) expect(isValidHost(bad)).toBe(false);
  });
  it('derives the public origin from Host, or from a configured proxy', () => {
    const forwarded = { host: '10.0.0.9:8080', 'x-forwarded-host': 'gw.example.net', 'x-forwarded-proto': 'https' };
    expect(publicOrigin(request('203.0.113.7', forwarded), trust)).toBe('http://10.0.0.9:8080');
    expect(publicOrigin(request('10.0.0.2', forwarded), trust)).toBe('https://gw.example.net');
    expect(publicOrigin(request('10.0.0.2', { ...forwarded, 'x-forwarded-host': 'a b, c' }), trust)).toBe('https://10.0.0.9:8080');
    expect(publicOrigin(request('10.0.0.2', { ...forwarded, 'x-forwarded-proto': 'javascript' }), trust)).toBe('http://gw.example.net');
    expect(publicOrigin(request('10.0.0.2', { host: 'a b' }), trust)).toBe('http://localhost');
  });
  it('finds the client behind configured proxies, and ignores claims from anyone else', () => {
    expect(clientAddress(request('203.0.113.7', { 'x-forwarded-for': '1.2.3.4' }), trust)).toBe('203.0.113.7');
    expect(clientAddress(request('10.0.0.2', { 'x-forwarded-for': '1.2.3.4, 198.51.100.9, 10.0.0.3' }), trust)).toBe('198.51.100.9');
    expect(clientAddress(request('10.0.0.2', { 'x-forwarded-for': 'garbage' }), trust)).toBe('10.0.0.2');
    expect(clientAddress(request('::ffff:10.0.0.2', {}), trust)).toBe('10.0.0.2');
  });
});

describe('host check on every route', () => {
  const local = hostPolicy('127.0.0.1', [], []);
  const pinned = hostPolicy('0.0.0.0', ['mcp.internal'], ['https://app.example']);
  it('refuses malformed and foreign hosts on every route', () => {
    expect(hostRefusal(local, 'metadata', 'evil.example', undefined)).toMatchObject({ status: 403 });
    expect(hostRefusal(local, 'other', 'evil.example', undefined)).toMatchObject({ status: 403 });
    expect(hostRefusal(hostPolicy('0.0.0.0', [], []), 'mcp', 'a b', undefined)).toMatchObject({ status: 400 });
    expect(hostRefusal(local, 'mcp', 'localhost:8080', undefined)).toBeUndefined();
  });
  it('lets probes and metrics through by IP (kubelet uses the pod IP), never by a foreign name', () => {
    expect(hostRefusal(pinned, 'healthz', '10.244.1.7:8080', undefined)).toBeUndefined();
    expect(hostRefusal(pinned, 'metrics', '[fd00::7]:8080', undefined)).toBeUndefined();
    expect(hostRefusal(pinned, 'mcp', '10.244.1.7:8080', undefined)).toMatchObject({ status: 403 });
    expect(hostRefusal(pinned, 'readyz', 'evil.example', undefined)).toMatchObject({ status: 403 });
  });
  it('checks browser origins on /mcp', () => {
    expect(hostRefusal(pinned, 'mcp', 'mcp.internal', 'https://app.example')).toBeUndefined();
    expect(hostRefusal(pinned, 'mcp', 'mcp.internal', 'https://evil.example')).toMatchObject({ status: 403, message: 'Forbidden: Origin not allowed: https://evil.example' });
  });
});

describe('CORS', () => {
  it('allows the MCP request headers and exposes what a client reads back', () => {
    const allowed = CORS_ALLOW_HEADERS.split(', ');
    for (const name of ['authorization', 'content-type', 'mcp-protocol-version', 'mcp-session-id', 'mcp-method', 'mcp-name', 'last-event-id']) expect(allowed).toContain(name);
    expect(CORS_EXPOSE_HEADERS.split(', ')).toEqual(expect.arrayContaining(['www-authenticate', 'mcp-session-id']));
    expect(preflightHeaders('https://app.example')).toMatchObject({ 'access-control-allow-origin': 'https://app.example', vary: 'Origin', 'access-control-allow-methods': expect.stringContaining('POST') });
    expect(corsHeaders(undefined)).toEqual({});
  });
});

describe('resource naming', () => {
  it('is publicly cacheable only when configured', () => {
    const trust = new ProxyTrust([]);
    expect(new ResourceNaming('https://gw.example.net/mcp', trust).cacheControl).toBe('public, max-age=3600');
    const derived = new ResourceNaming(undefined, trust);
    expect(derived.cacheControl).toBe('no-store');
    expect(derived.metadataUrl(request('127.0.0.1', { host: '127.0.0.1:9' }))).toBe('http://127.0.0.1:9/.well-known/oauth-protected-resource/mcp');
  });
});

describe('failed-authentication limit', () => {
  it('refuses an address once its failures are used up, without using a token to look', () => {
    let now = 0;
    const limit = new AuthFailureLimit(new TokenBucketLimiter(0.5, 2, 100, () => now));
    expect(limit.refusal('a')).toBeUndefined();
    expect(limit.refusal('a')).toBeUndefined(); // looking is free
    limit.failed('a');
    limit.failed('a');
    expect(limit.refusal('a')).toMatchObject({ status: 429, headers: { 'retry-after': '2' } });
    expect(limit.refusal('b')).toBeUndefined();
    now = 2000;
    expect(limit.refusal('a')).toBeUndefined();
  });
});

describe('message structure bounds (on the raw text, before parsing)', () => {
  const limits = { maxDepth: 4, maxEntries: 6 };
  const check = (value: unknown) => structureProblem(JSON.stringify(value), limits);
  it('lets ordinary messages through and names the first excess', () => {
    expect(check({ jsonrpc: '2.0', id: 1, params: { a: [1, 2] } })).toBeUndefined();
    expect(check({ a: { b: { c: { d: 1 } } } })).toBeUndefined();
    expect(check({ a: { b: { c: { d: {} } } } })).toBe('the message nests deeper than 4 levels');
    expect(check({ a: [1, 2, 3, 4, 5, 6] })).toBe('the message has more than 6 members and items');
  });
  it('does not count brackets, commas or escaped quotes inside strings', () => {
    expect(check({ a: '[[[[[[,,,,,,,,]]]]]]{{{{{', b: 'say \\"[[[[[[" and \\\\', c: '\\' })).toBeUndefined();
    expect(structureProblem('{"a":"\\\\"}', limits)).toBeUndefined();
    expect(structureProblem('{"a":"unterminated', limits)).toBeUndefined(); // JSON.parse reports it
  });
  it('scans 100,000 levels without recursion and stops at the first excess', () => {
    expect(structureProblem('['.repeat(100_000) + ']'.repeat(100_000), { maxDepth: 32, maxEntries: 10_000 })).toBe('the message nests deeper than 32 levels');
  });
});

describe('connection limits', () => {
  class FakeSocket extends EventEmitter {
    destroyed = false;
    constructor(readonly remoteAddress: string) {
      super();
    }
    destroy() {
      this.destroyed = true;
      this.emit('close');
    }
  }
  const admit = (limits: ConnectionLimits, address: string) => {
    const socket = new FakeSocket(address);
    return { socket, admitted: limits.admit(socket as unknown as Socket) };
  };
  it('closes a client past its share, frees the share when its sockets close, and exempts proxies', () => {
    const limits = new ConnectionLimits({ max: 100, perClient: 2 }, new ProxyTrust(['10.0.0.1']));
    const first = admit(limits, '192.0.2.1');
    admit(limits, '192.0.2.1');
    const third = admit(limits, '192.0.2.1');
    expect(third).toMatchObject({ admitted: false });
    expect(third.socket.destroyed).toBe(true);
    expect(admit(limits, '192.0.2.2').admitted).toBe(true);
    first.socket.emit('close');
    expect(admit(limits, '192.0.2.1').admitted).toBe(true);
    expect([1, 2, 3, 4].map(() => admit(limits, '10.0.0.1').admitted)).toEqual([true, true, true, true]);
    expect(limits.refused).toBe(1);
  });
});

describe('body reads', () => {
  const body = (chunks: string[], headers: Record<string, string> = {}) => {
    const req = Object.assign(Readable.from(chunks.map((c) => Buffer.from(c))), { headers, socket: { destroy: () => undefined } });
    return req as unknown as IncomingMessage;
  };
  it('reads a body within the limit, refuses one over it, and ends reads in progress on stop', async () => {
    const reader = new BodyReader({ maxBytes: 10, timeoutMs: 1000 });
    expect(await reader.read(body(['{"a":', '1}']))).toEqual({ ok: true, text: '{"a":1}' });
    expect(await reader.read(body(['0123456789', 'x']))).toEqual({ ok: false, reason: 'too_large', close: false });
    expect(await reader.read(body([], { 'content-length': String(10 + DRAIN_BYTES + 1) }))).toEqual({ ok: false, reason: 'too_large', close: true });
    const stalled = new PassThrough();
    const pending = reader.read(Object.assign(stalled, { headers: {}, socket: { destroy: () => undefined } }) as unknown as IncomingMessage);
    reader.stop();
    expect(await pending).toEqual({ ok: false, reason: 'shutdown' });
    expect(await reader.read(body(['{}']))).toEqual({ ok: false, reason: 'shutdown' });
  });
  it('refuses a body once the bodies still arriving hold the buffer budget, and frees it when they end', async () => {
    const reader = new BodyReader({ maxBytes: 10, timeoutMs: 1000, bufferBytes: 12 });
    const slow = Object.assign(new PassThrough(), { headers: {}, socket: { destroy: () => undefined } });
    const first = reader.read(slow as unknown as IncomingMessage);
    slow.write('01234567');
    await new Promise((resolve) => setImmediate(resolve));
    expect(reader.bufferedBytes).toBe(8);
    expect(await reader.read(body(['abcdef']))).toEqual({ ok: false, reason: 'busy' });
    slow.end('8');
    expect(await first).toEqual({ ok: true, text: '012345678' });
    expect(reader.bufferedBytes).toBe(0);
    expect(await reader.read(body(['abcdef']))).toEqual({ ok: true, text: 'abcdef' });
    expect(bodyRefusal({ ok: false, reason: 'busy' }, reader.limits)).toMatchObject({ status: 503, headers: { 'retry-after': '1' } });
  });
  it('gives up on a body that does not arrive in time', async () => {
    const reader = new BodyReader({ maxBytes: 10, timeoutMs: 20 });
    const stalled = Object.assign(new PassThrough(), { headers: {}, socket: { destroy: () => undefined } });
    expect(await reader.read(stalled as unknown as IncomingMessage)).toEqual({ ok: false, reason: 'timeout' });
  });
});

describe('request shape and refusals', () => {
  it('takes JSON-RPC by POST only, as JSON, from a client that can read the answer', () => {
    expect(methodRefusal('POST')).toBeUndefined();
    expect(methodRefusal('GET')).toMatchObject({ status: 405, headers: { allow: 'POST, OPTIONS' } });
    expect(methodRefusal('PUT')).toMatchObject({ status: 405, message: 'Method PUT not allowed' });
    expect(mediaCheck('application/json', 'application/json, text/event-stream')).toEqual({ json: true, sse: true });
    expect(mediaCheck('text/plain', undefined)).toMatchObject({ status: 415 });
    expect(mediaCheck('application/json', 'text/html')).toMatchObject({ status: 406 });
  });
  it('answers each failed body read', () => {
    const limits = { maxBytes: 100, timeoutMs: 50 };
    expect(bodyRefusal({ ok: false, reason: 'too_large', close: false }, limits)).toEqual({ status: 413, message: 'Payload Too Large: the request body must not exceed 100 bytes' });
    expect(bodyRefusal({ ok: false, reason: 'too_large', close: true }, limits)).toMatchObject({ headers: { connection: 'close' } });
    expect(bodyRefusal({ ok: false, reason: 'timeout' }, limits)).toMatchObject({ status: 408, message: 'Request Timeout: the body did not arrive within 50 ms' });
    expect(bodyRefusal({ ok: false, reason: 'shutdown' }, limits)).toMatchObject({ status: 503, headers: { 'retry-after': '1' } });
    expect(bodyRefusal({ ok: false, reason: 'aborted' }, limits)).toBeUndefined();
  });
  it('turns an empty bucket into a 429 with Retry-After', () => {
    const limiter = new TokenBucketLimiter(1, 1, 10, () => 0);
    expect(rateRefusal(limiter, 'a')).toBeUndefined();
    expect(rateRefusal(limiter, 'a')).toMatchObject({ status: 429, headers: { 'retry-after': '1' } });
  });
});
