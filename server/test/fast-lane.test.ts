import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { classifyInboundRequest, McpServer, type JSONRPCMessage } from '@modelcontextprotocol/server';
import { defineTool, silentLogger, type AnyToolDefinition, type ToolCallObserver } from '@mcp-aks/core';
import { ServerMetrics } from '../src/http/metrics';
import { McpEngine } from '../src/mcp/engine';
import { legacyLaneCall, modernLaneCall } from '../src/mcp/fast-lane/eligibility';
import { EnvelopeMemo, sdkAcceptsEnvelope } from '../src/mcp/fast-lane/envelope-memo';
import { registerTools } from '../src/mcp/register-tools';
import { ToolRunner } from '../src/mcp/tool-runner';
import { startFakeOpenAI } from './helpers/fake-openai';
import { rawRequest, startTestServer, type TestServer } from './helpers/server';

// The 2026-07-28 envelope and standard headers: https://modelcontextprotocol.io/specification/2026-07-28
// (per-request `_meta`; MCP-Protocol-Version, Mcp-Method and Mcp-Name headers, SEP-2243).
const REVISION = '2026-07-28';
const envelope = { 'io.modelcontextprotocol/protocolVersion': REVISION, 'io.modelcontextprotocol/clientInfo': { name: 'test', version: '1' }, 'io.modelcontextprotocol/clientCapabilities': {} };
const modernCall = (id: unknown, name: string, args: unknown = {}, meta: unknown = envelope) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args, _meta: meta } });
const std = (name?: string) => ({ protocolVersion: REVISION, method: 'tools/call', ...(name !== undefined ? { name } : {}) });
/** Mcp-Name in the Base64 form the SDK decodes (SEP-2243): the lane leaves such a call to the SDK. */
const base64Name = (name: string) => `=?base64?${Buffer.from(name, 'utf8').toString('base64')}?=`;
const lane = new Set(['hello_mcp', 'get_snippet']);

