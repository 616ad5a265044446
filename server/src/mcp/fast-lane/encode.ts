import { SERVER_INFO_META_KEY, type CallToolResult, type Implementation, type JSONRPCMessage, type RequestId, type StandardSchemaV1 } from '@modelcontextprotocol/server';

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

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

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
