import * as core from '@actions/core';
import { CognitiveServicesManagementClient } from '@azure/arm-cognitiveservices';
import { AppError, invalidInput } from '@mcp-aks/core';
import { armClientOptions, describeFailure, failureMessage, withAzureRetry } from '@mcp-aks/actions-kit';
import { checkFineTuning, checkModels, servingBaseModel, wantedModels, type OfferedModel } from './models';
import type { ArmTemplate } from './template';
import type { PhaseContext } from './core-phase';

/** Pinned so the request does not move with SDK upgrades (the version the cited Models - List page documents). */
export const COGNITIVE_SERVICES_API_VERSION = '2025-06-01';

export async function listOfferedModels(context: PhaseContext, location: string): Promise<OfferedModel[]> {
  const endpoint = context.inputs['arm-endpoint'];
  const client = new CognitiveServicesManagementClient(context.credential, context.inputs['subscription-id'], {
    ...armClientOptions(endpoint),
    apiVersion: COGNITIVE_SERVICES_API_VERSION,
    credentialScopes: [`${endpoint}/.default`],
  });
  // No propagation wait here: the list is read at subscription scope, which a deployer with roles on the
  // resource group only may never be allowed (the caller reports that instead of waiting 10 minutes).
  return withAzureRetry(async () => {
    const offered: OfferedModel[] = [];
    for await (const item of client.models.list(location)) if (item.model) offered.push(item.model);
    return offered;
  }, { ...context.retry, propagation: undefined });
}

/**
 * Before validate, what-if or deploy: the template's model deployments must be offered in the region and
 * not retired; fails with what the region offers instead. Lightning's base model (the serving model
 * unless LIGHTNING_BASE_MODEL says otherwise) is checked for fine-tuning and reported, never fatal.
 */
export async function checkModelOffer(context: PhaseContext, template: ArmTemplate, parameters: Record<string, { value: unknown }>, now = new Date()): Promise<void> {
  let wanted;
  try {
    wanted = wantedModels(template, parameters);
  } catch (error) {
    throw invalidInput((error as Error).message);
  }
  if (wanted.length === 0) return;
  const given = parameters.location?.value;
  const location = (typeof given === 'string' && given) || context.inputs.location;
  if (!location) {
    core.warning("model check skipped: pass the 'location' input (or a location parameter) so the models offered there can be checked before deploying");
    return;
  }
  let offered: OfferedModel[];
  try {
    offered = await listOfferedModels(context, location);
  } catch (error) {
    if (describeFailure(error).status !== 403) throw error;
    core.warning(
      `model check skipped: the signed-in identity may not list the models of ${location} (${failureMessage(error)}). ` +
        'Models - List is read at subscription scope (Microsoft.CognitiveServices/locations/models/read): give the deployer Reader on the subscription to have the models checked before deploying.',
    );
    return;
  }
  const result = checkModels(wanted, offered, { location, now });
  for (const warning of result.warnings) core.warning(warning);
  if (result.problems.length) {
    throw new AppError('config', `the template's models cannot be deployed in ${location}:\n- ${result.problems.join('\n- ')}\nChoose an offered model with the chatModel / embeddingModel parameters.`);
  }
  const chat = wanted.find((w) => w.role === 'chatModel')?.deployment;
  if (chat) {
    const fineTune = checkFineTuning(chat, offered, { location, now });
    if (fineTune) core.warning(fineTune);
    core.info(`models offered in ${location}: ${wanted.map((w) => `${w.deployment.modelName} ${w.deployment.modelVersion}`).join(', ')}; Lightning base model ${servingBaseModel(chat)}`);
  }
}