describe('which calls take the fast lane', () => {
  it('takes a plain 2025-era tools/call of a lane tool, with or without inert _meta', () => {
    expect(legacyLaneCall({ id: 7, method: 'tools/call', params: { name: 'hello_mcp', arguments: {} } }, lane)).toEqual({ id: 7, tool: 'hello_mcp', args: {} });
    expect(legacyLaneCall({ id: 'a', method: 'tools/call', params: { name: 'hello_mcp' } }, lane)).toEqual({ id: 'a', tool: 'hello_mcp', args: undefined });
    expect(legacyLaneCall({ id: 1, method: 'tools/call', params: { name: 'hello_mcp', _meta: { 'vendor/trace': 'x' } } }, lane)?.tool).toBe('hello_mcp');
    // What Copilot in VS Code sends with every call (openai/codex#7951 quotes it; Codex sends the token alone).
    const copilot = { progressToken: '1106ae9e-bd94-46ef-a2c5-d26891770c41', 'vscode.conversationId': 'c', 'vscode.requestId': 'r' };
    expect(legacyLaneCall({ id: 1, method: 'tools/call', params: { name: 'hello_mcp', arguments: {}, _meta: copilot } }, lane)).toEqual({ id: 1, tool: 'hello_mcp', args: {}, progressToken: copilot.progressToken });
    expect(legacyLaneCall({ id: 1, method: 'tools/call', params: { name: 'hello_mcp', _meta: { progressToken: 3 } } }, lane)?.progressToken).toBe(3);
  });

  it('leaves to the SDK a 2025-era call that needs it: progress, reserved _meta, tasks, odd arguments, other tools and methods', () => {
    const call = (params: Record<string, unknown>, method = 'tools/call') => legacyLaneCall({ id: 1, method, params }, lane);
    expect(call({ name: 'hello_mcp', _meta: { progressToken: 1.5 } })).toBeUndefined();
    expect(call({ name: 'hello_mcp', _meta: { progressToken: null } })).toBeUndefined();
    expect(call({ name: 'hello_mcp', _meta: { progressToken: {} } })).toBeUndefined();
    expect(call({ name: 'hello_mcp', _meta: { 'io.modelcontextprotocol/related-task': { taskId: 'x' } } })).toBeUndefined();
    expect(call({ name: 'hello_mcp', task: { ttl: 1000 } })).toBeUndefined();
    expect(call({ name: 'hello_mcp', arguments: [] })).toBeUndefined();
    expect(call({ name: 'hello_mcp', arguments: null })).toBeUndefined();
    expect(call({ name: 'hello_mcp', _meta: 'x' })).toBeUndefined();
    expect(call({ name: 'delete_snippet', arguments: { snippetname: 'x' } })).toBeUndefined();
    expect(call({ name: 'hello_mcp' }, 'tools/list')).toBeUndefined();
  });

  const accept = () => true;
  it('takes a 2026-07-28 call only with the exact standard headers and an envelope the SDK accepts in _meta', () => {
    expect(modernLaneCall(modernCall(1, 'hello_mcp'), std('hello_mcp'), lane, accept)).toEqual({ id: 1, tool: 'hello_mcp', args: {} });
    const refused: [unknown, ReturnType<typeof std> | Record<string, string>][] = [
      [modernCall(1, 'hello_mcp'), std()],
      [modernCall(1, 'hello_mcp'), std('get_snippet')],
      [modernCall(1, 'hello_mcp'), std(base64Name('hello_mcp'))],
      [modernCall(1, 'hello_mcp'), { ...std('hello_mcp'), protocolVersion: '2025-11-25' }],
      [modernCall(1, 'hello_mcp'), { ...std('hello_mcp'), method: 'tools/list' }],
      [modernCall(1.5, 'hello_mcp'), std('hello_mcp')],
      [modernCall(2 ** 60, 'hello_mcp'), std('hello_mcp')],
      [modernCall(null, 'hello_mcp'), std('hello_mcp')],
      [{ ...modernCall(1, 'hello_mcp'), extra: true }, std('hello_mcp')],
      [modernCall(1, 'hello_mcp', {}, { ...envelope, progressToken: 1.5 }), std('hello_mcp')],
      [modernCall(1, 'hello_mcp', {}, { ...envelope, 'io.modelcontextprotocol/protocolVersion': '2026-12-01' }), std('hello_mcp')],
      [{ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'hello_mcp' } }, std('hello_mcp')],
      [modernCall(1, 'delete_snippet', { snippetname: 'x' }), std('delete_snippet')],
    ];
    for (const [body, headers] of refused) expect(modernLaneCall(body, headers, lane, accept)).toBeUndefined();
    expect(modernLaneCall(modernCall(1, 'hello_mcp'), std('hello_mcp'), lane, () => false)).toBeUndefined();
    // The client's own _meta keys are opaque: the envelope alone is judged.
    const judged: unknown[] = [];
    const withOwnKeys = modernCall(1, 'hello_mcp', {}, { ...envelope, 'vscode.requestId': 'r1' });
    expect(modernLaneCall(withOwnKeys, std('hello_mcp'), lane, (e) => (judged.push(e), true))?.tool).toBe('hello_mcp');
    expect(judged).toEqual([envelope]);
    expect(modernLaneCall(modernCall(1, 'hello_mcp', {}, { ...envelope, progressToken: 'p' }), std('hello_mcp'), lane, accept)?.progressToken).toBe('p');
    expect(modernLaneCall(modernCall(1, 'hello_mcp', {}, { ...envelope, 'io.modelcontextprotocol/related-task': { taskId: 't' } }), std('hello_mcp'), lane, accept)).toBeUndefined();
  });

  it('never takes a 2026-07-28 call the SDK inbound ladder would refuse or route elsewhere', () => {
    // Mostly what a client sends, with one or two things off: most cases sit at the boundary.
    const usually = <T>(valid: T, others: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary: fc.constant(valid), weight: 5 }, { arbitrary: others, weight: 1 });
    const json = fc.oneof(fc.constant({}), fc.constant([]), fc.constant(null), fc.string(), fc.integer(), fc.dictionary(fc.constantFrom('listChanged', 'form', 'url', 'x'), fc.oneof(fc.boolean(), fc.constant({}), fc.string())));
    const clientInfo = usually(
      { name: 'c', version: '1' },
      fc.oneof(fc.constant({ name: 'c' }), fc.constant({ name: 1, version: '1' }), fc.record({ name: fc.string(), version: fc.string(), title: fc.option(fc.string(), { nil: undefined }) }, { requiredKeys: ['name', 'version'] }), json),
    );
    const capabilities = usually({}, fc.oneof(fc.dictionary(fc.constantFrom('sampling', 'elicitation', 'roots', 'tasks', 'extensions', 'experimental'), json), json));
    const meta = fc.record(
      {
        'io.modelcontextprotocol/protocolVersion': usually(REVISION, fc.constantFrom('2025-11-25', ' 2026-07-28', 1)),
        'io.modelcontextprotocol/clientInfo': clientInfo,
        'io.modelcontextprotocol/clientCapabilities': capabilities,
        'io.modelcontextprotocol/logLevel': fc.constantFrom('info', 'debug', 'bogus', 3),
        // (optional members: each present in about half the cases)
        progressToken: fc.constantFrom(1, 'p'),
        'vscode.requestId': fc.oneof(fc.string(), fc.integer(), fc.constant({ nested: [1] })),
      },
      { requiredKeys: ['io.modelcontextprotocol/protocolVersion', 'io.modelcontextprotocol/clientInfo', 'io.modelcontextprotocol/clientCapabilities'] },
    );
    const id = usually(1, fc.oneof(fc.integer(), fc.string(), fc.double(), fc.constant(2 ** 60), fc.constant(null), fc.boolean()));
    const name = usually('hello_mcp', fc.constantFrom('get_snippet', 'other'));
    const args = usually({}, fc.option(json, { nil: undefined }));
    const headerValue = (valid: string, others: string[]) => usually(valid, fc.option(fc.constantFrom(...others), { nil: undefined })) as fc.Arbitrary<string | undefined>;
    let taken = 0;
    fc.assert(
      fc.property(id, name, meta, args, headerValue(REVISION, ['2025-11-25']), headerValue('tools/call', ['ping']), headerValue('hello_mcp', ['get_snippet', base64Name('hello_mcp')]), (id, tool, meta, args, version, method, nameHeader) => {
        const body = modernCall(id, tool as string, args, meta);
        const headers = { protocolVersion: version, method, name: nameHeader };
        if (!modernLaneCall(body, headers, lane, (envelope) => sdkAcceptsEnvelope(envelope))) return;
        taken++;
        const outcome = classifyInboundRequest({ httpMethod: 'POST', protocolVersionHeader: version, mcpMethodHeader: method, mcpNameHeader: nameHeader, body });
        expect(outcome).toMatchObject({ kind: 'modern', messageKind: 'request', classification: { era: 'modern', revision: REVISION } });
      }),
      { numRuns: 5000, seed: 20261202 },
    );
    expect(taken).toBeGreaterThan(50); // the lane took enough of the cases for the property to say something
  });

  it('asks the SDK about each distinct envelope once, within a bound', () => {
    let asked = 0;
    const memo = new EnvelopeMemo((meta) => (asked++, sdkAcceptsEnvelope(meta)), 2);
    expect(memo.accepts(envelope)).toBe(true);
    expect(memo.accepts({ ...envelope })).toBe(true);
    expect(asked).toBe(1);
    expect(memo.accepts({ ...envelope, 'io.modelcontextprotocol/clientInfo': { name: 7 } })).toBe(false);
    expect(memo.accepts({ ...envelope, 'io.modelcontextprotocol/clientCapabilities': { roots: { listChanged: true } } })).toBe(true);
    expect(asked).toBe(3);
    expect(memo.accepts(envelope)).toBe(true); // forgotten when the memory filled up: asked again
    expect(asked).toBe(4);
  });
});

