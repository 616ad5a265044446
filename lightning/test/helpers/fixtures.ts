import type { Episode, Reward } from '../../src/schemas';

let counter = 0;

export function makeEpisode(overrides: Partial<Episode> = {}): Episode {
  counter++;
  const startedAt = new Date(Date.UTC(2026, 0, 1, 0, 0, counter)).toISOString();
  const question = overrides.input && typeof overrides.input === 'object' ? String((overrides.input as { question?: string }).question) : `What is step ${counter}?`;
  return {
    id: `ep-${counter}-${Math.random().toString(36).slice(2, 8)}`,
    agentId: 'agent-a',
    type: 'episode',
    sessionHash: `s${counter % 7}`,
    requestId: `r${counter}`,
    tool: 'ask_foundry',
    input: { question },
    output: { text: `Answer ${counter}` },
    outcome: 'ok',
    modelCalls: [
      {
        provider: 'openai-compatible',
        model: 'base-model',
        tuned: false,
        request: {
          messages: [
            { role: 'system', content: 'You answer questions about AKS.' },
            { role: 'user', content: question },
          ],
        },
        response: { content: `Answer ${counter}`, finishReason: 'stop' },
        usage: { promptTokens: 20, completionTokens: 5, totalTokens: 25 },
        latencyMs: 120,
      },
    ],
    model: 'base-model',
    tuned: false,
    latencyMs: 130,
    startedAt,
    endedAt: startedAt,
    capturedAt: startedAt,
    ...overrides,
  };
}

/** A captured question and the model's answer to it, as one model call of an episode. */
export function makeQaEpisode(question: string, answer: string, overrides: Partial<Episode> = {}): Episode {
  return makeEpisode({
    input: { question },
    modelCalls: [
      {
        provider: 'p',
        model: 'm',
        tuned: false,
        request: { messages: [{ role: 'system', content: 'You answer questions about AKS.' }, { role: 'user', content: question }] },
        response: { content: answer, finishReason: 'stop' },
        latencyMs: 10,
      },
    ],
    ...overrides,
  });
}

export function makeReward(episode: Episode, value: number, source: Reward['source'] = 'manual'): Reward {
  return {
    id: `rw-${episode.id}-${source}`,
    agentId: episode.agentId,
    type: 'reward',
    episodeId: episode.id,
    source,
    value,
    reason: 'test',
    components: {},
    version: '1',
    createdAt: new Date().toISOString(),
  };
}
