import type { JSONRPCMessage, RequestId } from '@modelcontextprotocol/server';

/** JSON-RPC error codes for exchanges the server ends itself (application range, as the TypeScript SDK and LSP use them). */
export const EndCode = { timeout: -32001, cancelled: -32800 } as const;

export function timedOut(id: RequestId | null, timeoutMs: number): JSONRPCMessage {
  return { jsonrpc: '2.0', id, error: { code: EndCode.timeout, message: `Request timed out after ${timeoutMs} ms` } } as JSONRPCMessage;
}

export function cancelled(id: RequestId): JSONRPCMessage {
  return { jsonrpc: '2.0', id, error: { code: EndCode.cancelled, message: 'Request cancelled by the client' } };
}
