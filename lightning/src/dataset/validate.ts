import { estimateTokens } from './limits';
import type { PreferenceExample, SupervisedExample, TrainingMessage } from './examples';

/**
 * Checks one example against the Azure OpenAI fine-tuning rules; returns the problem, or undefined.
 * The file-level rules (example count, file size, UTF-8) are checked by the writer.
 */
export function checkMessages(messages: TrainingMessage[], tokenLimit: number): string | undefined {
  if (messages.length === 0) return 'no messages';
  let assistants = 0;
  let chars = 0;
  const openCalls = new Set<string>();
  for (const [i, m] of messages.entries()) {
    if (!['system', 'user', 'assistant', 'tool'].includes(m.role)) return `message ${i}: unknown role`;
    if (m.role === 'system' && i !== 0) return `message ${i}: a system message must come first`;
    if (m.content !== null && typeof m.content !== 'string') return `message ${i}: content must be a string`;
    if (m.content === null && !(m.role === 'assistant' && m.tool_calls?.length)) return `message ${i}: empty content`;
    chars += (m.content ?? '').length;
    if (m.role !== 'tool' && openCalls.size > 0) return `message ${i}: tool_calls not answered by tool messages`;
    if (m.role === 'assistant') {
      assistants++;
      for (const call of m.tool_calls ?? []) {
        if (openCalls.has(call.id)) return `message ${i}: duplicate tool_call id`;
        openCalls.add(call.id);
        chars += call.function.name.length + call.function.arguments.length;
      }
    } else if (m.tool_calls?.length) return `message ${i}: only assistant messages carry tool_calls`;
    if (m.role === 'tool' && (!m.tool_call_id || !openCalls.delete(m.tool_call_id))) return `message ${i}: tool message without a matching tool_call id`;
  }
  if (assistants === 0) return 'no assistant message';
  const last = messages.at(-1)!;
  if (last.role !== 'assistant') return 'the last message must be the assistant';
  if (estimateTokens(chars, messages.length) > tokenLimit) return `over the ${tokenLimit}-token example limit`;
  return undefined;
}

export function checkSupervised(example: SupervisedExample, tokenLimit: number): string | undefined {
  return checkMessages(example.messages, tokenLimit);
}

export function checkPreference(example: PreferenceExample, tokenLimit: number): string | undefined {
  const input = example.input.messages;
  if (input.length === 0 || input.at(-1)!.role === 'assistant') return 'the input must end with a user or tool message';
  for (const output of [example.preferred_output, example.non_preferred_output]) {
    if (output.length !== 1 || output[0]!.role !== 'assistant') return 'each output must be one assistant message';
    const problem = checkMessages([...input, ...output], tokenLimit);
    if (problem) return problem;
  }
  return undefined;
}
