import type { ServerResponse } from 'node:http';

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** JSON-RPC error codes used at the HTTP edge. */
export const RpcCode = { parseError: -32700, invalidRequest: -32600, methodNotFound: -32601, invalidParams: -32602, internal: -32603, server: -32000 } as const;

export function sendRpcError(res: ServerResponse, status: number, code: number, message: string, id: string | number | null = null, headers: Record<string, string> = {}): void {
  sendJson(res, status, { jsonrpc: '2.0', id, error: { code, message } }, headers);
}

/** What an edge step answers instead of letting a request through. */
export interface Refusal {
  status: number;
  message: string;
  code?: number;
  headers?: Record<string, string>;
}

export function sendRefusal(res: ServerResponse, refusal: Refusal, headers: Record<string, string> = {}, id: string | number | null = null): void {
  sendRpcError(res, refusal.status, refusal.code ?? RpcCode.server, refusal.message, id, refusal.headers ? { ...headers, ...refusal.headers } : headers);
}

/** Writes JSON-RPC messages as one JSON body or, once a related message precedes the answer, as SSE. */
export class RpcResponseWriter {
  private streaming = false;
  private done = false;

  constructor(
    private readonly res: ServerResponse,
    private readonly accepts: { json: boolean; sse: boolean },
    private readonly headers: Record<string, string>,
  ) {}

  get finished(): boolean {
    return this.done;
  }

  related(message: unknown): void {
    if (this.done || !this.accepts.sse) return; // a JSON-only client gets the answer alone
    if (!this.streaming) this.startStream();
    this.res.write(`event: message\ndata: ${JSON.stringify(message)}\n\n`);
  }

  /** The answer; `status` applies only while no stream has started (an SSE stream is already 200). */
  final(message: unknown, status = 200): void {
    if (this.done) return;
    this.done = true;
    if (this.streaming) {
      this.res.end(`event: message\ndata: ${JSON.stringify(message)}\n\n`);
    } else if (this.accepts.json) {
      sendJson(this.res, status, message, this.headers);
    } else {
      this.startStream();
      this.res.end(`event: message\ndata: ${JSON.stringify(message)}\n\n`);
    }
  }

  private startStream(): void {
    this.streaming = true;
    this.res.writeHead(200, { ...this.headers, 'content-type': 'text/event-stream', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    this.res.flushHeaders();
  }
}
