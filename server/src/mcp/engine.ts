import type { McpServer } from '@modelcontextprotocol/server';
import { createMcpHandler, SUPPORTED_PROTOCOL_VERSIONS, type AuthInfo, type JSONRPCMessage, type RequestId } from '@modelcontextprotocol/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '@mcp-aks/core';
import { FIRST_MODERN_REVISION } from '../http/classify';
import { serveModernExchange } from './modern-exchange';
import { MultiplexTransport, type ExchangeSink } from './multiplex-transport';
import { ModernMultiplexTransport, type ModernSink } from './modern-transport';
import { directRoute } from './modern-route';

export interface EngineOptions {
  /** Builds a fully registered server (tools, fixtures). Called once for the 2025 revisions, once for the
   *  2026-07-28 exchanges served directly (with that revision added to the supported versions), and per
   *  concurrent 2026-07-28 exchange the SDK's handler serves (instances are pooled and reused). */
  buildServer: (supportedProtocolVersions?: string[]) => McpServer;
  /** Tools registered without scope challenges or `Mcp-Param` header declarations: their 2026-07-28
   *  calls need no pre-dispatch check beyond the envelope and the standard headers. */
  plainTools: ReadonlySet<string>;
  logger: Logger;
  maxRequestBytes: number;
  /** Longest time a request may take before its client gets a timeout error. */
  requestTimeoutMs: number;
}

/** A sink that knows whether its exchange has been answered. */
export type ModernWriter = ModernSink & { readonly finished: boolean };

const MODERN = { era: 'modern', revision: FIRST_MODERN_REVISION } as const;

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Serves both protocol eras from one tool definition: the 2025 revisions (initialize handshake) on one
 * multiplexed long-lived instance. The 2026-07-28 revision (stateless envelope, server/discover) on a
 * second long-lived instance when the SDK's validation ladder would certainly pass the request (see
 * `directRoute`); everything else of that revision, every rejection included, through the SDK's own
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
    engine.plainTools = await engine.withoutParamHeaders(options.plainTools);
    return engine;
  }

  /** The tools whose listed input schema declares no `Mcp-Param` header (checked once, as clients see it). */
  private async withoutParamHeaders(names: ReadonlySet<string>): Promise<ReadonlySet<string>> {
    const meta = { 'io.modelcontextprotocol/protocolVersion': FIRST_MODERN_REVISION, 'io.modelcontextprotocol/clientInfo': { name: 'engine', version: '1' }, 'io.modelcontextprotocol/clientCapabilities': {} };
    const listed = await new Promise<JSONRPCMessage>((resolve, reject) => {
      const sink: ModernSink = { related: () => {}, final: (message) => resolve(message) };
      if (this.direct.dispatch({ jsonrpc: '2.0', id: 0, method: 'tools/list', params: { _meta: meta } }, MODERN, sink) === undefined) reject(new Error('tools/list was refused'));
    });
    const tools = 'result' in listed ? ((listed.result as { tools?: { name: string; inputSchema?: unknown }[] }).tools ?? []) : [];
    return new Set(tools.filter((t) => names.has(t.name) && !JSON.stringify(t.inputSchema ?? {}).includes('x-mcp-header')).map((t) => t.name));
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

  /** A 2025-era request: the answer (or an SSE stream ending with it) goes to the sink. */
  request(message: { jsonrpc: '2.0'; id: RequestId; method: string; params?: Record<string, unknown> }, sink: ExchangeSink, authInfo?: AuthInfo): RequestId {
    return this.transport.dispatchRequest(message, sink, authInfo);
  }

  /** A 2025-era notification, or a client's answer to a server-to-client request. */
  oneWay(message: JSONRPCMessage, authInfo?: AuthInfo): void {
    this.transport.dispatchOneWay(message, authInfo);
  }

  abandon(internalId: RequestId): void {
    this.transport.abandon(internalId, 'The HTTP client disconnected');
  }

  /** A 2026-07-28 exchange, with the body we already read and checked: served directly when it certainly
   *  passes the SDK's ladder and the instance accepts it, by the SDK's handler otherwise. */
  serveModern(req: IncomingMessage & { auth?: AuthInfo }, res: ServerResponse, body: unknown, writer: ModernWriter): Promise<void> {
    const route = directRoute(body, { protocolVersion: headerValue(req, 'mcp-protocol-version'), method: headerValue(req, 'mcp-method'), name: headerValue(req, 'mcp-name') }, this.plainTools);
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
