import { join } from 'node:path';
import { lightningBaseModel, notConfigured, type Logger, type ServerEnv, type TokenCredential } from '@mcp-aks/core';
import type { CognitiveServicesManagementClientOptionalParams } from '@azure/arm-cognitiveservices';
import { LocalDatasetSink, type DatasetSink } from './dataset/sink';
import { accountNameFromEndpoint, deploymentPrefix } from './deployments/plan';
import type { PromotionTarget } from './deployments/promote';
import { OpenAIChatModel } from './model';
import { embeddedStoreDir } from './store';

/**
 * Builds Lightning's adapters from configuration. The Azure SDKs are loaded only when the
 * configuration asks for them, so the embedded loop starts quickly and stays small.
 */

export function modelConfigured(env: ServerEnv): boolean {
  return Boolean(env.OPENAI_BASE_URL || env.AZURE_OPENAI_ENDPOINT || env.FOUNDRY_PROJECT_ENDPOINT);
}

export async function createOpenAI(env: ServerEnv, credential: () => TokenCredential, purpose: string) {
  const { createOpenAIClient, openAITargetFromEnv } = await import('./azure');
  const target = openAITargetFromEnv(env, credential);
  if (!target) {
    throw notConfigured(`${purpose} needs a model endpoint with the fine-tuning API: set FOUNDRY_PROJECT_ENDPOINT (or AZURE_OPENAI_ENDPOINT) for Azure, or OPENAI_BASE_URL for an OpenAI-compatible server`);
  }
  return { client: createOpenAIClient(target, { timeoutMs: env.MODEL_TIMEOUT_MS }), kind: target.kind };
}

/**
 * The judge's model: LIGHTNING_JUDGE_MODEL on the configured endpoint (an Azure deployment, or a model
 * of the compatible server). There is no fallback to the serving model: a model grading its own answers
 * agrees with itself.
 */
export async function createJudgeModel(env: ServerEnv, credential: () => TokenCredential): Promise<OpenAIChatModel> {
  const model = env.LIGHTNING_JUDGE_MODEL;
  if (!model) throw notConfigured('the LLM judge needs its own model: set LIGHTNING_JUDGE_MODEL to a deployment (Azure) or model (OPENAI_BASE_URL) other than the one that serves');
  const { client, kind } = await createOpenAI(env, credential, 'the judge');
  return new OpenAIChatModel(client, model, kind === 'azure' ? 'azure-openai' : 'openai-compatible');
}

/** The serving model (the deployment or model the server answers with), for sampling alternative answers. */
export async function createServingModel(env: ServerEnv, credential: () => TokenCredential): Promise<OpenAIChatModel> {
  const model = env.OPENAI_BASE_URL ? (env.OPENAI_MODEL ?? env.FOUNDRY_MODEL_DEPLOYMENT_NAME) : env.FOUNDRY_MODEL_DEPLOYMENT_NAME;
  if (!model) throw notConfigured('sampling alternatives needs the serving model: set FOUNDRY_MODEL_DEPLOYMENT_NAME (Azure) or OPENAI_MODEL (OPENAI_BASE_URL)');
  const { client, kind } = await createOpenAI(env, credential, 'sample-alternatives');
  return new OpenAIChatModel(client, model, kind === 'azure' ? 'azure-openai' : 'openai-compatible');
}

export async function createDatasetSink(env: ServerEnv, credential: () => TokenCredential): Promise<DatasetSink> {
  if (env.AZURE_STORAGE_ACCOUNT_URL) {
    const [{ BlobServiceClient }, { BlobDatasetSink }] = await Promise.all([import('@azure/storage-blob'), import('./dataset/sink')]);
    const service = new BlobServiceClient(env.AZURE_STORAGE_ACCOUNT_URL, credential());
    return new BlobDatasetSink(service.getContainerClient(env.LIGHTNING_DATASET_CONTAINER_NAME));
  }
  return new LocalDatasetSink(join(embeddedStoreDir(env), 'datasets'));
}

/** `armOptions` reaches the management client (tests add a policy that trusts a loopback test certificate). */
export async function createPromotionTarget(
  env: ServerEnv,
  credential: () => TokenCredential,
  armOptions: { additionalPolicies?: CognitiveServicesManagementClientOptionalParams['additionalPolicies']; pollIntervalMs?: number } = {},
): Promise<PromotionTarget | undefined> {
  const prefix = deploymentPrefix(env.LIGHTNING_AGENT_ID, env.LIGHTNING_DEPLOYMENT_PREFIX);
  const accountName = env.AZURE_AI_ACCOUNT_NAME ?? accountNameFromEndpoint(env.AZURE_OPENAI_ENDPOINT ?? env.FOUNDRY_PROJECT_ENDPOINT);
  if (env.AZURE_SUBSCRIPTION_ID && env.AZURE_RESOURCE_GROUP && accountName) {
    const { CognitiveServicesManagementClient } = await import('@azure/arm-cognitiveservices');
    const endpoint = (env.AZURE_RESOURCE_MANAGER_ENDPOINT ?? 'https://management.azure.com').replace(/\/$/, '');
    const client = new CognitiveServicesManagementClient(credential(), env.AZURE_SUBSCRIPTION_ID, {
      endpoint,
      credentialScopes: [`${endpoint}/.default`],
      ...(armOptions.additionalPolicies ? { additionalPolicies: armOptions.additionalPolicies } : {}),
    });
    return {
      kind: 'azure',
      client,
      resourceGroup: env.AZURE_RESOURCE_GROUP,
      accountName,
      sku: env.LIGHTNING_DEPLOYMENT_SKU,
      capacity: env.LIGHTNING_DEPLOYMENT_CAPACITY,
      prefix,
      ...(armOptions.pollIntervalMs ? { pollIntervalMs: armOptions.pollIntervalMs } : {}),
    };
  }
  if (env.OPENAI_BASE_URL) return { kind: 'compatible', prefix };
  return undefined;
}

/** The base model to fine-tune (the serving model unless LIGHTNING_BASE_MODEL overrides it); a mismatch is logged. */
export function resolveBaseModel(env: ServerEnv, logger?: Logger): string {
  const choice = lightningBaseModel(env);
  if (choice.warning) logger?.warn({ baseModel: choice.model, source: choice.source }, choice.warning);
  return choice.model;
}
