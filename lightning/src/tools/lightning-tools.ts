import { z } from 'zod';
import { defineTool, errorResult, isAppError, publicMessage, textResult, type AnyToolDefinition, type ToolContext, type ToolResult } from '@mcp-aks/core';
import type { CommandContext } from '../context';
import { label } from '../rewards/label';
import { buildDataset, includeKinds, type BuildDatasetOptions } from '../dataset/build';
import type { DatasetSink } from '../dataset/sink';
import type { PromotionTarget } from '../deployments/promote';
import { deactivate, promote, rollback } from '../deployments/promote';
import { rewardIdFor } from '../rewards/heuristics';
import { rewardSummaries } from '../rewards/summary';
import type { Episode, Reward } from '../schemas';
import { status, train, type TrainingDeps } from '../training/train';
import { promotionGate, type GateDeps } from '../evaluate/gate';
import { evaluate } from '../evaluate/run';
import { currentEvalSet } from '../evaluate/store';

export const ADMIN_SCOPE = 'lightning.admin';

/** What the tools need; the Azure pieces are created on first use (and may be unconfigured). */
export interface LightningToolDeps {
  ctx: CommandContext;
  sink: () => Promise<DatasetSink>;
  training: () => Promise<TrainingDeps>;
  promotion: () => Promise<PromotionTarget | undefined>;
  maxDeployments: number;
  /** Defaults of lightning_build_dataset from configuration. */
  datasetDefaults?: Pick<BuildDatasetOptions, 'allowHeuristicOnly' | 'targetModel'>;
  /** The evaluation gate's pieces (evaluate and promote go through it). */
  gate: GateDeps;
  /** Writes captured episodes out, so a just-made call can be found (feedback right after a call). */
  flushCapture?: () => Promise<void>;
  captureStats?: () => Record<string, unknown>;
}

const limit = (fallback: number, max = 100) => z.number().int().min(1).max(max).default(fallback).describe(`How many to return (1-${max}).`);
const id = (what: string) => z.string().min(1).max(128).regex(/^[A-Za-z0-9._:-]+$/, `a ${what} id`).describe(`The ${what} id.`);
const rewardValue = z.number().min(-1).max(1);

const readOnly = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false } as const;
const mutating = { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: false } as const;

/** Tool results: the JSON as text for every client, and as structured content. */
function json<T extends Record<string, unknown>>(summary: string, data: T): ToolResult<T> {
  return textResult(`${summary}\n${JSON.stringify(data, null, 2)}`, data);
}

/** Our own errors (bad input, not found, not configured, upstream) become isError results the agent can read. */
async function guarded<T extends Record<string, unknown>>(work: () => Promise<ToolResult<T>>): Promise<ToolResult<T>> {
  try {
    return await work();
  } catch (error) {
    if (isAppError(error) || error instanceof z.ZodError) return errorResult(error instanceof z.ZodError ? `invalid input: ${error.issues.map((i) => i.message).join('; ')}` : publicMessage(error));
    throw error;
  }
}

/** The command context of one call: its progress lines go to the caller (notifications or task status). */
const reporting = (ctx: CommandContext, call: ToolContext | undefined): CommandContext => (call?.progress ? { ...ctx, progress: call.progress } : ctx);

/** How long a training run is followed when it runs as a task. */
const FOLLOW_TRAINING_MS = 6 * 3_600_000;

function summarize(e: Episode) {
  return { id: e.id, tool: e.tool, outcome: e.outcome, model: e.model ?? null, tuned: e.tuned, latencyMs: e.latencyMs, startedAt: e.startedAt };
}

