import { connect } from 'node:net';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';

/**
 * Shared pieces of the fuzz suites: bounded, seeded runs (FUZZ_SEED / FUZZ_RUNS widen a local run),
 * the arbitraries for MCP traffic of both protocol eras, and the property every answer must hold:
 * an answer always arrives, never a 5xx, never a stack trace or a server file path.
 */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const RUN_FACTOR = Number(process.env.FUZZ_RUNS_FACTOR ?? 1);
export const runs = (n: number) => ({ seed: FUZZ_SEED, numRuns: Math.max(1, Math.round(n * RUN_FACTOR)), endOnFailure: true });

/** How long an answer may take before the property counts it as "no response". */
export const ANSWER_WITHIN_MS = 10_000;

const REPO_ROOT = resolve(import.meta.dirname, '../../..');
const STACK_LINE = /\n\s+at \S|\bat [\w$.<>]+ \([^)\s]+:\d+:\d+\)/;
// (file:// URIs are not among them: clients send resource URIs of that scheme, and errors echo them.)
const FILE_MARKERS = /node_modules|node:internal|\.ts:\d+|\.m?js:\d+/;

/** The property on one answer: no server error, no stack trace, no path of the server's files. */
export function expectSafeAnswer(status: number, text: string, serverPaths: string[] = [], context = ''): void {
  const where = `${context} -> ${status} ${text.slice(0, 300)}`;
  expect(status, where).toBeGreaterThanOrEqual(100);
  expect(status, where).toBeLessThan(500);
  expect(STACK_LINE.test(text), `stack trace in ${where}`).toBe(false);
  expect(FILE_MARKERS.test(text), `file reference in ${where}`).toBe(false);
  for (const path of [REPO_ROOT, ...serverPaths]) expect(text.includes(path), `server path in ${where}`).toBe(false);
}

export interface Answer {
  status: number;
  contentType: string;
  text: string;
}

/** One POST through fetch; "no response" within the limit fails the property. */
export async function post(url: string, body: string, headers: Record<string, string>): Promise<Answer> {
  const response = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(ANSWER_WITHIN_MS) });
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text: await response.text() };
}

/** JSON answers parse; SSE answers carry JSON in every data line. */
export function expectWellFormed(answer: Answer, context: string): void {
  if (answer.text === '') return;
  const where = `${context} -> ${answer.status} ${answer.text.slice(0, 300)}`;
  if (answer.contentType.includes('application/json')) expect(() => JSON.parse(answer.text), where).not.toThrow();
  if (answer.contentType.includes('text/event-stream')) {
    for (const line of answer.text.split('\n').filter((l) => l.startsWith('data: '))) expect(() => JSON.parse(line.slice(6)), where).not.toThrow();
  }
}

/**
 * A request written byte for byte on a socket, for what fetch will not send (header bytes it
 * refuses, duplicate or malformed framing). Resolves with the status line's code and everything
 * received, or 0 when the server closed without a status line.
 */
