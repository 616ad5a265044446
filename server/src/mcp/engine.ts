import type { McpServer } from '@modelcontextprotocol/server';
import { createMcpHandler, SERVER_INFO_META_KEY, SUPPORTED_PROTOCOL_VERSIONS, type AuthInfo, type Implementation, type JSONRPCMessage, type RequestId } from '@modelcontextprotocol/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '@mcp-aks/core';
import type { Counter } from 'prom-client';
import { FIRST_MODERN_REVISION } from '../http/classify';
import { encodeModernCallResult } from './fast-lane/encode';
import { FastLane, type LaneTool } from './fast-lane/lane';
import { serveModernExchange } from './modern-exchange';
import { MultiplexTransport, type ExchangeSink } from './multiplex-transport';
import { ModernMultiplexTransport, type ModernSink } from './modern-transport';
import { directRoute, type StandardHeaders } from './modern-route';
import type { ToolRunner } from './tool-runner';

export interface EngineOptions {
  /** Builds a fully registered server (tools, fixtures). Called once for the 2025 revisions, once for the
   *  2026-07-28 exchanges served directly (with that revision added to the supported versions), and per
   *  concurrent 2026-07-28 exchange the SDK's handler serves (instances are pooled and reused). */
  buildServer: (supportedProtocolVersions?: string[]) => McpServer;
  /** Tools registered without scope challenges or `Mcp-Param` header declarations: their 2026-07-28
   *  calls need no pre-dispatch check beyond the envelope and the standard headers. */
  plainTools: ReadonlySet<string>;
  /** The runners of the server's tools and the lane's counter, for the fast lane; absent, every call goes through the SDK. */
  fastLane?: { runners: readonly ToolRunner[]; calls: Counter<'revision'> };
  logger: Logger;
  maxRequestBytes: number;
  /** Longest time a request may take before its client gets a timeout error. */
  requestTimeoutMs: number;
}

/** A sink that knows whether its exchange has been answered. */
export type ModernWriter = ModernSink & { readonly finished: boolean };
export type LegacyWriter = ExchangeSink & { readonly finished: boolean };

type RequestMessage = { jsonrpc: '2.0'; id: RequestId; method: string; params?: Record<string, unknown> };

interface ListedTool {
  name: string;
  inputSchema?: unknown;
  outputSchema?: Record<string, unknown>;
}

const MODERN = { era: 'modern', revision: FIRST_MODERN_REVISION } as const;

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The tools whose listed input schema declares no `Mcp-Param` header (checked once, as clients see it). */
function withoutParamHeaders(listed: ListedTool[], names: ReadonlySet<string>): ReadonlySet<string> {
  return new Set(listed.filter((t) => names.has(t.name) && !JSON.stringify(t.inputSchema ?? {}).includes('x-mcp-header')).map((t) => t.name));
}

/**
 * Serves both protocol eras from one tool definition. A plain `tools/call` of either revision that
 * certainly passes every check takes the fast lane straight into its tool (`fast-lane/`). Other
 * 2025-era requests go to one multiplexed long-lived instance; other 2026-07-28 requests to a second
 * long-lived instance when the SDK's validation ladder would certainly pass them (see `directRoute`),
 * and everything else of that revision, every rejection included, through the SDK's own
 * `createMcpHandler`, which owns the ladder.
 */
export class McpEngine {
  private readonly transport: MultiplexTransport;
  private readonly legacyServer: McpServer;
  private readonly modern: ReturnType<typeof createMcpHandler>;
  private readonly pool: McpServer[] = [];
  private readonly direct: ModernMultiplexTransport;
  private readonly directServer: McpServer;
  private plainTools: ReadonlySet<string> = new Set();
  private lane?: FastLane;

  private constructor(private readonly options: EngineOptions) {
    this.transport = new MultiplexTransport({ requestTimeoutMs: options.requestTimeoutMs });
    this.legacyServer = options.buildServer();
    this.direct = new ModernMultiplexTransport(MODERN, options.requestTimeoutMs);
    this.directServer = options.buildServer([...SUPPORTED_PROTOCOL_VERSIONS, FIRST_MODERN_REVISION]);
    this.direct.onerror = (error) => options.logger.error({ err: error }, 'mcp transport error');
    this.transport.onerror = (error) => options.logger.error({ err: error }, 'mcp transport error');
    this.modern = createMcpHandler(() => this.lease(), {
      legacy: 'reject',
      maxRequestBodySize: options.maxRequestBytes,
      onerror: (error) => options.logger.debug({ err: error }, 'mcp modern-era request refused or failed'),
    });
  }

  static async create(options: EngineOptions): Promise<McpEngine> {
    const engine = new McpEngine(options);
    await engine.legacyServer.connect(engine.transport);
    await engine.directServer.connect(engine.direct);
    const listed = await engine.listTools();
    engine.plainTools = withoutParamHeaders(listed.tools, options.plainTools);
    if (options.fastLane) engine.lane = engine.fastLane(options.fastLane, listed);
    return engine;
  }

