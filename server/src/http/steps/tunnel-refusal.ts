import type { Duplex } from 'node:stream';

const BODY = JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32600, message: 'CONNECT is not supported: this server is not a proxy. The MCP endpoint is POST /mcp.' } });

/**
 * Node hands CONNECT requests to the server's 'connect' event and, with no listener, closes the socket
 * without a status line. This answers 405 with a JSON-RPC error instead, and closes.
 */
export function refuseTunnel(socket: Duplex): void {
  if (socket.destroyed) return;
  socket.on('error', () => socket.destroy());
  socket.end(
    `HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, POST, DELETE, OPTIONS\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(BODY)}\r\nConnection: close\r\n\r\n${BODY}`,
  );
}
