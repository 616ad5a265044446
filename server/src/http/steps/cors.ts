/**
 * CORS for browser-based MCP clients. Which origins may call is decided by the host check
 * (ALLOWED_ORIGINS, plus loopback origins on a loopback bind); this step only says so to the browser.
 * Request headers: the Streamable HTTP transport's (Mcp-Protocol-Version, Mcp-Session-Id,
 * Last-Event-ID) and the standard headers the TypeScript SDK client sends on POST (Mcp-Method,
 * Mcp-Name; modelcontextprotocol/typescript-sdk#2178). Exposed: what a client must read back.
 */
export const CORS_ALLOW_HEADERS = 'authorization, content-type, accept, mcp-protocol-version, mcp-session-id, mcp-method, mcp-name, last-event-id, x-request-id';
export const CORS_EXPOSE_HEADERS = 'www-authenticate, mcp-session-id, mcp-protocol-version, x-request-id, retry-after';
const CORS_ALLOW_METHODS = 'POST, GET, DELETE, OPTIONS';

const NONE: Record<string, string> = Object.freeze({}) as Record<string, string>;

/** Headers for a response to an (already allowed) origin; none for non-browser callers. */
export function corsHeaders(origin: string | undefined): Record<string, string> {
  if (!origin) return NONE;
  return { 'access-control-allow-origin': origin, vary: 'Origin', 'access-control-expose-headers': CORS_EXPOSE_HEADERS };
}

/** The answer to a preflight OPTIONS request. */
export function preflightHeaders(origin: string | undefined): Record<string, string> {
  return { ...corsHeaders(origin), 'access-control-allow-methods': CORS_ALLOW_METHODS, 'access-control-allow-headers': CORS_ALLOW_HEADERS, 'access-control-max-age': '600' };
}
