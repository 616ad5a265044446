import type { IncomingMessage, ServerResponse } from 'node:http';
import { toWebRequest } from '@modelcontextprotocol/node';
import type { AuthInfo, JSONRPCMessage, RequestId } from '@modelcontextprotocol/server';
import { timedOut } from './ending';
import { reportInvalidParamsInBody } from './invalid-params';

export interface WebMcpHandler {
  fetch(request: Request, options?: { authInfo?: AuthInfo; parsedBody?: unknown }): Promise<Response>;
}

function requestIdOf(body: unknown): RequestId | null {
  const id = body && typeof body === 'object' ? (body as { id?: unknown }).id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? id : null;
}

function writeJson(res: ServerResponse, message: JSONRPCMessage, status = 200): void {
  const text = JSON.stringify(message);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/**
 * Serves one 2026-07-28 exchange through the SDK's web-standard handler (as the SDK's `toNodeHandler`
 * does) with a deadline: a call still unanswered when it passes ends with a JSON-RPC timeout error —
 * as the whole body, or as the last event of a stream already under way — and its work is aborted.
 */
export async function serveModernExchange(handler: WebMcpHandler, req: IncomingMessage & { auth?: AuthInfo }, res: ServerResponse, body: unknown, options: { timeoutMs: number; onerror: (error: Error) => void }): Promise<void> {
  const abort = new AbortController();
  let settled = false;
  const closed = new Promise<'closed'>((resolve) => res.once('close', () => resolve('closed')));
  void closed.then(() => settled || abort.abort());
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<'expired'>((resolve) => (timer = setTimeout(() => resolve('expired'), options.timeoutMs)));
  const timeoutAnswer = () => timedOut(requestIdOf(body), options.timeoutMs);
  try {
    const request = await toWebRequest(req, body, { signal: abort.signal });
    const response = await Promise.race([handler.fetch(request, { ...(req.auth ? { authInfo: req.auth } : {}), parsedBody: body }), expired, closed]);
    if (response === 'closed') return;
    if (response === 'expired') {
      abort.abort();
      return writeJson(res, timeoutAnswer());
    }
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => (headers[name] = value));
    if (response.body && headers['content-type']?.includes('application/json')) {
      // One JSON answer: read whole, so an SDK invalid-params answer can be reported as one.
      const text = await Promise.race([response.text(), closed]);
      if (text === 'closed') return;
      const answer = reportInvalidParamsInBody(text);
      if (answer !== text) delete headers['content-length'];
      res.writeHead(response.status, headers);
      return void res.end(answer);
    }
    res.writeHead(response.status, headers);
    if (!response.body) return void res.end();
    const streaming = response.headers.get('content-type')?.includes('text/event-stream') === true;
    const reader = response.body.getReader();
    for (;;) {
      const next = await Promise.race(streaming ? [reader.read(), expired, closed] : [reader.read(), closed]);
      if (next === 'closed') break;
      if (next === 'expired') {
        abort.abort();
        res.write(`event: message\ndata: ${JSON.stringify(timeoutAnswer())}\n\n`);
        break;
      }
      if (next.done) break;
      if (!res.write(next.value)) await Promise.race([new Promise((resolve) => res.once('drain', resolve)), closed]);
    }
    void reader.cancel().catch(() => undefined);
  } catch (error) {
    options.onerror(error instanceof Error ? error : new Error(String(error)));
    if (!res.headersSent) writeJson(res, { jsonrpc: '2.0', id: requestIdOf(body), error: { code: -32603, message: 'Internal error' } } as JSONRPCMessage, 500);
  } finally {
    settled = true;
    clearTimeout(timer);
    if (!res.writableEnded) res.end();
  }
}
