import { CLIENT_CAPABILITIES_META_KEY, type ClientCapabilities, type ServerContext } from '@modelcontextprotocol/server';

/**
 * What the client of this request declared it can do. 2026-07-28 requests carry it in their `_meta`
 * envelope; 2025-era requests carry nothing per request (their `initialize` is not tied to later
 * calls in stateless serving), so they read as undefined.
 */
export function clientCapabilitiesOf(ctx: ServerContext): ClientCapabilities | undefined {
  return ctx.mcpReq.envelope?.[CLIENT_CAPABILITIES_META_KEY as never] as ClientCapabilities | undefined;
}