export function rawRequest(port: number, head: string, body: Buffer | string = ''): Promise<{ status: number; raw: string }> {
  return new Promise((resolvePromise, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no response within ${ANSWER_WITHIN_MS} ms`));
    }, ANSWER_WITHIN_MS);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => undefined); // a reset after the answer is fine; no answer is judged below
    socket.on('close', () => {
      clearTimeout(timer);
      const raw = Buffer.concat(chunks).toString('latin1');
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(raw);
      resolvePromise({ status: match ? Number(match[1]) : 0, raw });
    });
    // Not half-closed: a client that ends its side first has abandoned the request as far as HTTP goes.
    socket.write(head);
    socket.write(body);
  });
}

/** The JSON-RPC error codes in an answer (the body, or every SSE event). */
export function errorCodes(answer: Answer): number[] {
  const texts = answer.contentType.includes('text/event-stream') ? answer.text.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)) : [answer.text];
  return texts.flatMap((text) => {
    try {
      const code = (JSON.parse(text) as { error?: { code?: unknown } }).error?.code;
      return typeof code === 'number' ? [code] : [];
    } catch {
      return [];
    }
  });
}

export async function expectHealthy(baseUrl: string): Promise<void> {
  const response = await fetch(new URL('/healthz', baseUrl), { signal: AbortSignal.timeout(ANSWER_WITHIN_MS) });
  expect(response.status).toBe(200);
}

// ----- arbitraries -------------------------------------------------------------------------------

/** A header value fetch accepts: printable ASCII (fetch refuses control characters). */
export const headerValue = fc.string({ unit: 'grapheme-ascii', maxLength: 80 });

const base64url = (value: string | Uint8Array) => Buffer.from(value).toString('base64url');

/** Strings with the characters that break naive code: quotes, separators, unicode, control bytes. */
export const nastyString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', ' ', '..', '../../etc/passwd', '%00', '\u0000', '\uffff', '"', "'", '\\', '{}', '[]', 'null', 'undefined', '__proto__', 'constructor', 'toString', 'a'.repeat(300), '😀', '\u202e'),
);

/** Any JSON value, sometimes deeper or wider than the edge's structure limits. */
export const anyJson = fc.oneof({ weight: 4, arbitrary: fc.jsonValue({ maxDepth: 4 }) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 40, depthSize: 'large' }) });

export const requestId = fc.oneof(
  { weight: 6, arbitrary: fc.oneof(fc.integer(), fc.string({ maxLength: 20 })) },
  { weight: 1, arbitrary: fc.oneof(fc.constant(null), fc.double(), fc.boolean(), fc.jsonValue({ maxDepth: 2 })) },
);

export const LEGACY_REVISIONS = ['2025-11-25', '2025-06-18', '2025-03-26'] as const;
export const MODERN_REVISION = '2026-07-28';

export const METHODS = [
  'initialize',
  'ping',
  'tools/list',
  'tools/call',
  'resources/list',
  'resources/read',
  'resources/templates/list',
  'resources/subscribe',
  'prompts/list',
  'prompts/get',
  'completion/complete',
  'logging/setLevel',
  'server/discover',
  'tasks/get',
  'tasks/list',
  'tasks/cancel',
  'tasks/result',
  'notifications/initialized',
  'notifications/cancelled',
  'notifications/progress',
  'notifications/roots/list_changed',
] as const;

export const method = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...METHODS) }, { weight: 1, arbitrary: nastyString });

/** Arguments for a tool: its own fields with odd values, or anything. */
export const toolArguments = fc.oneof(
  fc.record(
    {
      snippetname: nastyString,
      snippet: nastyString,
      name: nastyString,
      prefix: nastyString,
      limit: fc.oneof(fc.integer(), fc.double(), nastyString),
      question: nastyString,
      context: nastyString,
      task: nastyString,
      episode_id: nastyString,
      score: fc.oneof(fc.double(), fc.integer(), nastyString),
      value: fc.oneof(fc.double(), nastyString),
    },
    { requiredKeys: [] },
  ),
  fc.dictionary(nastyString, anyJson, { maxKeys: 5 }),
  anyJson,
);

/** Params for a method: the fields the method reads with odd values, or anything at all. */
export const params = (tools: readonly string[]) =>
  fc.oneof(
    fc.record(
      {
        name: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...tools) }, { weight: 1, arbitrary: nastyString }),
        arguments: toolArguments,
        uri: fc.oneof(nastyString, fc.constantFrom('ontology://aks', 'test://static-text', 'file:///etc/passwd')),
        protocolVersion: fc.oneof(fc.constantFrom(...LEGACY_REVISIONS, MODERN_REVISION), nastyString),
        capabilities: anyJson,
        clientInfo: anyJson,
        requestId,
        level: fc.oneof(fc.constantFrom('debug', 'info', 'error'), nastyString),
        taskId: nastyString,
        cursor: nastyString,
        ref: anyJson,
        argument: anyJson,
        progressToken: requestId,
        progress: fc.double(),
      },
      { requiredKeys: [] },
    ),
    anyJson,
  );

/** The 2026-07-28 per-request envelope, whole or damaged. */
export const envelope = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ 'io.modelcontextprotocol/protocolVersion': MODERN_REVISION, 'io.modelcontextprotocol/clientInfo': { name: 'fuzz', version: '1' }, 'io.modelcontextprotocol/clientCapabilities': {} }) },
  {
    weight: 2,
    arbitrary: fc.record(
      {
        'io.modelcontextprotocol/protocolVersion': fc.oneof(fc.constant(MODERN_REVISION), nastyString, anyJson),
        'io.modelcontextprotocol/clientInfo': fc.oneof(fc.constant({ name: 'fuzz', version: '1' }), anyJson),
        'io.modelcontextprotocol/clientCapabilities': fc.oneof(fc.constant({}), anyJson),
        'io.modelcontextprotocol/logLevel': fc.oneof(fc.constantFrom('debug', 'info'), nastyString),
        progressToken: requestId,
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: anyJson },
);

/** A JSON-RPC message that is mostly well-formed, so the fuzz reaches past the first checks. */
export const message = (tools: readonly string[], era: 'legacy' | 'modern') =>
  fc
    .record(
      {
        jsonrpc: fc.oneof({ weight: 9, arbitrary: fc.constant('2.0') }, { weight: 1, arbitrary: anyJson }),
        id: requestId,
        method,
        params: params(tools),
        meta: era === 'modern' ? envelope : fc.constant(undefined),
      },
      { requiredKeys: ['jsonrpc', 'method'] },
    )
    .map(({ meta, ...rpc }) => {
      if (meta === undefined) return rpc;
      const p = rpc.params && typeof rpc.params === 'object' && !Array.isArray(rpc.params) ? rpc.params : {};
      return { ...rpc, params: { ...p, _meta: meta } };
    });

type Message = { method?: unknown; params?: unknown };

/** A body, and the message in it when there is one: mostly a JSON-RPC message, sometimes a batch, any JSON, any text, a cut-off message. */
export const payload = (tools: readonly string[], era: 'legacy' | 'modern'): fc.Arbitrary<{ text: string; message?: Message }> =>
  fc.oneof(
    { weight: 8, arbitrary: message(tools, era).map((m) => ({ text: JSON.stringify(m), message: m })) },
    { weight: 1, arbitrary: fc.array(message(tools, era), { maxLength: 3 }).map((m) => ({ text: JSON.stringify(m) })) },
    { weight: 1, arbitrary: anyJson.map((v) => ({ text: JSON.stringify(v) })) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }).map((text) => ({ text })) },
    { weight: 1, arbitrary: message(tools, era).map((m) => ({ text: JSON.stringify(m).slice(0, -3), message: m })) },
  );

const ODD_HEADER_VALUES: Record<string, readonly string[]> = {
  'content-type': ['text/plain', 'application/json-seq', 'multipart/form-data', 'application/json; charset=latin1', ''],
  accept: ['text/html', 'application/json', 'text/event-stream', '*/*', ''],
  'mcp-protocol-version': [...LEGACY_REVISIONS, MODERN_REVISION, '2024-11-05', '2099-01-01', ''],
  'mcp-method': [...METHODS],
  'mcp-name': ['hello_mcp', 'get_snippet', `=?base64?${base64url('hello_mcp')}?=`, '=?base64?!!!?='],
  'mcp-session-id': ['victim', ''],
  'last-event-id': ['0', '-1'],
  origin: ['http://127.0.0.1', 'http://localhost:3000', 'https://evil.example', 'null'],
  'x-forwarded-for': ['10.0.0.1', '127.0.0.1, 10.0.0.1', 'not-an-address'],
  'x-forwarded-host': ['evil.example', 'gateway.example.net'],
  'x-forwarded-proto': ['https', 'gopher'],
  'x-request-id': ['abc', 'a'.repeat(200)],
};

/** Now and then, one to three headers with odd values over the standard ones. */
const headerOverrides = fc.oneof(
  { weight: 3, arbitrary: fc.constant([] as [string, string][]) },
  {
    weight: 1,
    arbitrary: fc.array(
      fc.constantFrom(...Object.keys(ODD_HEADER_VALUES)).chain((name) => fc.tuple(fc.constant(name), fc.oneof(fc.constantFrom(...ODD_HEADER_VALUES[name]!), headerValue))),
      { minLength: 1, maxLength: 3 },
    ),
  },
);

/** The headers a well-behaved client of the era sends for this message (2026-07-28: the standard Mcp-* headers). */
function standardHeaders(era: 'legacy' | 'modern', message: Message | undefined): Record<string, string> {
  const base = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
  if (era === 'legacy') return { ...base, 'mcp-protocol-version': '2025-11-25' };
  const params = message?.params && typeof message.params === 'object' ? (message.params as Record<string, unknown>) : {};
  const name = message?.method === 'resources/read' ? params.uri : params.name;
  return {
    ...base,
    'mcp-protocol-version': MODERN_REVISION,
    ...(typeof message?.method === 'string' && headerSafe(message.method) === message.method ? { 'mcp-method': message.method } : {}),
    ...(typeof name === 'string' && headerSafe(name) === name ? { 'mcp-name': name } : {}),
  };
}

function headerSafe(value: string): string {
  return value.replace(/[^\x20-\x7e]/g, '').trim();
}

/** One exchange of the era: its body, and the era's headers with now and then a few odd ones. */
export const exchangeOf = (tools: readonly string[], era: 'legacy' | 'modern') =>
  fc.tuple(payload(tools, era), headerOverrides).map(([{ text, message }, overrides]) => {
    const headers = standardHeaders(era, message);
    for (const [name, value] of overrides) headers[name] = headerSafe(value);
    return { era, text, headers };
  });

/** One exchange of either era. */
export const exchange = (tools: readonly string[]) => fc.oneof(exchangeOf(tools, 'legacy'), exchangeOf(tools, 'modern'));

/** Token shapes: not a JWT, a JWT-looking string with any header and claims, or one with a bad signature. */
export const forgedToken = fc.oneof(
  headerValue,
  fc.tuple(anyJson, anyJson, fc.uint8Array({ maxLength: 64 })).map(([header, claims, signature]) => `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}.${base64url(signature)}`),
  fc
    .tuple(
      fc.record({ alg: fc.constantFrom('RS256', 'none', 'HS256', 'ES256', 'PS256', ''), kid: fc.oneof(fc.constant('test-key-1'), headerValue), typ: fc.constantFrom('JWT', 'at+jwt') }, { requiredKeys: [] }),
      fc.dictionary(fc.constantFrom('iss', 'aud', 'sub', 'exp', 'nbf', 'iat', 'scope', 'scp', 'roles', 'oid', 'azp', 'client_id'), anyJson),
      fc.constantFrom('', 'AAAA', 'not-a-signature'),
    )
    .map(([header, claims, signature]) => `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}.${signature}`),
  fc.array(fc.base64String({ maxLength: 40 }), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('.')),
);

/** Claims for a token signed with the issuer's real key: mostly acceptable ones (so the request reaches the engine), often odd. */
export const signedClaims = fc.oneof(
  { weight: 1, arbitrary: fc.record({ sub: fc.string({ minLength: 1, maxLength: 30 }), scope: fc.constantFrom('mcp.tools', 'mcp.tools lightning.admin') }) },
  { weight: 1, arbitrary: oddClaims() },
);

function oddClaims() {
  return fc.record(
  {
    sub: fc.string({ maxLength: 30 }), // the helper signs with jose, which takes string subjects only
    scope: fc.oneof({ weight: 4, arbitrary: fc.constantFrom('mcp.tools', 'mcp.tools lightning.admin') }, { weight: 1, arbitrary: fc.constantFrom('', 'profile', 'lightning.admin') }, { weight: 1, arbitrary: fc.string({ maxLength: 40 }) }, { weight: 1, arbitrary: anyJson }),
    scp: fc.oneof(fc.string({ maxLength: 40 }), anyJson),
    roles: anyJson,
    aud: fc.oneof({ weight: 4, arbitrary: fc.constant('api://mcp-agents') }, { weight: 1, arbitrary: fc.string({ maxLength: 30 }) }),
    oid: fc.oneof(fc.uuid(), anyJson),
    azp: fc.oneof(fc.string({ maxLength: 30 }), anyJson),
    client_id: fc.oneof(fc.string({ maxLength: 30 }), anyJson),
    nbf: fc.oneof(fc.integer(), anyJson),
  },
  { requiredKeys: ['sub'] },
  );
}

export const authorization = (scheme: fc.Arbitrary<string>, token: fc.Arbitrary<string>) =>
  fc.tuple(scheme, token).map(([s, t]) => `${s}${t}`.replace(/[\r\n\0]/g, ''));

export const scheme = fc.oneof({ weight: 6, arbitrary: fc.constant('Bearer ') }, { weight: 1, arbitrary: fc.constantFrom('bearer ', 'Bearer  ', 'Basic ', 'Bearer', 'DPoP ', '') });

