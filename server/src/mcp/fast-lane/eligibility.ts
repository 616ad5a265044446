import { CLIENT_CAPABILITIES_META_KEY, CLIENT_INFO_META_KEY, LOG_LEVEL_META_KEY, PROTOCOL_VERSION_META_KEY } from '@modelcontextprotocol/server';
import { FIRST_MODERN_REVISION } from '../../http/classify';
import type { StandardHeaders } from '../modern-route';

/** A `tools/call` the fast lane may serve: the client's id, the tool and its (still unvalidated) arguments. */
export interface LaneCall {
  id: string | number;
  tool: string;
  args: Record<string, unknown> | undefined;
  /** The client's progress token (2025 revisions): progress the tool reports goes to the client as notifications. */
  progressToken?: string | number;
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const CALL_PARAMS: ReadonlySet<string> = new Set(['name', 'arguments', '_meta']);
const MESSAGE_KEYS: ReadonlySet<string> = new Set(['jsonrpc', 'id', 'method', 'params']);
/** The per-request envelope of the 2026-07-28 revision (SDK client: protocolVersion, clientInfo, clientCapabilities, logLevel). */
const ENVELOPE_KEYS: ReadonlySet<string> = new Set([PROTOCOL_VERSION_META_KEY, CLIENT_INFO_META_KEY, CLIENT_CAPABILITIES_META_KEY, LOG_LEVEL_META_KEY]);
/** `_meta` keys the protocol gives meaning to (`io.modelcontextprotocol/related-task`, …): left to the SDK. */
const RESERVED_META_PREFIX = 'io.modelcontextprotocol/';

/** A progress token as the protocol defines it: a string or an integer. */
const isProgressToken = (value: unknown): value is string | number => typeof value === 'string' || Number.isSafeInteger(value);

function onlyKeys(value: Record<string, unknown>, allowed: ReadonlySet<string>): boolean {
  for (const key in value) if (!allowed.has(key)) return false;
  return true;
}

/** The tool and arguments of `params` when they hold nothing but a lane tool's name, plain arguments and `_meta`. */
function callOf(params: unknown, tools: ReadonlySet<string>): { tool: string; args: Record<string, unknown> | undefined; meta: unknown } | undefined {
  if (!isPlainObject(params) || !onlyKeys(params, CALL_PARAMS)) return undefined;
  const { name, arguments: args, _meta: meta } = params;
  if (typeof name !== 'string' || !tools.has(name)) return undefined;
  if (args !== undefined && !isPlainObject(args)) return undefined;
  return { tool: name, args, meta };
}

/**
 * A 2025-era request the fast lane may serve: a `tools/call` of a lane tool whose params hold only the
 * name, plain arguments and a `_meta` with, besides the client's own keys (Copilot in VS Code sends
 * `vscode.conversationId` and `vscode.requestId`), at most a valid progress token (VS Code and Codex
 * send one with every call) and no other key the protocol reserves. The message has already passed
 * the edge's JSON-RPC shape check; the SDK never sees a 2025 client's id (the multiplexer replaces
 * it), so any id that check accepts is fine here too.
 */
export function legacyLaneCall(message: { id: string | number; method: string; params?: Record<string, unknown> }, tools: ReadonlySet<string>): LaneCall | undefined {
  if (message.method !== 'tools/call') return undefined;
  const call = callOf(message.params, tools);
  if (!call) return undefined;
  const lane: LaneCall = { id: message.id, tool: call.tool, args: call.args };
  if (call.meta !== undefined) {
    if (!isPlainObject(call.meta)) return undefined;
    for (const key in call.meta) {
      if (key === 'progressToken') {
        const token = call.meta.progressToken;
        if (!isProgressToken(token)) return undefined;
        lane.progressToken = token;
      } else if (key.startsWith(RESERVED_META_PREFIX)) return undefined;
    }
  }
  return lane;
}

/**
 * A 2026-07-28 request the fast lane may serve: only one the SDK's validation ladder would certainly
 * pass. The message has exactly the JSON-RPC members with a string or integer id; the standard headers
 * name exactly the revision, `tools/call` and the tool the body names (no whitespace, no Base64 form);
 * `_meta` holds the envelope, naming this revision, which the SDK's own envelope check accepts
 * (`envelopeAccepted`, asked once per distinct envelope), and otherwise at most a valid progress token
 * and the client's own keys, no other key the protocol reserves.
 */
export function modernLaneCall(body: unknown, headers: StandardHeaders, tools: ReadonlySet<string>, envelopeAccepted: (envelope: Record<string, unknown>) => boolean): LaneCall | undefined {
  if (!isPlainObject(body) || !onlyKeys(body, MESSAGE_KEYS)) return undefined;
  const { id, method } = body;
  if (body.jsonrpc !== '2.0' || method !== 'tools/call') return undefined;
  if (typeof id !== 'string' && !Number.isSafeInteger(id)) return undefined;
  if (headers.protocolVersion !== FIRST_MODERN_REVISION || headers.method !== method) return undefined;
  const call = callOf(body.params, tools);
  if (!call || headers.name !== call.tool) return undefined;
  const meta = call.meta;
  if (!isPlainObject(meta) || meta[PROTOCOL_VERSION_META_KEY] !== FIRST_MODERN_REVISION) return undefined;
  let envelope: Record<string, unknown> = meta;
  let progressToken: string | number | undefined;
  for (const key in meta) {
    if (ENVELOPE_KEYS.has(key)) continue;
    if (key === 'progressToken') {
      if (!isProgressToken(meta.progressToken)) return undefined;
      progressToken = meta.progressToken;
    } else if (key.startsWith(RESERVED_META_PREFIX)) return undefined;
    // The progress token and the client's own keys are not the envelope: its verdict is about the envelope alone.
    if (envelope === meta) envelope = {};
  }
  if (envelope !== meta) for (const key in meta) if (ENVELOPE_KEYS.has(key)) envelope[key] = meta[key];
  if (!envelopeAccepted(envelope)) return undefined;
  return { id: id as string | number, tool: call.tool, args: call.args, ...(progressToken !== undefined ? { progressToken } : {}) };
}
