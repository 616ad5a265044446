import { notConfigured, type ServerEnv, type TokenCredential } from '@mcp-aks/core';
import type { CommandContext } from '../context';
import { createJudgeModel, createOpenAI } from '../environment';
import { OpenAIChatModel } from '../model';
import type { GateSettings } from './gate-decision';
import type { EvaluateDeps } from './run';

/** The model the server calls when no tuned deployment is active. */
export function baseChatModel(env: ServerEnv): string | undefined {
  return env.OPENAI_BASE_URL ? (env.OPENAI_MODEL ?? env.FOUNDRY_MODEL_DEPLOYMENT_NAME) : env.FOUNDRY_MODEL_DEPLOYMENT_NAME;
}

/** The name the serving model is called by: the active tuned deployment, else the base deployment. */
export async function servingModel(ctx: CommandContext, env: ServerEnv): Promise<string> {
  const active = await ctx.store.getActiveDeployment(ctx.agentId);
  if (active) return active.deploymentName;
  const base = baseChatModel(env);
  if (!base) throw notConfigured('evaluation needs the base model: set FOUNDRY_MODEL_DEPLOYMENT_NAME, or OPENAI_MODEL with OPENAI_BASE_URL');
  return base;
}

export function gateSettings(env: ServerEnv): GateSettings {
  return { margin: env.LIGHTNING_GATE_MARGIN, confidence: env.LIGHTNING_GATE_CONFIDENCE, minExamples: env.LIGHTNING_GATE_MIN_EXAMPLES };
}

export async function createEvaluateDeps(env: ServerEnv, credential: () => TokenCredential): Promise<EvaluateDeps> {
  const { client, kind } = await createOpenAI(env, credential, 'evaluate');
  // The judge is optional here: without LIGHTNING_JUDGE_MODEL the deterministic checks alone score.
  const judge = env.LIGHTNING_JUDGE_MODEL ? await createJudgeModel(env, credential) : undefined;
  const input = env.LIGHTNING_PRICE_INPUT_PER_MTOK;
  const output = env.LIGHTNING_PRICE_OUTPUT_PER_MTOK;
  return {
    chat: new OpenAIChatModel(client, baseChatModel(env) ?? 'unset', kind === 'azure' ? 'azure-openai' : 'openai-compatible'),
    ...(judge ? { judge, judgeName: judge.defaultModel } : {}),
    ...(input !== undefined && output !== undefined ? { prices: { input, output } } : {}),
  };
}
