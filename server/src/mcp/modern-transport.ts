import {
  PerRequestHTTPServerTransport,
  ProtocolErrorCode,
  type AuthInfo,
  type JSONRPCMessage,
  type JSONRPCRequest,
  type MessageClassification,
  type RequestId,
  type TransportSendOptions,
} from '@modelcontextprotocol/server';
import { timedOut } from './ending';
import { reportInvalidParams } from './invalid-params';

/** Where one 2026-07-28 exchange's messages go: related messages first (SSE), then the answer. */
export interface ModernSink {
  related(message: JSONRPCMessage): void;
  final(message: JSONRPCMessage, httpStatus: number): void;
}

interface Exchange {
  sink: ModernSink;
  originalId: RequestId;
  classification: MessageClassification;
  timer: NodeJS.Timeout;
}

const isResponse = (message: JSONRPCMessage): message is JSONRPCMessage & { id: RequestId } =>
  'id' in message && !('method' in message) && ('result' in message || 'error' in message);

/**
 * One long-lived server instance serves the 2026-07-28 exchanges the engine routes directly, like the
 * 2025-era multiplexer: each request runs under a process-unique id and gets its own id back. The
 * revision keeps no session state, so nothing else is per exchange: the client's identity and
 * capabilities travel in every request's envelope, which the SDK reads per request.
 *
 * It is the SDK's per-request transport class so that connecting binds the instance to the revision
 * (as the SDK binds its own per-request instances); the exchange handling is this class's own.
 *
 * An answer the server gives while the message is still being delivered (synchronously) is a ladder
 * rejection made before any handler ran: the exchange is declined and nothing is written, so the
 * caller can let the SDK's handler answer it with the exact HTTP status that rejection carries.
 * A call still unanswered at its deadline ends with a JSON-RPC timeout error and its work is cancelled.
 */
export class ModernMultiplexTransport extends PerRequestHTTPServerTransport {
  private sequence = 0;
  private readonly exchanges = new Map<RequestId, Exchange>();
  private delivering: RequestId | undefined;
  private declined = false;

  constructor(
    classification: MessageClassification,
    private readonly timeoutMs: number,
  ) {
    super({ classification });
  }

  override async start(): Promise<void> {}

  /** Delivers a request; returns the id it runs under, or undefined when the server declined it at once. */
  dispatch(message: JSONRPCRequest, classification: MessageClassification, sink: ModernSink, authInfo?: AuthInfo): RequestId | undefined {
    const internalId = ++this.sequence;
    const timer = setTimeout(() => this.expire(internalId), this.timeoutMs);
    timer.unref();
    this.exchanges.set(internalId, { sink, originalId: message.id, classification, timer });
    this.delivering = internalId;
    this.declined = false;
    try {
      this.onmessage?.({ ...message, id: internalId }, { classification, ...(authInfo ? { authInfo } : {}) });
    } catch (error) {
      this.declined = true;
      this.onerror?.(error instanceof Error ? error : new Error(String(error)));
    } finally {
      this.delivering = undefined;
    }
    if (!this.declined) return internalId;
    clearTimeout(timer);
    this.exchanges.delete(internalId);
    return undefined;
  }

  /** The HTTP client went away: the handler is cancelled and its exchange forgotten. */
  abandon(internalId: RequestId, reason: string): void {
    const exchange = this.exchanges.get(internalId);
    if (!exchange) return;
    clearTimeout(exchange.timer);
    this.exchanges.delete(internalId);
    this.onmessage?.({ jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: internalId, reason } }, { classification: exchange.classification });
  }

  private expire(internalId: RequestId): void {
    const exchange = this.exchanges.get(internalId);
    if (!exchange) return;
    this.abandon(internalId, `Request timed out after ${this.timeoutMs} ms`);
    exchange.sink.final(timedOut(exchange.originalId, this.timeoutMs), 200);
  }

  override async send(message: JSONRPCMessage, options?: TransportSendOptions): Promise<void> {
    if (isResponse(message)) {
      if (message.id === this.delivering) {
        this.declined = true;
        return;
      }
      const exchange = this.exchanges.get(message.id);
      if (!exchange) return;
      clearTimeout(exchange.timer);
      this.exchanges.delete(message.id);
      // The one error the revision answers with HTTP 400 even after dispatch (the SDK does the same).
      const status = 'error' in message && message.error.code === ProtocolErrorCode.MissingRequiredClientCapability ? 400 : 200;
      exchange.sink.final(reportInvalidParams({ ...message, id: exchange.originalId } as JSONRPCMessage), status);
      return;
    }
    const related = options?.relatedRequestId;
    if (related === undefined) return; // no stream outside an exchange on a stateless revision
    this.exchanges.get(related)?.sink.related(message);
  }

  override async close(): Promise<void> {
    for (const exchange of this.exchanges.values()) clearTimeout(exchange.timer);
    this.exchanges.clear();
    this.onclose?.();
  }
}
