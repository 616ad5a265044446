import type { JSONRPCMessage } from '@modelcontextprotocol/server';

interface Issue {
  path: (string | number)[];
  message: string;
}

/** The issue list of a zod error message (`JSON.stringify(issues, null, 2)`), or undefined. */
function zodIssues(text: string): Issue[] | undefined {
  if (!text.startsWith('[')) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const isIssue = (v: unknown): v is Issue =>
    typeof v === 'object' && v !== null && typeof (v as Issue).message === 'string' && Array.isArray((v as Issue).path) && typeof (v as { code?: unknown }).code === 'string';
  return Array.isArray(parsed) && parsed.length > 0 && parsed.every(isIssue) ? parsed : undefined;
}

/**
 * The SDK answers a spec method whose params fail the method's schema (`logging/setLevel` with an
 * unknown level, `prompts/get` without a name) with -32603 Internal error and the raw zod issue list
 * as the message (modelcontextprotocol/typescript-sdk#2284). JSON-RPC 2.0 gives invalid params
 * -32602: such an answer is re-coded, and its issues summarised in one readable line.
 */
export function reportInvalidParams<M extends JSONRPCMessage>(message: M): M {
  if (!('error' in message) || message.error.code !== -32603) return message;
  const issues = zodIssues(message.error.message);
  if (!issues) return message;
  const summary = issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(the params)'}: ${issue.message}`)
    .join('; ');
  return { ...message, error: { code: -32602, message: `Invalid params: ${summary}${issues.length > 3 ? ` (and ${issues.length - 3} more)` : ''}` } };
}

/** The same for a JSON body: returned unchanged unless it is such an answer. */
export function reportInvalidParamsInBody(text: string): string {
  if (!text.includes('-32603')) return text;
  try {
    const message = JSON.parse(text) as JSONRPCMessage;
    const reported = reportInvalidParams(message);
    return reported === message ? text : JSON.stringify(reported);
  } catch {
    return text;
  }
}
