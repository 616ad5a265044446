import { randomBytes } from 'node:crypto';
import type { CognitiveServicesManagementClient } from '@azure/arm-cognitiveservices';
import { z } from 'zod';
import { AppError, invalidInput, notConfigured, notFound } from '@mcp-aks/core';
import { nowIso, type CommandContext } from '../context';
import type { Deployment } from '../schemas';
import { deploymentName, nextVersion, planPromotion, planRollback } from './plan';

/** Where promoted models go: an Azure account through the management plane, or a compatible endpoint (recorded only). */
/** "Max fine-tuned model deployments: 5" (https://learn.microsoft.com/azure/ai-services/openai/quotas-limits). */
export const MAX_FINE_TUNED_DEPLOYMENTS = 5;

export type PromotionTarget =
  | {
      kind: 'azure';
      client: CognitiveServicesManagementClient;
      resourceGroup: string;
      accountName: string;
      sku: string;
      capacity: number;
      prefix: string;
      /** LRO polling interval (tests use a few milliseconds). */
      pollIntervalMs?: number;
    }
  | { kind: 'compatible'; prefix: string };

export const promoteOptionsSchema = z
  .object({
    /** The training run whose fine-tuned model to deploy; the newest succeeded run when omitted. */
    runId: z.string().min(1).max(128).optional(),
    /** Or the fine-tuned model id directly. */
    fineTunedModel: z.string().min(1).max(256).optional(),
    /** At most 5: Azure OpenAI's limit of fine-tuned model deployments a resource (quotas and limits). */
    maxDeployments: z.number().int().min(2).max(MAX_FINE_TUNED_DEPLOYMENTS).default(3),
    /** Promote without the evaluation gate; the reason is recorded with the deployment. */
    force: z.string().trim().min(3, 'say why the gate is bypassed').max(500).optional(),
    dryRun: z.boolean().default(false),
  })
  .strict();
export type PromoteOptions = z.input<typeof promoteOptionsSchema>;

/**
 * The evaluation gate: whether the candidate (called by `callName`) has beaten the active model on
 * the current evaluation set. On Azure it is asked once the candidate deployment exists.
 */
export type PromotionGate = (candidate: { model: string; callName: string; runId?: string }) => Promise<{ passed: boolean; reason: string; evaluationId?: string }>;

export interface PromoteResult {
  dryRun: boolean;
  deployment: Deployment;
  deactivated: string[];
  removed: string[];
}

async function allDeployments(ctx: CommandContext): Promise<Deployment[]> {
  return ctx.store.listDeployments(ctx.agentId, 100);
}

async function resolveModel(ctx: CommandContext, options: z.output<typeof promoteOptionsSchema>): Promise<{ model: string; runId?: string }> {
  if (options.fineTunedModel) return { model: options.fineTunedModel, ...(options.runId ? { runId: options.runId } : {}) };
  const run = options.runId
    ? await ctx.store.getTrainingRun(ctx.agentId, options.runId)
    : (await ctx.store.listTrainingRuns(ctx.agentId, 50)).find((r) => r.status === 'succeeded' && r.fineTunedModel);
  if (!run) throw notFound(options.runId ? `training run ${options.runId} not found` : `no succeeded training run for agent ${ctx.agentId}`);
  if (run.status !== 'succeeded' || !run.fineTunedModel) throw invalidInput(`training run ${run.id} is ${run.status}; only a succeeded run can be promoted (run status to refresh it)`);
  return { model: run.fineTunedModel, runId: run.id };
}

/**
 * Creates a new versioned deployment of the fine-tuned model (Azure refuses to point an existing
 * deployment at a new fine-tuned model), waits for Succeeded, records it as the active one, and
 * removes the oldest beyond the limit.
 */
