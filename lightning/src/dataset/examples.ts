import { redactText, type RedactionCounts } from './redact';

/** A chat message in the fine-tuning file format. */
export interface TrainingMessage {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string | null;
  name?: string;
  tool_call_id?: string;
  tool_calls?: { id: string; type: 'function'; function: { name: string; arguments: string } }[];
}

export interface SupervisedExample {
  messages: TrainingMessage[];
  tools?: unknown[];
}

export interface PreferenceExample {
  input: { messages: TrainingMessage[]; tools?: unknown[] };
  preferred_output: TrainingMessage[];
  non_preferred_output: TrainingMessage[];
}

/** The fields of a stored episode the dataset reads; checked here, since the hot path skips zod. */
interface RawModelCall {
  request?: { messages?: unknown; tools?: unknown };
  response?: { content?: unknown; toolCalls?: unknown };
  error?: unknown;
}
export interface RawEpisode {
  id: string;
  tool?: unknown;
  outcome?: unknown;
  sessionHash?: unknown;
  tuned?: unknown;
  modelCalls?: RawModelCall[];
}

const roles = new Set(['system', 'user', 'assistant', 'tool']);

/** `counts` null: no redaction (only for grouping keys that never leave the process). */
const scrub = (text: string, counts: RedactionCounts | null) => (counts ? redactText(text, counts) : text);

function toolCallsOf(value: unknown, counts: RedactionCounts | null): TrainingMessage['tool_calls'] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const calls: NonNullable<TrainingMessage['tool_calls']> = [];
  for (const c of value as { id?: unknown; function?: { name?: unknown; arguments?: unknown } }[]) {
    if (typeof c?.id !== 'string' || typeof c.function?.name !== 'string') return undefined;
    const args = typeof c.function.arguments === 'string' ? c.function.arguments : JSON.stringify(c.function.arguments ?? {});
    calls.push({ id: c.id, type: 'function', function: { name: c.function.name, arguments: scrub(args, counts) } });
  }
  return calls;
}

function messageOf(value: unknown, counts: RedactionCounts | null): TrainingMessage | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const m = value as Record<string, unknown>;
  if (typeof m.role !== 'string' || !roles.has(m.role)) return undefined;
  const content = typeof m.content === 'string' ? scrub(m.content, counts) : m.content == null ? null : undefined;
  if (content === undefined) return undefined;
  const out: TrainingMessage = { role: m.role as TrainingMessage['role'], content };
  if (typeof m.name === 'string') out.name = m.name;
  if (typeof m.tool_call_id === 'string') out.tool_call_id = m.tool_call_id;
  const calls = toolCallsOf(m.tool_calls, counts);
  if (calls) out.tool_calls = calls;
  return out;
}

/** The final model exchange of an episode as prompt messages and the assistant's answer. */
export function exchangeOf(episode: RawEpisode, counts: RedactionCounts | null): { prompt: TrainingMessage[]; answer: TrainingMessage; tools?: unknown[] } | undefined {
  const call = Array.isArray(episode.modelCalls) ? episode.modelCalls.at(-1) : undefined;
  if (!call || call.error || !call.response || !Array.isArray(call.request?.messages)) return undefined;
  const prompt: TrainingMessage[] = [];
  for (const raw of call.request.messages as unknown[]) {
    const message = messageOf(raw, counts);
    if (!message) return undefined;
    prompt.push(message);
  }
  const toolCalls = toolCallsOf(call.response.toolCalls, counts);
  const text = typeof call.response.content === 'string' ? call.response.content : '';
  if (!toolCalls && text.trim() === '') return undefined;
  const answer: TrainingMessage = { role: 'assistant', content: toolCalls && text === '' ? null : scrub(text, counts) };
  if (toolCalls) answer.tool_calls = toolCalls;
  const tools = Array.isArray(call.request.tools) && call.request.tools.length > 0 ? call.request.tools : undefined;
  return tools ? { prompt, answer, tools } : { prompt, answer };
}

/**
 * The dedup key: the normalized prompt (whitespace collapsed, case folded) and the sequence of tool
 * calls in the conversation and the answer. Two episodes with the same key teach the same thing.
 */
export function dedupKey(prompt: TrainingMessage[], answer: TrainingMessage): string {
  let key = '';
  for (const m of prompt) {
    key += `${m.role}:${(m.content ?? '').replace(/\s+/g, ' ').trim().toLowerCase()}\u0000`;
    for (const c of m.tool_calls ?? []) key += `call:${c.function.name}\u0000`;
  }
  for (const c of answer.tool_calls ?? []) key += `answer-call:${c.function.name}\u0000`;
  return key;
}

/** The input-only key that groups episodes answering the same prompt (for preference pairs). */
export function inputKey(prompt: TrainingMessage[]): string {
  let key = '';
  for (const m of prompt) key += `${m.role}:${(m.content ?? '').replace(/\s+/g, ' ').trim().toLowerCase()}\u0000`;
  return key;
}
