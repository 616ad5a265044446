import type { AuthInfo, JSONRPCMessage, RequestId, Transport, TransportSendOptions } from '@modelcontextprotocol/server';

/**
 * One long-lived MCP server instance serves every stateless HTTP exchange of the 2025 protocol
 * revisions. Building a server per request (the SDK's stateless idiom) dominates the cost of a call;
 * here each inbound request gets a process-unique id on the way in and its own id back on the way out,
 * so concurrent clients never see each other's ids while the tool registry, schemas and handlers are
 * built once.
 */
export interface ExchangeSink {
  /** A message related to the request (progress, logging, a server-to-client request) before its answer. */
  related(message: JSONRPCMessage): void;
  /** The answer; the exchange is over after it. */
  final(message: JSONRPCMessage): void;
}

export class MultiplexTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: <T extends JSONRPCMessage>(message: T, extra?: { authInfo?: AuthInfo }) => void;

  private sequence = 0;
  private readonly exchanges = new Map<RequestId, ExchangeSink>();

  async start(): Promise<void> {}

  async close(): Promise<void> {
    this.exchanges.clear();
    this.onclose?.();
  }

  /** Delivers a client request; returns the id it runs under inside the server (for cancellation). */
  dispatchRequest(message: { jsonrpc: '2.0'; id: RequestId; method: string; params?: Record<string, unknown> }, sink: ExchangeSink, authInfo?: AuthInfo): RequestId {
    const internalId = ++this.sequence;
    const originalId = message.id;
    this.exchanges.set(internalId, {
      related: (m) => sink.related(m),
      final: (m) => sink.final({ ...m, id: originalId } as JSONRPCMessage),
    });
    this.deliver({ ...message, id: internalId }, authInfo);
    return internalId;
  }

  /** Delivers a notification or a response to a server-to-client request; nothing comes back. */
  dispatchOneWay(message: JSONRPCMessage, authInfo?: AuthInfo): void {
    this.deliver(message, authInfo);
  }

  /** The HTTP client went away: stop the work and forget the exchange. */
  abandon(internalId: RequestId, reason: string): void {
    if (!this.exchanges.delete(internalId)) return;
    this.deliver({ jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: internalId, reason } });
  }

  async send(message: JSONRPCMessage, options?: TransportSendOptions): Promise<void> {
    if ('id' in message && ('result' in message || 'error' in message)) {
      const id = message.id as RequestId;
      const sink = this.exchanges.get(id);
      if (sink) {
        this.exchanges.delete(id);
        sink.final(message);
      }
      return;
    }
    const related = options?.relatedRequestId;
    if (related !== undefined) this.exchanges.get(related)?.related(message);
    // Unrelated server notifications have no stream to travel on in stateless serving: dropped.
  }

  private deliver(message: JSONRPCMessage, authInfo?: AuthInfo): void {
    try {
      this.onmessage?.(message, authInfo ? { authInfo } : undefined);
    } catch (error) {
      this.onerror?.(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