/**
 * The same call answered by a server with the lane and by one without it (MCP_FAST_LANE=false, every
 * call through the SDK), two replicas of one DATA_DIR: the same bytes.
 */
describe('fast lane answers are the SDK answers', () => {
  let onLane: TestServer;
  let viaSdk: TestServer;
  let model: Awaited<ReturnType<typeof startFakeOpenAI>>;
  beforeAll(async () => {
    model = await startFakeOpenAI();
    const env = { OPENAI_BASE_URL: model.baseURL, OPENAI_MODEL: 'test-model', ENABLE_LIGHTNING_CAPTURE: 'true', LIGHTNING_CAPTURE_ALL_TOOLS: 'true' };
    onLane = await startTestServer(env);
    viaSdk = await startTestServer({ ...env, DATA_DIR: onLane.dataDir, MCP_FAST_LANE: 'false' });
    await post(onLane, legacy(1, 'save_snippet', { snippetname: 'same', snippet: 'kubectl get pods' }));
  });
  afterAll(async () => {
    await viaSdk.close();
    await onLane.close();
    await model.close();
  });

  const post = (server: TestServer, body: unknown, headers: Record<string, string> = {}) =>
    rawRequest(server.url, { body: JSON.stringify(body), headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers } });
  const legacy = (id: number, name: string, args: Record<string, unknown>, meta?: Record<string, unknown>) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args, ...(meta ? { _meta: meta } : {}) } });
  const laneCalls = async (server: TestServer, revision: string) =>
    Number(new RegExp(`mcp_fast_lane_calls_total\\{revision="${revision}"\\} (\\d+)`).exec(await (await fetch(new URL('/metrics', server.url))).text())?.[1] ?? 0);
  /** Episode ids name the request, so they differ between any two calls: the same key, any value. */
  const comparable = (text: string) => text.replace(/"lightning\/episode_id":"[^"]+"/, '"lightning/episode_id":"…"');

  const cases: [string, Record<string, unknown>][] = [
    ['hello_mcp', {}],
    ['hello_mcp', { ignored: true }],
    ['get_snippet', { snippetname: 'same' }],
    ['get_snippet', { snippetname: 'missing' }],
    ['get_snippet', { snippetname: '../etc/passwd' }],
    ['get_snippet', {}],
    ['list_snippets', { prefix: 'sa', limit: 1 }],
    ['list_ontologies', {}],
    ['get_ontology', { name: 'missing' }],
    ['ask_foundry', { question: 'Which node pool runs the MCP server?' }],
    ['ask_foundry', { question: '' }],
    ['next_best_action', { task: 'Roll out the new image' }],
  ];
  const copilotMeta = { progressToken: 'tok-1', 'vscode.conversationId': 'c', 'vscode.requestId': 'r' };

  async function compare(label: string, body: unknown, headers: Record<string, string>, revision: string) {
    const before = await laneCalls(onLane, revision);
    const lane = await post(onLane, body, headers);
    const taken = (await laneCalls(onLane, revision)) - before;
    const sdk = await post(viaSdk, body, headers);
    expect(await laneCalls(viaSdk, revision), label).toBe(0);
    // Arguments that fail the input schema go on to the SDK, which words the error.
    expect(taken, label).toBe(sdk.text.includes('Input validation error') ? 0 : 1);
    expect(lane.status, label).toBe(200);
    expect([lane.status, lane.headers['content-type'], comparable(lane.text)], label).toEqual([sdk.status, sdk.headers['content-type'], comparable(sdk.text)]);
    return lane;
  }

  it('on 2025-11-25, with and without what VS Code and Codex put in _meta', async () => {
    for (const [tool, args] of cases) {
      for (const meta of [undefined, copilotMeta, { progressToken: 3 }]) {
        await compare(`${tool} ${JSON.stringify(args)} ${JSON.stringify(meta)}`, legacy(3, tool, args, meta), { 'mcp-protocol-version': '2025-11-25' }, '2025');
      }
    }
  });

  it("on 2026-07-28, with and without a progress token and the client's own _meta keys", async () => {
    const headers = (tool: string) => ({ 'mcp-protocol-version': REVISION, 'mcp-method': 'tools/call', 'mcp-name': tool });
    for (const [tool, args] of cases) {
      for (const meta of [envelope, { ...envelope, 'vscode.requestId': 'r' }, { ...envelope, progressToken: 7 }]) {
        const lane = await compare(`${tool} ${JSON.stringify(args)}`, modernCall('x', tool, args, meta), headers(tool), REVISION);
        expect(lane.headers['content-length']).toBeDefined(); // written at once, not streamed as the SDK's handler does
      }
    }
  });
});

