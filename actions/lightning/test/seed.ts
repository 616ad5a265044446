import { loadServerEnv } from '@mcp-aks/core';
import { openStore, type Episode, type Reward } from '@mcp-aks/lightning';
import { RecordingCredential } from '@mcp-aks/actions-kit/recorder';

/** Captured ask_foundry episodes for the default agent, as the server's capture writes them. */
export function episodes(count: number): Episode[] {
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(Date.UTC(2026, 10, 1, 0, 0, i)).toISOString();
    const question = `How do I scale deployment ${i} on AKS?`;
    const answer = `Use kubectl scale or an HPA for deployment ${i}.`;
    return {
      id: `ep-${i}`,
      agentId: 'mcp-agents',
      type: 'episode' as const,
      sessionHash: `session-${i % 9}`,
      requestId: `req-${i}`,
      tool: 'ask_foundry',
      input: { question },
      output: { text: answer },
      outcome: 'ok' as const,
      modelCalls: [
        {
          provider: 'openai-compatible',
          model: 'base-model',
          tuned: false,
          request: { messages: [{ role: 'system', content: 'You answer questions about AKS.' }, { role: 'user', content: question }] },
          response: { content: answer, finishReason: 'stop' },
          usage: { promptTokens: 20, completionTokens: 12, totalTokens: 32 },
          latencyMs: 150,
        },
      ],
      model: 'base-model',
      tuned: false,
      latencyMs: 160,
      startedAt: at,
      endedAt: at,
      capturedAt: at,
    } as Episode;
  });
}

export async function seed(dataDir: string, count: number): Promise<void> {
  const store = await openStore(loadServerEnv({ DATA_DIR: dataDir }), () => new RecordingCredential());
  await store.putEpisodes(episodes(count));
  await store.close();
}

/** A fine-tuning job as the OpenAI-compatible fine_tuning API returns it. */
export function job(status: string, model: string | null = null) {
  return {
    id: 'ftjob-1',
    object: 'fine_tuning.job',
    created_at: 1,
    model: 'base-model',
    fine_tuned_model: model,
    organization_id: 'org',
    status,
    training_file: 'file-1',
    validation_file: null,
    hyperparameters: { n_epochs: 'auto' },
    result_files: [],
    seed: 1,
    trained_tokens: null,
    finished_at: null,
    error: null,
  };
}

/** Rewards as label, submit_feedback and lightning_assign_reward store them (one per episode and source). */
export function reward(episodeId: string, source: 'feedback' | 'judge' | 'manual', value: number): Reward {
  return {
    id: `rw-${source}-${episodeId}`,
    agentId: 'mcp-agents',
    type: 'reward',
    episodeId,
    source,
    value,
    reason: '',
    components: {},
    version: source === 'judge' ? 'judge-v2:judge-model' : '1',
    createdAt: '2026-11-02T00:00:00.000Z',
  };
}

export async function seedRewards(dataDir: string, rewards: Reward[]): Promise<void> {
  const store = await openStore(loadServerEnv({ DATA_DIR: dataDir }), () => new RecordingCredential());
  await store.putRewards(rewards);
  await store.close();
}
