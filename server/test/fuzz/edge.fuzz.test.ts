import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { startTestIssuer, type TestIssuer } from '../helpers/oidc';
import { startTestServer, type TestServer } from '../helpers/server';
import { authorization, exchange, expectHealthy, expectSafeAnswer, expectWellFormed, forgedToken, headerValue, nastyString, payload, post, rawRequest, runs, scheme, signedClaims } from './support';

/**
 * The HTTP edge with authentication on, under arbitrary bodies, headers and token shapes: every
 * request gets an answer, never a 5xx, never a stack trace or a server path, and the server stays
 * healthy. Seeded and bounded (see support.ts).
 */
describe('fuzz: the HTTP edge with authentication on', () => {
  let issuer: TestIssuer;
  let server: TestServer;
  const tools = ['hello_mcp', 'save_snippet', 'get_snippet', 'list_snippets', 'delete_snippet', 'lightning_get_stats', 'submit_feedback'];
  beforeAll(async () => {
    issuer = await startTestIssuer();
    server = await startTestServer({
      AUTH_ISSUER: issuer.issuer,
      AUTH_AUDIENCE: issuer.audience,
      AUTH_REQUIRED_SCOPES: 'mcp.tools',
      MCP_RESOURCE_URL: 'https://gateway.example.net/mcp',
      // The fuzzer is one client sending thousands of bad tokens; the per-address limit on failed checks is tested elsewhere.
      AUTH_FAILURE_BURST: '1000000',
      AUTH_FAILURE_RATE_PER_MINUTE: '0',
      MCP_REQUEST_TIMEOUT_MS: '5000',
    });
  });
  afterAll(async () => {
    await server?.close();
    await issuer?.close();
  });
  const paths = () => [server.dataDir];

  it('answers any token shape with a 4xx or an answer, never a 5xx or a leak', async () => {
    await fc.assert(
      fc.asyncProperty(authorization(scheme, forgedToken), exchange(tools), async (auth, { text, headers }) => {
        const answer = await post(server.url, text, { ...headers, authorization: auth });
        expectSafeAnswer(answer.status, answer.text, paths(), `auth=${auth.slice(0, 60)}`);
        expectWellFormed(answer, 'forged token');
      }),
      runs(150),
    );
    await expectHealthy(server.url);
  });

  it('answers validly signed tokens with arbitrary claims, and any body and headers they carry, of both eras', async () => {
    await fc.assert(
      fc.asyncProperty(signedClaims, fc.constantFrom('10m', '10m', '10m', -3600, 5), exchange(tools), async (claims, expiresIn, { era, text, headers }) => {
        const token = await issuer.mint(claims, { expiresIn });
        const answer = await post(server.url, text, { ...headers, authorization: `Bearer ${token}` });
        expectSafeAnswer(answer.status, answer.text, paths(), `${era} claims=${JSON.stringify(claims).slice(0, 120)}`);
        expectWellFormed(answer, 'signed token');
      }),
      runs(120),
    );
    await expectHealthy(server.url);
  });

  it('answers raw requests with odd header bytes, methods and paths', async () => {
    const token = await issuer.mint({ sub: 'fuzzer' });
    const headerName = fc.oneof(fc.stringMatching(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,24}$/), nastyString);
    const headerLine = fc.oneof(
      fc.tuple(headerName, fc.oneof(headerValue, nastyString)).map(([name, value]) => `${name}: ${value}`),
      fc.constantFrom(
        'Upgrade: websocket',
        'Connection: upgrade',
        'Expect: 100-continue',
        'Expect: teapot',
        'Transfer-Encoding: chunked',
        'Transfer-Encoding: gzip, chunked',
        'Content-Length: 3',
        'Content-Encoding: gzip',
        'Authorization: Bearer',
        'Authorization: Basic Zm9vOmJhcg==',
        'Host: evil.example',
        'Mcp-Protocol-Version: 2026-07-28',
        'X-Forwarded-For: 10.0.0.1, 127.0.0.1',
        'Origin: null',
      ),
    );
    const requestLine = fc.tuple(
      fc.oneof({ weight: 5, arbitrary: fc.constant('POST') }, { weight: 1, arbitrary: fc.constantFrom('GET', 'DELETE', 'OPTIONS', 'PUT', 'PATCH', 'HEAD', 'TRACE', 'BREW', 'PRI', 'CONNECT') }),
      fc.oneof({ weight: 5, arbitrary: fc.constant('/mcp') }, { weight: 1, arbitrary: fc.constantFrom('/mcp?x=1', '/mcp/', '//mcp', '/%2e%2e/mcp', '/.well-known/oauth-protected-resource/mcp', '/healthz', '/readyz', '/metrics', '*') }, { weight: 1, arbitrary: nastyString.map((s) => `/${encodeURIComponent(s)}`) }),
    );
    await fc.assert(
      fc.asyncProperty(requestLine, fc.array(headerLine, { maxLength: 6 }), payload(tools, 'legacy'), fc.boolean(), async ([verb, path], extra, { text }, withToken) => {
        const payload = Buffer.from(text, 'utf8');
        const lines = [
          `${verb} ${path} HTTP/1.1`,
          `Host: 127.0.0.1:${server.port}`,
          'Content-Type: application/json',
          'Accept: application/json, text/event-stream',
          ...(withToken ? [`Authorization: Bearer ${token}`] : []),
          ...extra.map((l) => l.replace(/\r?\n/g, ' ')),
          `Content-Length: ${payload.byteLength}`,
          'Connection: close',
        ];
        const head = `${lines.join('\r\n')}\r\n\r\n`;
        const answer = await rawRequest(server.port, head, payload);
        expectSafeAnswer(answer.status, answer.raw, paths(), head.slice(0, 200));
      }),
      runs(120),
    );
    await expectHealthy(server.url);
  });
});