export function lightningTools(deps: LightningToolDeps): AnyToolDefinition[] {
  const { ctx } = deps;
  return [
    defineTool({
      name: 'lightning_list_episodes',
      title: 'List Lightning episodes',
      description: 'Lists the newest captured episodes of this server (tool calls recorded for fine-tuning), newest first, each with its combined reward and what it is based on.',
      inputSchema: z.object({ limit: limit(20), tool: z.string().min(1).max(128).optional(), outcome: z.enum(['ok', 'error']).optional() }),
      annotations: { title: 'List Lightning episodes', ...readOnly },
      // Episodes hold what callers asked and were told: reading them is an admin's job.
      requiredScopes: [ADMIN_SCOPE],
      handler: (input) =>
        guarded(async () => {
          await deps.flushCapture?.();
          const episodes = await ctx.store.listEpisodes(ctx.agentId, { limit: input.limit, ...(input.tool ? { tool: input.tool } : {}), ...(input.outcome ? { outcome: input.outcome } : {}) });
          const rewards = await rewardSummaries(ctx, episodes.map((e) => e.id));
          return json(`${episodes.length} episode(s)`, { episodes: episodes.map((e) => ({ ...summarize(e), reward: rewards.get(e.id)! })) });
        }),
    }),
    defineTool({
      name: 'lightning_get_episode',
      title: 'Get a Lightning episode',
      description: 'Returns one captured episode in full (input, model exchange, output, outcome, usage) with its rewards: each source, the combined score and what it is based on.',
      inputSchema: z.object({ episode_id: id('episode') }),
      annotations: { title: 'Get a Lightning episode', ...readOnly },
      requiredScopes: [ADMIN_SCOPE],
      handler: (input) =>
        guarded(async () => {
          await deps.flushCapture?.();
          const episode = await ctx.store.getEpisode(ctx.agentId, input.episode_id);
          if (!episode) return errorResult(`episode ${input.episode_id} not found`);
          const reward = (await rewardSummaries(ctx, [episode.id])).get(episode.id)!;
          return json(`episode ${episode.id}`, { episode, reward });
        }),
    }),
    defineTool({
      name: 'lightning_assign_reward',
      title: 'Assign a reward',
      description: 'Sets the manual reward (-1 to 1) of an episode; assigning again replaces it.',
      inputSchema: z.object({ episode_id: id('episode'), value: rewardValue.describe('From -1 (bad) to 1 (good).'), reason: z.string().max(2000).default('') }),
      annotations: { title: 'Assign a reward', ...mutating, idempotentHint: true },
      requiredScopes: [ADMIN_SCOPE],
      handler: (input) =>
        guarded(async () => {
          await deps.flushCapture?.();
          if (!(await ctx.store.getEpisode(ctx.agentId, input.episode_id))) return errorResult(`episode ${input.episode_id} not found`);
          const reward: Reward = {
            id: rewardIdFor(ctx.agentId, input.episode_id, 'manual'),
            agentId: ctx.agentId,
            type: 'reward',
            episodeId: input.episode_id,
            source: 'manual',
            value: input.value,
            reason: input.reason,
            components: { value: input.value },
            version: '1',
            createdAt: new Date().toISOString(),
          };
          await ctx.store.putRewards([reward]);
          return json(`reward ${reward.value} assigned to ${reward.episodeId}`, { reward });
        }),
    }),
    defineTool({
      name: 'lightning_list_rewards',
      title: 'List rewards',
      description: 'Lists rewards, newest first, optionally of one episode or one source (feedback, heuristic, judge, manual).',
      inputSchema: z.object({ limit: limit(20), episode_id: id('episode').optional(), source: z.enum(['feedback', 'heuristic', 'judge', 'manual']).optional() }),
      annotations: { title: 'List rewards', ...readOnly },
      // Reward reasons carry the callers' comments.
      requiredScopes: [ADMIN_SCOPE],
      handler: (input) =>
        guarded(async () => {
          const rewards = await ctx.store.listRewards(ctx.agentId, { limit: input.limit, ...(input.episode_id ? { episodeId: input.episode_id } : {}), ...(input.source ? { source: input.source } : {}) });
          return json(`${rewards.length} reward(s)`, { rewards });
        }),
    }),
    defineTool({
      name: 'lightning_build_dataset',
      title: 'Build a fine-tuning dataset',
      description:
        'Labels new episodes with heuristic rewards, then builds redacted, validated fine-tuning files (supervised and/or DPO) from the best-rewarded episodes and records the dataset.',
      inputSchema: z.object({
        format: z.enum(['supervised', 'dpo', 'both']).default('supervised'),
        min_reward: rewardValue.default(0.5),
        top_fraction: z.number().gt(0).max(1).optional(),
        validation_percent: z.number().min(0).max(50).default(10),
        include: z.array(z.enum(includeKinds)).max(3).default([]),
        tools: z.array(z.string().min(1).max(128)).max(100).optional(),
        dry_run: z.boolean().default(false),
      }),
      annotations: { title: 'Build a fine-tuning dataset', ...mutating },
      requiredScopes: [ADMIN_SCOPE],
      longRunning: true,
      handler: (input, call) =>
        guarded(async () => {
          const ctx = reporting(deps.ctx, call);
          await deps.flushCapture?.();
          const labeled = await label(ctx, { dryRun: input.dry_run });
          const options: BuildDatasetOptions = {
            ...deps.datasetDefaults,
            format: input.format,
            minReward: input.min_reward,
            validationPercent: input.validation_percent,
            include: input.include,
            dryRun: input.dry_run,
            ...(input.top_fraction !== undefined ? { topFraction: input.top_fraction } : {}),
            ...(input.tools ? { tools: input.tools } : {}),
          };
          const { manifest } = await buildDataset(ctx, await deps.sink(), options);
          return json(`dataset ${manifest.id}${manifest.valid ? '' : ' (not valid for training)'}`, { labeled, manifest });
        }),
    }),
    defineTool({
      name: 'lightning_list_datasets',
      title: 'List datasets',
      description: 'Lists built datasets, newest first, with their counts, files and validity.',
      inputSchema: z.object({ limit: limit(10) }),
      annotations: { title: 'List datasets', ...readOnly },
      handler: (input) => guarded(async () => json('datasets', { datasets: await ctx.store.listDatasets(ctx.agentId, input.limit) })),
    }),
    defineTool({
      name: 'lightning_start_training',
      title: 'Start fine-tuning',
      description:
        'Uploads a dataset (the newest valid one by default) and creates a fine-tuning job on the configured endpoint. Run as an MCP task (clients with the tasks extension), it then follows the job to its end.',
      inputSchema: z.object({
        dataset_id: id('dataset').optional(),
        method: z.enum(['supervised', 'dpo']).optional(),
        base_model: z.string().min(1).max(128).optional(),
        n_epochs: z.number().int().min(1).max(50).optional(),
        seed: z.number().int().min(0).max(2_147_483_647).optional(),
        suffix: z.string().max(40).regex(/^[a-zA-Z0-9-]+$/).optional(),
        dry_run: z.boolean().default(false),
      }),
      annotations: { title: 'Start fine-tuning', ...mutating, openWorldHint: true },
      requiredScopes: [ADMIN_SCOPE],
      longRunning: true,
      handler: (input, call) =>
        guarded(async () => {
          const ctx = reporting(deps.ctx, call);
          const training = await deps.training();
          const result = await train(ctx, training, {
            dryRun: input.dry_run,
            ...(input.dataset_id ? { datasetId: input.dataset_id } : {}),
            ...(input.method ? { method: input.method } : {}),
            ...(input.base_model ? { baseModel: input.base_model } : {}),
            ...(input.n_epochs ? { hyperparameters: { n_epochs: input.n_epochs } } : {}),
            ...(input.seed !== undefined ? { seed: input.seed } : {}),
            ...(input.suffix ? { suffix: input.suffix } : {}),
          });
          if (call?.runningAsTask && !result.dryRun) {
            const followed = await status(ctx, training, { runId: result.run.id, follow: true, timeoutMs: FOLLOW_TRAINING_MS });
            return json(`training run ${followed.run.id} ${followed.run.status}`, { ...result, run: followed.run, events: followed.events, timedOut: followed.timedOut });
          }
          return json(`training run ${result.run.id} ${result.run.status}`, { ...result });
        }),
    }),
    defineTool({
      name: 'lightning_get_training_status',
      title: 'Get training status',
      description: 'Asks the service for the state of a training run (the newest by default), records it, and returns the new events.',
      inputSchema: z.object({ run_id: id('training run').optional() }),
      annotations: { title: 'Get training status', readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
      handler: (input) =>
        guarded(async () => {
          const result = await status(ctx, await deps.training(), input.run_id ? { runId: input.run_id } : {});
          return json(`training run ${result.run.id}: ${result.run.status}`, { ...result });
        }),
    }),
    defineTool({
      name: 'lightning_list_training_runs',
      title: 'List training runs',
      description: 'Lists training runs, newest first, with their recorded status and fine-tuned model.',
      inputSchema: z.object({ limit: limit(10) }),
      annotations: { title: 'List training runs', ...readOnly },
      handler: (input) => guarded(async () => json('training runs', { runs: await ctx.store.listTrainingRuns(ctx.agentId, input.limit) })),
    }),
    defineTool({
      name: 'lightning_promote_deployment',
      title: 'Promote a fine-tuned model',
      description: 'Creates a new versioned deployment of a fine-tuned model (the newest succeeded run by default), waits for it, and makes it the active tuned model.',
      inputSchema: z.object({
        run_id: id('training run').optional(),
        fine_tuned_model: z.string().min(1).max(256).optional(),
        force_reason: z.string().min(3).max(500).optional().describe('Bypass the evaluation gate; the reason is recorded with the deployment.'),
        dry_run: z.boolean().default(false),
      }),
      annotations: { title: 'Promote a fine-tuned model', ...mutating, openWorldHint: true },
      requiredScopes: [ADMIN_SCOPE],
      confirm: (input) =>
        input.dry_run ? undefined : `Promote ${input.fine_tuned_model ?? (input.run_id ? `the model of training run ${input.run_id}` : 'the newest fine-tuned model')} and make it the model this server uses?`,
      handler: (input, call) =>
        guarded(async () => {
          const options = {
            maxDeployments: deps.maxDeployments,
            dryRun: input.dry_run,
            ...(input.run_id ? { runId: input.run_id } : {}),
            ...(input.fine_tuned_model ? { fineTunedModel: input.fine_tuned_model } : {}),
            ...(input.force_reason ? { force: input.force_reason } : {}),
          };
          const reported = reporting(ctx, call);
          const result = await promote(reported, await deps.promotion(), options, promotionGate(reported, deps.gate));
          return json(`${result.deployment.deploymentName} ${result.dryRun ? 'would be' : 'is'} active`, { ...result });
        }),
    }),
    defineTool({
      name: 'lightning_evaluate',
      title: 'Evaluate a candidate model',
      description:
        'Runs the serving model and a candidate (the fine-tuned model of a run, the newest succeeded one by default, or a model name) on the frozen evaluation set, grades both (LLM judge and deterministic checks) and records the report with the promotion gate verdict.',
      inputSchema: z.object({
        run_id: id('training run').optional(),
        model: z.string().min(1).max(256).optional().describe('The name the candidate is called by (a deployment name on Azure, a model id elsewhere).'),
        limit: z.number().int().min(1).max(2000).optional().describe('Only the first N prompts (a quick look, never a gate verdict).'),
      }),
      annotations: { title: 'Evaluate a candidate model', readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
      requiredScopes: [ADMIN_SCOPE],
      longRunning: true,
      handler: (input, call) =>
        guarded(async () => {
          const ctx = reporting(deps.ctx, call);
          if (!(await currentEvalSet(ctx))) return errorResult(`no evaluation set for agent ${ctx.agentId}: add prompts with \`lightning eval-set add\``);
          let candidate = input.model;
          let runId = input.run_id;
          if (!candidate) {
            const run = runId ? await ctx.store.getTrainingRun(ctx.agentId, runId) : (await ctx.store.listTrainingRuns(ctx.agentId, 50)).find((r) => r.status === 'succeeded' && r.fineTunedModel);
            if (!run?.fineTunedModel) return errorResult(runId ? `training run ${runId} has no fine-tuned model` : 'no succeeded training run: pass model');
            candidate = run.fineTunedModel;
            runId = run.id;
          }
          const evaluation = await evaluate(ctx, await deps.gate.evaluation(), {
            ...deps.gate.settings,
            candidate,
            active: await deps.gate.activeModel(),
            ...(runId ? { trainingRunId: runId } : {}),
            ...(input.limit ? { limit: input.limit } : {}),
          });
          const { examples, ...summary } = evaluation;
          return json(`${evaluation.gate.passed ? 'PASS' : 'FAIL'}: ${evaluation.gate.reason}`, { ...summary, examples: examples.length });
        }),
    }),
    defineTool({
      name: 'lightning_get_active_deployment',
      title: 'Get the active tuned deployment',
      description: 'Returns the tuned deployment the server uses when USE_TUNED_MODEL is on, or none.',
      inputSchema: z.object({}),
      annotations: { title: 'Get the active tuned deployment', ...readOnly },
      handler: () =>
        guarded(async () => {
          const deployment = await ctx.store.getActiveDeployment(ctx.agentId);
          return json(deployment ? `active: ${deployment.deploymentName}` : 'no active tuned deployment (the base deployment serves)', { deployment: deployment ?? null });
        }),
    }),
    defineTool({
      name: 'lightning_list_deployments',
      title: 'List tuned deployments',
      description: 'Lists tuned deployments, newest first, with version, state and whether each is active.',
      inputSchema: z.object({ limit: limit(10) }),
      annotations: { title: 'List tuned deployments', ...readOnly },
      handler: (input) => guarded(async () => json('deployments', { deployments: await ctx.store.listDeployments(ctx.agentId, input.limit) })),
    }),
    defineTool({
      name: 'lightning_rollback_deployment',
      title: 'Roll back the tuned deployment',
      description: 'Makes the previous tuned deployment active again.',
      inputSchema: z.object({ dry_run: z.boolean().default(false) }),
      annotations: { title: 'Roll back the tuned deployment', ...mutating },
      requiredScopes: [ADMIN_SCOPE],
      confirm: (input) => (input.dry_run ? undefined : 'Make the previous tuned deployment active again (the current one stops serving)?'),
      handler: (input) =>
        guarded(async () => {
          const result = await rollback(ctx, await deps.promotion(), { dryRun: input.dry_run });
          return json(`${result.active.deploymentName} ${result.dryRun ? 'would be' : 'is'} active`, { ...result });
        }),
    }),
    defineTool({
      name: 'lightning_deactivate_deployment',
      title: 'Deactivate the tuned deployment',
      description: 'Stops using any tuned deployment: the server serves the base deployment.',
      inputSchema: z.object({ dry_run: z.boolean().default(false) }),
      annotations: { title: 'Deactivate the tuned deployment', ...mutating, idempotentHint: true },
      requiredScopes: [ADMIN_SCOPE],
      handler: (input) =>
        guarded(async () => {
          const result = await deactivate(ctx, { dryRun: input.dry_run });
          return json(result.deactivated.length ? `deactivated ${result.deactivated.join(', ')}` : 'no tuned deployment was active', { ...result });
        }),
    }),
    defineTool({
      name: 'lightning_get_stats',
      title: 'Lightning statistics',
      description: 'Counts of episodes, rewards, datasets, training runs and deployments, the active deployment, and capture statistics.',
      inputSchema: z.object({}),
      annotations: { title: 'Lightning statistics', ...readOnly },
      handler: () =>
        guarded(async () => {
          const [episodes, rewards, datasets, runs, deployments, active] = await Promise.all([
            ctx.store.countEpisodes(ctx.agentId),
            ctx.store.countRewards(ctx.agentId),
            ctx.store.records.count('datasets', ctx.agentId),
            ctx.store.records.count('training_runs', ctx.agentId),
            ctx.store.records.count('deployments', ctx.agentId),
            ctx.store.getActiveDeployment(ctx.agentId),
          ]);
          const stats = { agentId: ctx.agentId, store: ctx.store.kind, episodes, rewards, datasets, trainingRuns: runs, deployments, activeDeployment: active?.deploymentName ?? null, capture: deps.captureStats?.() ?? null };
          return json('lightning statistics', stats);
        }),
    }),
  ];
}

/** submit_feedback: any caller rates the episodes of its own session; an admin may rate any. */
export function feedbackTool(deps: Pick<LightningToolDeps, 'ctx' | 'flushCapture'>): AnyToolDefinition {
  const { ctx } = deps;
  return defineTool({
    name: 'submit_feedback',
    title: 'Submit feedback',
    description: 'Rates the answer of an earlier call from -1 (bad) to 1 (good); the rating becomes a reward for fine-tuning. Rating again replaces the earlier rating.',
    inputSchema: z.object({
      episode_id: id('episode').describe('The episode id of the call being rated (returned with model-backed tool results).'),
      score: rewardValue.describe('From -1 (bad) to 1 (good).'),
      comment: z.string().max(2000).optional(),
    }),
    annotations: { title: 'Submit feedback', readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    handler: (input, toolCtx) =>
      guarded(async () => {
        await deps.flushCapture?.();
        const episode = await ctx.store.getEpisode(ctx.agentId, input.episode_id);
        if (!episode) return errorResult(`episode ${input.episode_id} not found (feedback applies to captured calls; is ENABLE_LIGHTNING_CAPTURE on?)`);
        const caller = toolCtx.caller;
        const authenticated = caller.subject !== undefined;
        if (authenticated && episode.sessionHash !== caller.sessionHash && !caller.scopes.includes(ADMIN_SCOPE)) {
          return errorResult(`episode ${input.episode_id} was not made by this client; only its own client or a ${ADMIN_SCOPE} caller may rate it`);
        }
        const reward: Reward = {
          id: rewardIdFor(ctx.agentId, episode.id, 'feedback'),
          agentId: ctx.agentId,
          type: 'reward',
          episodeId: episode.id,
          source: 'feedback',
          value: input.score,
          reason: input.comment ?? '',
          components: { score: input.score },
          version: '1',
          createdAt: new Date().toISOString(),
        };
        await ctx.store.putRewards([reward]);
        return json(`feedback ${input.score} recorded for ${episode.id}`, { episodeId: episode.id, rewardId: reward.id, score: input.score });
      }),
  });
}

