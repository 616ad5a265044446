import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadServerEnv, silentLogger, type ToolContext } from '@mcp-aks/core';
import { createLightningRuntime } from '../src';

const mutating = [
  'lightning_assign_reward',
  'lightning_build_dataset',
  'lightning_start_training',
  'lightning_promote_deployment',
  'lightning_rollback_deployment',
  'lightning_deactivate_deployment',
  'lightning_evaluate',
];
/** Admin tools that only add records (an evaluation report): not destructive. */
const additive = new Set(['lightning_evaluate']);

function toolCtx(sessionHash: string, subject?: string, scopes: string[] = []): ToolContext {
  return { requestId: 'r', caller: { sessionHash, scopes, ...(subject ? { subject } : {}) }, logger: silentLogger, signal: new AbortController().signal, modelCalls: [] };
}

describe('createLightningRuntime', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lightning-runtime-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('with nothing enabled: the tools only, no observer, selector or readiness probe', async () => {
    const runtime = await createLightningRuntime({ env: loadServerEnv({ DATA_DIR: dir }), logger: silentLogger });
    expect(runtime.observer).toBeUndefined();
    expect(runtime.modelSelector).toBeUndefined();
    expect(runtime.ping).toBeUndefined();
    expect(runtime.tools.map((t) => t.name)).not.toContain('submit_feedback');
    expect(runtime.tools).toHaveLength(16);
    await runtime.close();
  });

  it('declares scopes and honest annotations, and validates input', async () => {
    const runtime = await createLightningRuntime({ env: loadServerEnv({ DATA_DIR: dir, ENABLE_LIGHTNING_CAPTURE: 'true', USE_TUNED_MODEL: 'true' }), logger: silentLogger });
    try {
      expect(runtime.observer).toBeDefined();
      expect(runtime.modelSelector).toBeDefined();
      await expect(runtime.ping!()).resolves.toBeUndefined();
      expect(await runtime.modelSelector!.select()).toBeUndefined();
      const byName = new Map(runtime.tools.map((t) => [t.name, t]));
      expect(byName.size).toBe(17);
      // Episodes and rewards hold what callers asked and said: reading them needs the admin scope too.
      const privateReads = ['lightning_list_episodes', 'lightning_get_episode', 'lightning_list_rewards'];
      for (const tool of runtime.tools) {
        const isMutating = mutating.includes(tool.name);
        expect(tool.requiredScopes ?? [], tool.name).toEqual(isMutating || privateReads.includes(tool.name) ? ['lightning.admin'] : []);
        expect(tool.annotations.readOnlyHint, tool.name).toBe(!isMutating && tool.name !== 'submit_feedback');
        if (isMutating) expect(tool.annotations.destructiveHint, tool.name).toBe(!additive.has(tool.name));
        expect(tool.captureByDefault ?? false).toBe(false);
      }
      const list = byName.get('lightning_list_episodes')!;
      expect(list.inputSchema.safeParse({ limit: 1000 }).success).toBe(false);
      expect(list.inputSchema.safeParse({ limit: 0 }).success).toBe(false);
      expect(list.inputSchema.safeParse({}).success).toBe(true);
      const reward = byName.get('lightning_assign_reward')!;
      expect(reward.inputSchema.safeParse({ episode_id: 'ep-1', value: 1.5 }).success).toBe(false);
      expect(reward.inputSchema.safeParse({ episode_id: "x' OR 1=1", value: 1 }).success).toBe(false);
      // No tool takes an agent id: it is always the configured one.
      for (const tool of runtime.tools) expect(Object.keys(tool.inputSchema.shape)).not.toContain('agent_id');
    } finally {
      await runtime.close();
    }
  });

  it('records calls it observes and lets the same client rate them; another client may not', async () => {
    const runtime = await createLightningRuntime({ env: loadServerEnv({ DATA_DIR: dir, ENABLE_LIGHTNING_CAPTURE: 'true', LIGHTNING_AGENT_ID: 'rt-agent' }), logger: silentLogger });
    try {
      const at = new Date().toISOString();
      runtime.observer!.observe({
        requestId: 'req-9',
        tool: 'ask_foundry',
        input: { question: 'q' },
        result: { content: [{ type: 'text', text: 'a' }] },
        isError: false,
        caller: { scopes: [], sessionHash: 'session-a', subject: 'alice' },
        startedAt: at,
        endedAt: at,
        latencyMs: 5,
        modelCalls: [],
      });
      const tools = new Map(runtime.tools.map((t) => [t.name, t]));
      const listed = await tools.get('lightning_list_episodes')!.handler({ limit: 5 }, toolCtx('admin'));
      const id = (listed.structuredContent as { episodes: { id: string }[] }).episodes[0]!.id;
      const feedback = tools.get('submit_feedback')!;
      const other = await feedback.handler({ episode_id: id, score: 1 }, toolCtx('session-b', 'bob'));
      expect(other.isError).toBe(true);
      const own = await feedback.handler({ episode_id: id, score: 1, comment: 'good' }, toolCtx('session-a', 'alice'));
      expect(own.isError).toBeFalsy();
      const admin = await feedback.handler({ episode_id: id, score: 0.5 }, toolCtx('session-c', 'carol', ['lightning.admin']));
      expect(admin.isError).toBeFalsy();
      const missing = await feedback.handler({ episode_id: 'ep-none', score: 1 }, toolCtx('session-a', 'alice'));
      expect(missing.isError).toBe(true);
      const rewards = await tools.get('lightning_list_rewards')!.handler({ limit: 5, episode_id: id }, toolCtx('admin'));
      expect((rewards.structuredContent as { rewards: { value: number; source: string }[] }).rewards).toEqual([expect.objectContaining({ value: 0.5, source: 'feedback' })]);
      const notConfigured = await tools.get('lightning_start_training')!.handler({ dry_run: false }, toolCtx('admin'));
      expect(notConfigured.isError).toBe(true);
    } finally {
      await runtime.close();
    }
  });
});
