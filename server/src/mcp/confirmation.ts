import { createHash } from 'node:crypto';
import { inputRequired, inputResponse, type CallToolResult, type RequestStateCodec, type ServerContext } from '@modelcontextprotocol/server';
import { clientCapabilitiesOf } from './client-capabilities';

/**
 * Destructive tools ask the user before they act, when the client can carry the question and the
 * answer:
 * - 2026-07-28 with a client that declares elicitation: an `input_required` result whose request state
 *   is HMAC-signed (MCP_REQUEST_STATE_KEY, shared by the replicas) and names the tool and the exact
 *   arguments, so any replica can resume it and an answer cannot be moved to other arguments;
 * - 2025-era clients: an elicitation request only when the client declared elicitation and its answer
 *   (a separate POST) is sure to reach this process. Stateless serving behind a balancer without
 *   affinity knows neither per call, so those calls act as they always did.
 */
export type ConfirmationRoute = 'input_required' | 'elicit' | 'act';

export function confirmationRoute(call: { modernEra: boolean; clientCanElicit: boolean; answerReachesThisProcess: boolean }): ConfirmationRoute {
  if (!call.clientCanElicit) return 'act';
  if (call.modernEra) return 'input_required';
  return call.answerReachesThisProcess ? 'elicit' : 'act';
}

interface ConfirmationState {
  tool: string;
  args: string;
}

/** A digest of the arguments with keys in a stable order. */
export function argumentsDigest(input: unknown): string {
  const canonical = (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, canonical(v)]))
      : Array.isArray(value)
        ? value.map(canonical)
        : value;
  return createHash('sha256').update(JSON.stringify(canonical(input) ?? null)).digest('base64url');
}

const KEY = 'confirm';
const schemaFor = (question: string) => ({
  type: 'object' as const,
  properties: { confirm: { type: 'boolean' as const, title: 'Confirm', description: question } },
  required: ['confirm'],
});

/** What happens next: `undefined` to go ahead, or the result to answer with instead (a question, or "not done"). */
export async function confirmBeforeActing(tool: string, question: string, input: unknown, ctx: ServerContext, codec: RequestStateCodec): Promise<CallToolResult | undefined> {
  const modernEra = ctx.mcpReq.envelope !== undefined;
  const route = confirmationRoute({ modernEra, clientCanElicit: clientCapabilitiesOf(ctx)?.elicitation !== undefined, answerReachesThisProcess: false });
  if (route === 'act') return undefined;
  const args = argumentsDigest(input);

  if (route === 'elicit') {
    const answer = await ctx.mcpReq.send({ method: 'elicitation/create', params: { message: question, requestedSchema: schemaFor(question) } });
    return answer.action === 'accept' && answer.content?.[KEY] === true ? undefined : notConfirmed(tool);
  }

  // The SDK has verified the signature (a tampered or expired state never reaches here).
  const state = ctx.mcpReq.requestState<ConfirmationState>();
  if (state && state.tool === tool && state.args === args) {
    const view = inputResponse(ctx.mcpReq.inputResponses, KEY);
    if (view.kind === 'elicit') return view.action === 'accept' && view.content?.[KEY] === true ? undefined : notConfirmed(tool);
  }
  return inputRequired({
    inputRequests: { [KEY]: inputRequired.elicit({ message: question, requestedSchema: schemaFor(question) }) },
    requestState: await codec.mint({ tool, args } satisfies ConfirmationState, ctx),
  }) as unknown as CallToolResult;
}

const notConfirmed = (tool: string): CallToolResult => ({
  content: [{ type: 'text', text: `Nothing was done: ${tool} was not confirmed by the user.` }],
  isError: true,
});
