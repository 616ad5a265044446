import type { AuthInfo, JSONRPCMessage, RequestId, Transport, TransportSendOptions } from '@modelcontextprotocol/server';
import { cancelled, timedOut } from './ending';
import { reportInvalidParams } from './invalid-params';
import { callerKeyOf } from './request-context';

/**
 * One long-lived MCP server instance serves every stateless HTTP exchange of the 2025 protocol
 * revisions. Building a server per request (the SDK's stateless idiom) dominates the cost of a call;
 * here each inbound request gets a process-unique id on the way in and its own id back on the way out,
 * so concurrent clients never see each other's ids while the tool registry, schemas and handlers are
 * built once.
 *
 * Internal ids are guessable, so nothing a client sends may name one: a client's cancellation is
 * mapped through that client's own requests (and dropped when it names none of them), and a client's
 * answer to a server-to-client request is accepted only from the client whose call asked it. Every
 * exchange ends: with the server's answer, or with a JSON-RPC error when its deadline passes or its
 * client cancels it (the SDK sends nothing for an aborted request).
 */
export interface ExchangeSink {
  /** A message related to the request (progress, logging, a server-to-client request) before its answer. */
  related(message: JSONRPCMessage): void;
  /** The answer; the exchange is over after it. */
  final(message: JSONRPCMessage): void;
}

export interface MultiplexOptions {
  /** Longest time a request may take before its client gets a timeout error and its work is cancelled. */
  requestTimeoutMs: number;
}

interface Exchange {
  sink: ExchangeSink;
  originalId: RequestId;
  authInfo: AuthInfo | undefined;
  timer: NodeJS.Timeout;
}

interface InboundCancel {
  method: 'notifications/cancelled';
  params?: { requestId?: unknown; reason?: unknown };
}

function isCancel(message: JSONRPCMessage): message is JSONRPCMessage & InboundCancel {
  return 'method' in message && message.method === 'notifications/cancelled';
}

function isResponse(message: JSONRPCMessage): message is JSONRPCMessage & { id: RequestId } {
  return 'id' in message && !('method' in message) && ('result' in message || 'error' in message);
}

export class MultiplexTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: <T extends JSONRPCMessage>(message: T, extra?: { authInfo?: AuthInfo }) => void;

  private sequence = 0;
  private readonly exchanges = new Map<RequestId, Exchange>();
  /** Server-to-client requests in flight: their id → the internal id of the call that asked. */
  private readonly outbound = new Map<RequestId, RequestId>();

  constructor(private readonly options: MultiplexOptions) {}

  async start(): Promise<void> {}

  async close(): Promise<void> {
    for (const exchange of this.exchanges.values()) clearTimeout(exchange.timer);
    this.exchanges.clear();
    this.outbound.clear();
    this.onclose?.();
  }

  /** Delivers a client request; returns the id it runs under inside the server (for cancellation). */
  dispatchRequest(message: { jsonrpc: '2.0'; id: RequestId; method: string; params?: Record<string, unknown> }, sink: ExchangeSink, authInfo?: AuthInfo): RequestId {
    const internalId = ++this.sequence;
    const { requestTimeoutMs } = this.options;
    const timer = setTimeout(() => this.end(internalId, (id) => timedOut(id, requestTimeoutMs)), requestTimeoutMs);
    timer.unref();
    this.exchanges.set(internalId, { sink, originalId: message.id, authInfo, timer });
    this.deliver({ ...message, id: internalId }, authInfo);
    return internalId;
  }

  /** Delivers a notification or a response to a server-to-client request; nothing comes back. */
  dispatchOneWay(message: JSONRPCMessage, authInfo?: AuthInfo): void {
    if (isCancel(message)) {
      const internalId = this.ownRequest(message.params?.requestId, authInfo);
      if (internalId !== undefined) this.end(internalId, cancelled);
      return;
    }
    if (isResponse(message)) {
      const asker = this.outbound.get(message.id);
      const exchange = asker === undefined ? undefined : this.exchanges.get(asker);
      if (!exchange || callerKeyOf(exchange.authInfo) !== callerKeyOf(authInfo)) return;
      this.outbound.delete(message.id);
    }
    this.deliver(message, authInfo);
  }

  /** The HTTP client went away: stop the work and forget the exchange. */
  abandon(internalId: RequestId, reason: string): void {
    const exchange = this.exchanges.get(internalId);
    if (!exchange) return;
    this.forget(internalId, exchange);
    this.deliver({ jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: internalId, reason } });
  }

  async send(message: JSONRPCMessage, options?: TransportSendOptions): Promise<void> {
    if ('id' in message && ('result' in message || 'error' in message)) {
      const id = message.id as RequestId;
      const exchange = this.exchanges.get(id);
      if (exchange) {
        this.forget(id, exchange);
        exchange.sink.final(reportInvalidParams({ ...message, id: exchange.originalId } as JSONRPCMessage));
      }
      return;
    }
    const related = options?.relatedRequestId;
    if (related === undefined) return; // unrelated server notifications have no stream in stateless serving
    const exchange = this.exchanges.get(related);
    if (!exchange) return;
    if ('id' in message && 'method' in message) this.outbound.set(message.id as RequestId, related);
    exchange.sink.related(message);
  }

  /** The internal id of the sender's own in-flight request with this id; none when it is not theirs or ambiguous. */
  private ownRequest(requestId: unknown, authInfo: AuthInfo | undefined): RequestId | undefined {
    const own = this.ownRequests(requestId, authInfo);
    return own.length === 1 ? own[0] : undefined; // two of the sender's calls share the id: cancel neither
  }

  /** The internal ids of the sender's own in-flight requests with this id. */
  ownRequests(requestId: unknown, authInfo: AuthInfo | undefined): RequestId[] {
    if (typeof requestId !== 'string' && typeof requestId !== 'number') return [];
    const found: RequestId[] = [];
    let sender: string | undefined;
    for (const [internalId, exchange] of this.exchanges) {
      if (exchange.originalId !== requestId) continue;
      sender ??= callerKeyOf(authInfo);
      if (callerKeyOf(exchange.authInfo) === sender) found.push(internalId);
    }
    return found;
  }

  /** Ends an exchange the server will not answer: its client gets the error, the work is cancelled. */
  private end(internalId: RequestId, answerFor: (originalId: RequestId) => JSONRPCMessage): void {
    const exchange = this.exchanges.get(internalId);
    if (!exchange) return;
    this.forget(internalId, exchange);
    const answer = answerFor(exchange.originalId);
    const reason = 'error' in answer ? answer.error.message : 'ended';
    this.deliver({ jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: internalId, reason } });
    exchange.sink.final(answer);
  }

  private forget(internalId: RequestId, exchange: Exchange): void {
    clearTimeout(exchange.timer);
    this.exchanges.delete(internalId);
    for (const [outboundId, asker] of this.outbound) if (asker === internalId) this.outbound.delete(outboundId);
  }

  private deliver(message: JSONRPCMessage, authInfo?: AuthInfo): void {
    try {
      this.onmessage?.(message, authInfo ? { authInfo } : undefined);
    } catch (error) {
      this.onerror?.(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
