import { isPlainObject } from './eligibility';
import { SERVER_INFO_META_KEY, specTypeSchemas, type CallToolResult, type Implementation, type JSONRPCMessage, type RequestId, type StandardSchemaV1 } from '@modelcontextprotocol/server';

// What the SDK's `tools/call` handler and its wire codecs do to a tool's result, step for step
// (@modelcontextprotocol/server 2.4.0: McpServer's tools/call handler, validateStandardSchema, the
// 2026-07-28 codec's encodeResult). server/test/fast-lane.test.ts holds the lane's answers equal to
// the SDK's for every lane tool on both revisions, so a change on the SDK's side turns it red.

/** The SDK's tool error result (McpServer.createToolError). */
export function toolError(message: string): CallToolResult {
  return { content: [{ type: 'text', text: message }], isError: true };
}

function formatIssue(issue: StandardSchemaV1.Issue): string {
  if (!issue.path?.length) return issue.message;
  return `${issue.path.map((p) => String(typeof p === 'object' ? p.key : p)).join('.')}: ${issue.message}`;
}

/** Why a result fails its tool's output schema, in the SDK's words; undefined when it passes. */
export async function outputProblem(tool: string, schema: StandardSchemaV1 | undefined, result: CallToolResult): Promise<string | undefined> {
  if (!schema || result.isError) return undefined;
  if (result.structuredContent === undefined) return `Output validation error: Tool ${tool} has an output schema but no structured content was provided`;
  const checked = await schema['~standard'].validate(result.structuredContent);
  if (!checked.issues || checked.issues.length === 0) return undefined;
  return `Output validation error: Invalid structured content for tool ${tool}: ${checked.issues.map(formatIssue).join(', ')}`;
}


/**
 * The result as the SDK's server hands it to the wire: a result without content gains `content: []`,
 * then it is validated as a CallToolResult and the validated value (members in the schema's order) is
 * what is sent. The SDK validates with the serving era's wire schema (not exported); this is the
 * public CallToolResult schema, which accepts every result our tools produce in the same shape. A
 * result that fails is a server bug: answered, like the SDK, with an invalid-params error.
 */
export function checkedResult(result: CallToolResult): { ok: true; value: Record<string, unknown> } | { ok: false; message: string } {
  const normalized = result.content === undefined ? { ...result, content: [] } : result;
  const checked = specTypeSchemas.CallToolResult['~standard'].validate(normalized) as StandardSchemaV1.Result<Record<string, unknown>>;
  if (checked.issues && checked.issues.length > 0) return { ok: false, message: `Invalid tools/call result: ${checked.issues.map(formatIssue).join(', ')}` };
  return { ok: true, value: (checked as StandardSchemaV1.SuccessResult<Record<string, unknown>>).value };
}

/**
 * The 2026-07-28 codec's encoding of a `tools/call` result: the deleted `capabilities.tasks` stripped,
 * `resultType` stamped `complete` unless the tool set one, no cache fields (a call is not a cacheable
 * operation), and the server's identity added to `_meta` unless the result names one.
 */
export function encodeModernCallResult(result: Record<string, unknown>, serverInfo: Implementation | undefined): Record<string, unknown> {
  let next = result;
  const capabilities = next.capabilities;
  if (isPlainObject(capabilities) && 'tasks' in capabilities) {
    const rest = { ...capabilities };
    delete rest.tasks;
    next = { ...next, capabilities: rest };
  }
  if (next.resultType === undefined) next = { ...next, resultType: 'complete' };
  if (serverInfo === undefined) return next;
  const meta = next._meta;
  if (meta === undefined) return { ...next, _meta: { [SERVER_INFO_META_KEY]: serverInfo } };
  if (!isPlainObject(meta) || meta[SERVER_INFO_META_KEY] !== undefined) return next;
  return { ...next, _meta: { ...meta, [SERVER_INFO_META_KEY]: serverInfo } };
}

/** The JSON-RPC answer, its members in the SDK's order. */
export function answer(id: RequestId, result: Record<string, unknown>): JSONRPCMessage {
  return { result, jsonrpc: '2.0', id } as JSONRPCMessage;
}

/** The SDK's answer to a result that fails validation (ProtocolErrorCode.InvalidParams). */
export function invalidResult(id: RequestId, message: string): JSONRPCMessage {
  return { jsonrpc: '2.0', id, error: { code: -32602, message } } as JSONRPCMessage;
}
