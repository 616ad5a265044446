import { OpenAIStandIn, chatCompletion, lastUserMessage, openAIError, type RecordedRequest } from '../adapters/support/openai-stand-in';

type ChatRequest = RecordedRequest & { body: { model?: string; messages?: { role: string; content: string }[] } };

/**
 * The tool tests' model: the adapters' OpenAI-compatible stand-in, answering a plan prompt ("Task: …")
 * with a numbered plan and anything else with "Answer to: <question>"; optionally slow or failing.
 */
export async function startFakeOpenAI(options: { failWith?: number; delayMs?: number } = {}) {
  const standIn = await new OpenAIStandIn().start();
  let failWith = options.failWith;
  const delay = options.delayMs ? { delayMs: options.delayMs } : {};
  standIn.chat = (body) => {
    if (failWith) return { ...openAIError(failWith, 'model overloaded', 'server_error'), ...delay };
    const last = lastUserMessage(body);
    const content = last.startsWith('Task:') ? '1. Check the deployment status\n2. Roll back to the previous revision\n3. Tell the team' : `Answer to: ${last}`;
    return { status: 200, body: chatCompletion(String(body.model ?? 'unknown'), content), ...delay };
  };
  return {
    baseURL: `${standIn.origin}/v1`,
    requests: standIn.requests as ChatRequest[],
    setFailure(status: number | undefined) {
      failWith = status;
    },
    close: () => standIn.stop(),
  };
}