/** A tool's runner failing, its output failing its schema, or its progress: on the lane as through the SDK. */
describe('fast lane answers for tools that break their contract or report progress', () => {
  const info = z.object({ name: z.string(), size: z.number().int() });
  const NO_HINTS = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false };
  const tools: AnyToolDefinition[] = [
    defineTool({ name: 'wrong_output', title: 'Wrong output', description: 'x', inputSchema: z.object({}), outputSchema: info, annotations: NO_HINTS, handler: async () => ({ content: [{ type: 'text', text: 'x' }], structuredContent: { name: 'a', size: 'big' } as never }) }),
    defineTool({ name: 'no_output', title: 'No output', description: 'x', inputSchema: z.object({}), outputSchema: info, annotations: NO_HINTS, handler: async () => ({ content: [{ type: 'text', text: 'x' }] }) }),
    defineTool({ name: 'captured', title: 'Captured', description: 'x', inputSchema: z.object({}), annotations: NO_HINTS, captureByDefault: true, handler: async () => ({ content: [{ type: 'text', text: 'x' }] }) }),
    defineTool({
      name: 'reports_progress',
      title: 'Reports progress',
      description: 'x',
      inputSchema: z.object({}),
      annotations: NO_HINTS,
      handler: async (_input, ctx) => {
        ctx.progress?.('half way');
        ctx.progress?.('done');
        return { content: [{ type: 'text', text: ctx.progress ? 'reported' : 'nobody asked' }] };
      },
    }),
  ];
  const breaksContract = (tool: string) => tool !== 'reports_progress';
  const failingCapture: ToolCallObserver = {
    observe: () => {
      throw new Error('capture store refused the episode');
    },
  };

  const registries = new Map<McpEngine, ServerMetrics>();
  const laneTaken = async (e: McpEngine) => (await registries.get(e)!.fastLaneCalls.get()).values.reduce((sum, v) => sum + v.value, 0);
  async function engine(fastLane: boolean) {
    const metrics = new ServerMetrics({ defaultMetrics: false });
    const runners = tools.map((tool) => new ToolRunner(tool, { metrics, logger: silentLogger, captureAll: false, observer: failingCapture }));
    const buildServer = (versions?: string[]) => {
      const server = new McpServer({ name: 'contract-test', version: '1.0.0' }, versions ? { supportedProtocolVersions: versions } : {});
      registerTools(server, runners, {});
      return server;
    };
    const created = await McpEngine.create({ buildServer, plainTools: new Set(tools.map((t) => t.name)), ...(fastLane ? { fastLane: { runners, calls: metrics.fastLaneCalls } } : {}), logger: silentLogger, maxRequestBytes: 1 << 20, requestTimeoutMs: 5_000 });
    registries.set(created, metrics);
    return created;
  }

  /** Every message of the exchange, the related ones (progress) first, as written. */
  function answerOf(serve: (writer: { related(m: JSONRPCMessage): void; final(m: JSONRPCMessage): void; readonly finished: boolean }, res: ServerResponse) => void): Promise<string> {
    return new Promise((resolve) => {
      const res = new EventEmitter() as unknown as ServerResponse;
      const written: string[] = [];
      let finished = false;
      serve({ related: (m) => written.push(JSON.stringify(m)), final: (m) => ((finished = true), written.push(JSON.stringify(m)), resolve(written.join('\n'))), get finished() { return finished; } }, res);
    });
  }

  it('gives the same answers with the lane on and off, on both revisions', async () => {
    const [on, off] = await Promise.all([engine(true), engine(false)]);
    for (const tool of tools.map((t) => t.name)) {
      for (const meta of [undefined, { progressToken: 'p' }]) {
        const legacyCall = { jsonrpc: '2.0' as const, id: 9, method: 'tools/call', params: { name: tool, arguments: {}, ...(meta ? { _meta: meta } : {}) } };
        const req = { headers: { 'mcp-protocol-version': REVISION, 'mcp-method': 'tools/call', 'mcp-name': tool } } as unknown as IncomingMessage;
        const [legacyOn, modernOn, legacyOff, modernOff] = await Promise.all(
          [on, off].flatMap((e) => [answerOf((w, res) => e.serveLegacy(legacyCall, w, res)), answerOf((w, res) => void e.serveModern(req, res, modernCall(9, tool, {}, { ...envelope, ...meta }), w))]),
        );
        expect(legacyOn, `${tool} ${JSON.stringify(meta)}`).toBe(legacyOff);
        expect(modernOn, tool).toBe(modernOff);
        if (breaksContract(tool)) expect(legacyOn).toContain('"isError":true');
        else if (meta) for (const written of [legacyOn!, modernOn!]) expect(written.split('\n')).toHaveLength(3); // two progress notifications, then the answer
      }
    }
    // The lane took every call of both revisions on `on`: 4 tools, each with and without a progress token, on both revisions.
    expect(await laneTaken(on)).toBe(tools.length * 4);
    expect(await laneTaken(off)).toBe(0);
    await Promise.all([on.close(), off.close()]);
  });
});
