import type { McpServer} from '@modelcontextprotocol/server';
import { createMcpHandler, type AuthInfo, type JSONRPCMessage, type RequestId } from '@modelcontextprotocol/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '@mcp-aks/core';
import { serveModernExchange } from './modern-exchange';
import { MultiplexTransport, type ExchangeSink } from './multiplex-transport';

export interface EngineOptions {
  /** Builds a fully registered server (tools, fixtures). Called once for the 2025 revisions, and per
   *  concurrent 2026-07-28 exchange (instances are pooled and reused). */
  buildServer: () => McpServer;
  logger: Logger;
  maxRequestBytes: number;
  /** Longest time a request may take before its client gets a timeout error. */
  requestTimeoutMs: number;
}

/**
 * Serves both protocol eras from one tool definition: the 2025 revisions (initialize handshake) on one
 * multiplexed long-lived instance; the 2026-07-28 revision (stateless envelope, server/discover)
 * through the SDK's own `createMcpHandler`, which owns that revision's validation ladder.
 */
export class McpEngine {
  private readonly transport: MultiplexTransport;
  private readonly legacyServer: McpServer;
  private readonly modern: ReturnType<typeof createMcpHandler>;
  private readonly pool: McpServer[] = [];

  private constructor(private readonly options: EngineOptions) {
    this.transport = new MultiplexTransport({ requestTimeoutMs: options.requestTimeoutMs });
    this.legacyServer = options.buildServer();
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
    return engine;
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

  /** A 2026-07-28 exchange, served by the SDK's handler with the body we already read and checked. */
  serveModern(req: IncomingMessage & { auth?: AuthInfo }, res: ServerResponse, body: unknown): Promise<void> {
    return serveModernExchange(this.modern, req, res, body, {
      timeoutMs: this.options.requestTimeoutMs,
      onerror: (error) => this.options.logger.error({ err: error }, 'mcp modern-era exchange failed'),
    });
  }

  async close(): Promise<void> {
    await this.modern.close();
    await this.legacyServer.close();
  }
}
