import { classifyInboundRequest, type JSONRPCRequest, type MessageClassification } from '@modelcontextprotocol/server';
import { FIRST_MODERN_REVISION } from '../http/classify';

/** The standard request headers of the 2026-07-28 revision, as the client sent them. */
export interface StandardHeaders {
  protocolVersion?: string | undefined;
  method?: string | undefined;
  name?: string | undefined;
}

export interface DirectRoute {
  message: JSONRPCRequest;
  classification: MessageClassification;
}

/** Methods without a name header, a capability requirement or a per-operation scope challenge. */
const PLAIN_METHODS: ReadonlySet<string> = new Set(['tools/list', 'server/discover', 'ping']);

/**
 * Whether a 2026-07-28 message can be served directly on the long-lived instance: only when the SDK's
 * own validation ladder would certainly let it through. The era decision is the SDK's classifier; the
 * standard headers must be present and name exactly what the body names; a `tools/call` must name a
 * tool that declares no `Mcp-Param` headers and no scope challenge. Anything else (every rejection,
 * notifications, encoded names, fixtures, other methods) goes to the SDK's handler, which answers it.
 */
export function directRoute(body: unknown, headers: StandardHeaders, plainTools: ReadonlySet<string>): DirectRoute | undefined {
  const outcome = classifyInboundRequest({
    httpMethod: 'POST',
    ...(headers.protocolVersion !== undefined ? { protocolVersionHeader: headers.protocolVersion } : {}),
    ...(headers.method !== undefined ? { mcpMethodHeader: headers.method } : {}),
    ...(headers.name !== undefined ? { mcpNameHeader: headers.name } : {}),
    body,
  });
  if (outcome.kind !== 'modern' || outcome.messageKind !== 'request') return undefined;
  const { message, classification } = outcome;
  if (classification.revision !== FIRST_MODERN_REVISION) return undefined;
  if (headers.protocolVersion?.trim() !== classification.revision || headers.method?.trim() !== message.method) return undefined;
  if (PLAIN_METHODS.has(message.method)) return { message, classification };
  if (message.method !== 'tools/call') return undefined;
  const name = message.params?.name;
  if (typeof name !== 'string' || !plainTools.has(name) || headers.name?.trim() !== name) return undefined;
  return { message, classification };
}
