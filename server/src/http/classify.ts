import { PROTOCOL_VERSION_META_KEY, SUPPORTED_PROTOCOL_VERSIONS } from '@modelcontextprotocol/server';

/** The first revision of the stateless era (no initialize; a protocol envelope in every request). */
export const FIRST_MODERN_REVISION = '2026-07-28';

export const LEGACY_REVISIONS: readonly string[] = SUPPORTED_PROTOCOL_VERSIONS.filter((v) => v < FIRST_MODERN_REVISION);

export type JsonRpcShape =
  | { kind: 'request'; id: string | number; method: string; params?: Record<string, unknown> }
  | { kind: 'notification'; method: string; params?: Record<string, unknown> }
  | { kind: 'response'; id: string | number }
  | { kind: 'invalid'; reason: string; id: string | number | null };

const isId = (v: unknown): v is string | number => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));

/** What kind of JSON-RPC message a parsed body is, or why it is none. */
export function jsonRpcShape(body: unknown): JsonRpcShape {
  if (Array.isArray(body)) return { kind: 'invalid', reason: 'JSON-RPC batches are not supported by this protocol revision', id: null };
  if (!body || typeof body !== 'object') return { kind: 'invalid', reason: 'The body must be a JSON-RPC 2.0 object', id: null };
  const m = body as Record<string, unknown>;
  const id = isId(m.id) ? m.id : null;
  if (m.jsonrpc !== '2.0') return { kind: 'invalid', reason: 'jsonrpc must be "2.0"', id };
  if (m.params !== undefined && (typeof m.params !== 'object' || m.params === null || Array.isArray(m.params))) {
    return { kind: 'invalid', reason: 'params must be an object', id };
  }
  const params = m.params as Record<string, unknown> | undefined;
  if (typeof m.method === 'string') {
    if (m.method.length === 0 || m.method.length > 256) return { kind: 'invalid', reason: 'method must be a non-empty string', id };
    if ('id' in m) {
      if (!isId(m.id)) return { kind: 'invalid', reason: 'id must be a string or a number', id: null };
      return { kind: 'request', id: m.id, method: m.method, ...(params ? { params } : {}) };
    }
    return { kind: 'notification', method: m.method, ...(params ? { params } : {}) };
  }
  if (isId(m.id) && ('result' in m || 'error' in m)) return { kind: 'response', id: m.id };
  return { kind: 'invalid', reason: 'Not a JSON-RPC request, notification or response', id };
}

/** Which protocol era serves a message: the 2026-07-28 envelope, `server/discover`, or its header. */
export function isModernMessage(shape: JsonRpcShape, protocolHeader: string | undefined): boolean {
  if (protocolHeader && protocolHeader >= FIRST_MODERN_REVISION) return true;
  if (shape.kind === 'request' && shape.method === 'server/discover') return true;
  if (shape.kind === 'request' || shape.kind === 'notification') {
    const meta = shape.params?._meta;
    if (meta && typeof meta === 'object' && PROTOCOL_VERSION_META_KEY in meta) return true;
  }
  return false;
}

/** The tool a `tools/call` names, for scope checks before dispatch. */
export function calledTool(shape: JsonRpcShape): string | undefined {
  if (shape.kind !== 'request' || shape.method !== 'tools/call') return undefined;
  const name = shape.params?.name;
  return typeof name === 'string' ? name : undefined;
}