  /** The tools as a 2026-07-28 client sees them, and the identity that revision stamps on results. */
  private async listTools(): Promise<{ tools: ListedTool[]; serverInfo: Implementation | undefined }> {
    const meta = { 'io.modelcontextprotocol/protocolVersion': FIRST_MODERN_REVISION, 'io.modelcontextprotocol/clientInfo': { name: 'engine', version: '1' }, 'io.modelcontextprotocol/clientCapabilities': {} };
    const listed = await new Promise<JSONRPCMessage>((resolve, reject) => {
      const sink: ModernSink = { related: () => {}, final: (message) => resolve(message) };
      if (this.direct.dispatch({ jsonrpc: '2.0', id: 0, method: 'tools/list', params: { _meta: meta } }, MODERN, sink) === undefined) reject(new Error('tools/list was refused'));
    });
    const result = 'result' in listed ? (listed.result as { tools?: ListedTool[]; _meta?: Record<string, unknown> }) : {};
    return { tools: result.tools ?? [], serverInfo: result._meta?.[SERVER_INFO_META_KEY] as Implementation | undefined };
  }

  /**
   * The fast lane over the plain tools that neither ask before acting nor run as tasks (both need the
   * SDK's request context), each revision projecting results through the instance that serves it.
   */
  private fastLane({ runners, calls }: NonNullable<EngineOptions['fastLane']>, listed: { tools: ListedTool[]; serverInfo: Implementation | undefined }): FastLane {
    const advertised = new Map(listed.tools.map((t) => [t.name, t.outputSchema]));
    const tools = new Map<string, LaneTool>();
    for (const runner of runners) {
      const { tool } = runner;
      if (!this.plainTools.has(tool.name) || tool.confirm || tool.longRunning) continue;
      tools.set(tool.name, { runner, advertisedOutputSchema: advertised.get(tool.name) });
    }
    const { serverInfo } = listed;
    const eras = {
      legacy: { project: this.legacyServer.server.projectCallToolResult.bind(this.legacyServer.server), encode: (result: Record<string, unknown>) => result, taken: calls.labels('2025') },
      modern: {
        project: this.directServer.server.projectCallToolResult.bind(this.directServer.server),
        encode: (result: Record<string, unknown>) => encodeModernCallResult(result, serverInfo),
        taken: calls.labels(FIRST_MODERN_REVISION),
      },
    };
    return new FastLane(tools, eras, this.options.requestTimeoutMs, (error) => this.options.logger.error({ err: error }, 'mcp fast-lane answer failed'));
  }

  /** A pooled instance for one modern exchange; it returns to the pool when the exchange closes it. */
  private lease(): McpServer {
    const server = this.pool.pop() ?? this.options.buildServer();
    const previous = server.server.onclose;
    server.server.onclose = () => {
      server.server.onclose = previous;
      if (this.pool.length < 64) this.pool.push(server);
    };
    return server;
  }

  /** A 2025-era request: the answer (or an SSE stream ending with it) goes to the writer. */
  serveLegacy(message: RequestMessage, writer: LegacyWriter, res: ServerResponse, authInfo?: AuthInfo): void {
    if (this.lane?.takeLegacy(message, writer, res, authInfo)) return;
    const internalId = this.transport.dispatchRequest(message, writer, authInfo);
    res.once('close', () => {
      if (!writer.finished) this.transport.abandon(internalId, 'The HTTP client disconnected');
    });
  }

  /** A 2025-era notification, or a client's answer to a server-to-client request. */
  oneWay(message: JSONRPCMessage, authInfo?: AuthInfo): void {
    if (this.lane && 'method' in message && message.method === 'notifications/cancelled' && this.cancelOnLane(message.params?.requestId, authInfo)) return;
    this.transport.dispatchOneWay(message, authInfo);
  }

  /** A client's cancellation naming its own call on the fast lane (true): cancelled unless the id is ambiguous. */
  private cancelOnLane(requestId: unknown, authInfo: AuthInfo | undefined): boolean {
    if (typeof requestId !== 'string' && typeof requestId !== 'number') return false;
    const calls = this.lane!.callsOf(requestId, authInfo);
    if (calls.length === 0) return false;
    // Two of the sender's calls share the id (here or on the SDK's path): cancel neither.
    if (calls.length === 1 && this.transport.ownRequests(requestId, authInfo).length === 0) calls[0]!.cancel();
    return true;
  }

  /** A 2026-07-28 exchange, with the body we already read and checked: on the fast lane or served directly
   *  when it certainly passes the SDK's ladder and the instance accepts it, by the SDK's handler otherwise. */
  serveModern(req: IncomingMessage & { auth?: AuthInfo }, res: ServerResponse, body: unknown, writer: ModernWriter): Promise<void> {
    const headers: StandardHeaders = { protocolVersion: headerValue(req, 'mcp-protocol-version'), method: headerValue(req, 'mcp-method'), name: headerValue(req, 'mcp-name') };
    if (this.lane?.takeModern(body, headers, writer, res, req.auth)) return Promise.resolve();
    const route = directRoute(body, headers, this.plainTools);
    const internalId = route && this.direct.dispatch(route.message, route.classification, writer, req.auth);
    if (internalId === undefined) {
      return serveModernExchange(this.modern, req, res, body, {
        timeoutMs: this.options.requestTimeoutMs,
        onerror: (error) => this.options.logger.error({ err: error }, 'mcp modern-era exchange failed'),
      });
    }
    res.once('close', () => {
      if (!writer.finished) this.direct.abandon(internalId, 'The HTTP client disconnected');
    });
    return Promise.resolve();
  }

  async close(): Promise<void> {
    await this.modern.close();
    await this.directServer.close();
    await this.legacyServer.close();
  }
}