export async function promote(ctx: CommandContext, target: PromotionTarget | undefined, input: PromoteOptions = {}, gate?: PromotionGate): Promise<PromoteResult> {
  const options = promoteOptionsSchema.parse(input);
  if (!target) {
    throw notConfigured(
      'promote needs a target: AZURE_SUBSCRIPTION_ID, AZURE_RESOURCE_GROUP and FOUNDRY_PROJECT_ENDPOINT (or AZURE_AI_ACCOUNT_NAME) for Azure, or OPENAI_BASE_URL for an OpenAI-compatible endpoint',
    );
  }
  const { model, runId } = await resolveModel(ctx, options);
  const existing = await allDeployments(ctx);
  const version = nextVersion(existing);
  const now = nowIso(ctx);
  const name = target.kind === 'azure' ? deploymentName(target.prefix, version) : model;
  const created: Deployment = {
    id: `dep-${version}-${randomBytes(3).toString('hex')}`,
    agentId: ctx.agentId,
    type: 'deployment',
    deploymentName: name,
    fineTunedModel: model,
    ...(runId ? { trainingRunId: runId } : {}),
    version,
    active: false,
    target: target.kind,
    createdAt: now,
  };
  const plan = planPromotion(existing, created, options.maxDeployments, now);
  const check = async (callName: string): Promise<Deployment['gate']> => {
    if (options.force) {
      ctx.progress?.(`promote: evaluation gate bypassed: ${options.force}`);
      return { passed: false, forced: true, reason: options.force };
    }
    if (!gate) return undefined;
    const verdict = await gate({ model, callName, ...(runId ? { runId } : {}) });
    return { passed: verdict.passed, forced: false, reason: verdict.reason, ...(verdict.evaluationId ? { evaluationId: verdict.evaluationId } : {}) };
  };
  const refused = (verdict: Deployment['gate']) => new AppError('conflict', `promote refused ${model}: ${verdict!.reason} (lightning promote --force "<reason>" bypasses the gate)`);
  if (options.dryRun) return { dryRun: true, deployment: plan.activate, deactivated: plan.deactivate.map((d) => d.deploymentName), removed: plan.remove.map((d) => d.deploymentName) };

  if (target.kind === 'compatible') {
    const verdict = await check(name);
    if (verdict && !verdict.passed && !verdict.forced) throw refused(verdict);
    if (verdict) plan.activate.gate = verdict;
  }
  if (target.kind === 'azure') {
    ctx.progress?.(`promote: creating deployment ${name} of ${model}`);
    const result = await target.client.deployments.beginCreateOrUpdateAndWait(
      target.resourceGroup,
      target.accountName,
      name,
      { sku: { name: target.sku, capacity: target.capacity }, properties: { model: { format: 'OpenAI', name: model, version: '1' } } },
      { updateIntervalInMs: target.pollIntervalMs ?? 10_000 },
    );
    const state = result.properties?.provisioningState;
    if (state !== 'Succeeded') throw new AppError('upstream', `deployment ${name} ended ${state ?? 'without a provisioning state'}`);
    plan.activate.provisioningState = state;
    // The candidate deployment is what the gate evaluates; refused, it is removed and recorded so.
    const verdict = await check(name);
    if (verdict && !verdict.passed && !verdict.forced) {
      await target.client.deployments.beginDeleteAndWait(target.resourceGroup, target.accountName, name, { updateIntervalInMs: target.pollIntervalMs ?? 10_000 });
      await ctx.store.putDeployments([{ ...created, provisioningState: state, gate: verdict, deletedAt: nowIso(ctx) }]);
      throw refused(verdict);
    }
    if (verdict) plan.activate.gate = verdict;
  }
  // The new one first: a reader between the two writes sees two active ones and takes the newer.
  await ctx.store.putDeployments([plan.activate]);
  await ctx.store.putDeployments(plan.deactivate);
  for (const old of plan.remove) {
    if (target.kind === 'azure') {
      ctx.progress?.(`promote: deleting old deployment ${old.deploymentName}`);
      await target.client.deployments.beginDeleteAndWait(target.resourceGroup, target.accountName, old.deploymentName, { updateIntervalInMs: target.pollIntervalMs ?? 10_000 });
    }
    await ctx.store.putDeployments([old]);
  }
  ctx.progress?.(`promote: ${name} is active`);
  return { dryRun: false, deployment: plan.activate, deactivated: plan.deactivate.map((d) => d.deploymentName), removed: plan.remove.map((d) => d.deploymentName) };
}

export interface RollbackResult {
  dryRun: boolean;
  active: Deployment;
  deactivated: Deployment;
}

/** Makes the previous deployment active again, once the service confirms it still exists. */
export async function rollback(ctx: CommandContext, target: PromotionTarget | undefined, input: { dryRun?: boolean } = {}): Promise<RollbackResult> {
  const all = await allDeployments(ctx);
  const plan = planRollback(all, nowIso(ctx));
  if (!plan) throw notFound(`nothing to roll back to for agent ${ctx.agentId}: no active deployment with an older one kept`);
  if (plan.activate.target === 'azure') {
    // Promote keeps it, but it may have been deleted outside Lightning: serving a missing deployment fails every call.
    if (target?.kind !== 'azure') throw notConfigured('rollback checks that the deployment still exists: set AZURE_SUBSCRIPTION_ID, AZURE_RESOURCE_GROUP and the AI account (AZURE_AI_ACCOUNT_NAME or the model endpoint)');
    try {
      await target.client.deployments.get(target.resourceGroup, target.accountName, plan.activate.deploymentName);
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode !== 404) throw error;
      const gone = all.find((d) => d.id === plan.activate.id);
      if (!input.dryRun && gone) await ctx.store.putDeployments([{ ...gone, deletedAt: nowIso(ctx) }]);
      throw notFound(`cannot roll back to ${plan.activate.deploymentName}: it no longer exists on account ${target.accountName} (deleted outside Lightning); ${plan.deactivate.deploymentName} stays active`);
    }
  }
  if (!input.dryRun) {
    await ctx.store.putDeployments([plan.activate]);
    await ctx.store.putDeployments([plan.deactivate]);
    ctx.progress?.(`rollback: ${plan.activate.deploymentName} is active again (was ${plan.deactivate.deploymentName})`);
  }
  return { dryRun: input.dryRun ?? false, active: plan.activate, deactivated: plan.deactivate };
}

/** No tuned deployment active: the server serves the base deployment. */
export async function deactivate(ctx: CommandContext, input: { dryRun?: boolean } = {}): Promise<{ dryRun: boolean; deactivated: string[] }> {
  const now = nowIso(ctx);
  const active = (await allDeployments(ctx)).filter((d) => d.active);
  if (!input.dryRun) await ctx.store.putDeployments(active.map((d) => ({ ...d, active: false, deactivatedAt: now })));
  return { dryRun: input.dryRun ?? false, deactivated: active.map((d) => d.deploymentName) };
}
