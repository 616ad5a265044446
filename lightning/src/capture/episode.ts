import { sha256, type ToolCallRecord, type ToolResult } from '@mcp-aks/core';
import { redactDeep, redactText } from '../dataset/redact';
import type { Episode } from '../schemas';

const MAX_OUTPUT_CHARS = 32_000;

/**
 * The episode id of a tool call: deterministic, so a spooled episode replayed twice is stored once.
 * The server can compute it too (to tell the caller which id to give `submit_feedback`).
 */
export function episodeIdFor(agentId: string, requestId: string, tool: string): string {
  return `ep-${sha256(`${agentId}\n${requestId}\n${tool}`).slice(0, 32)}`;
}

function outputOf(result: ToolResult<unknown> | undefined): Episode['output'] {
  if (!result) return undefined;
  let text = '';
  for (const part of result.content ?? []) if (part.type === 'text') text += (text ? '\n' : '') + part.text;
  if (text.length > MAX_OUTPUT_CHARS) text = text.slice(0, MAX_OUTPUT_CHARS);
  return result.structuredContent === undefined ? { text } : { text, structured: result.structuredContent };
}

/** What a tool call becomes in the store. Agent id from configuration, never from the caller. */
export function toEpisode(record: ToolCallRecord, agentId: string, capturedAt: string): Episode {
  const last = record.modelCalls.at(-1);
  let usage: Episode['usage'];
  for (const call of record.modelCalls) {
    if (!call.usage) continue;
    usage ??= { promptTokens: 0, completionTokens: 0, totalTokens: 0 };
    usage.promptTokens += call.usage.promptTokens;
    usage.completionTokens += call.usage.completionTokens;
    usage.totalTokens += call.usage.totalTokens;
  }
  return {
    id: episodeIdFor(agentId, record.requestId, record.tool),
    agentId,
    type: 'episode',
    sessionHash: record.caller.sessionHash,
    requestId: record.requestId,
    tool: record.tool,
    input: record.input,
    output: outputOf(record.result),
    outcome: record.isError ? 'error' : 'ok',
    ...(record.errorKind ? { errorKind: record.errorKind } : {}),
    modelCalls: record.modelCalls.map((call) => ({ ...call, tuned: call.tuned ?? false })),
    ...(last ? { model: last.deployment ?? last.model } : {}),
    tuned: record.modelCalls.some((call) => call.tuned),
    latencyMs: record.latencyMs,
    ...(usage ? { usage } : {}),
    startedAt: record.startedAt,
    endedAt: record.endedAt,
    capturedAt,
  };
}

/**
 * The episode with secrets and personal data replaced by typed placeholders in everything a caller or
 * the model wrote (input, output, the model exchange); ids, names and numbers are kept.
 */
export function redactEpisode(episode: Episode): Episode {
  return {
    ...episode,
    input: redactDeep(episode.input),
    ...(episode.output ? { output: redactDeep(episode.output) } : {}),
    modelCalls: episode.modelCalls.map((call) => ({
      ...call,
      request: { ...call.request, messages: redactDeep(call.request.messages), ...(call.request.tools ? { tools: call.request.tools } : {}) },
      ...(call.response ? { response: redactDeep(call.response) } : {}),
      ...(call.error ? { error: redactText(call.error) } : {}),
    })),
  };
}
