import { acceptedTypes, isJsonContentType, type AcceptedTypes } from '../guards';
import type { Refusal } from '../respond';

const ALLOW = { allow: 'POST, OPTIONS' };

/** Only POST carries JSON-RPC: the server is stateless, so there is no SSE stream to GET and no session to DELETE (Streamable HTTP allows 405). */
export function methodRefusal(method: string | undefined): Refusal | undefined {
  if (method === 'POST') return undefined;
  if (method === 'GET' || method === 'DELETE') return { status: 405, message: 'Method not allowed: this server is stateless; send JSON-RPC messages with POST', headers: ALLOW };
  return { status: 405, message: `Method ${method} not allowed`, headers: ALLOW };
}

/** A JSON body, and an answer the client can read: what it accepts, or why the request is refused. */
export function mediaCheck(contentType: string | undefined, accept: string | undefined): AcceptedTypes | Refusal {
  if (!isJsonContentType(contentType)) return { status: 415, message: 'Unsupported Media Type: Content-Type must be application/json' };
  const accepts = acceptedTypes(accept);
  if (!accepts.json && !accepts.sse) return { status: 406, message: 'Not Acceptable: the client must accept application/json or text/event-stream' };
  return accepts;
}
