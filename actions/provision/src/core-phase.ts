import * as core from '@actions/core';
import { DeploymentsClient } from '@azure/arm-resourcesdeployments';
import type { TokenCredential } from '@azure/identity';
import { AppError } from '@mcp-aks/core';
import { armClientOptions, describeFailure, failureMessage, heading, markdownTable, writeSummary, withAzureRetry, type AzureRetryOptions } from '@mcp-aks/actions-kit';
import { buildParameters, loadTemplate, resolveWorkspacePath, toStepOutputs, type ArmTemplate } from './template';
import { whatIfReport, type WhatIfChange } from './what-if';
import { adviceFor } from './failures';
import type { ProvisionInputs } from './inputs';

export interface PhaseContext {
  inputs: ProvisionInputs;
  credential: TokenCredential;
  workspace: string;
  retry: AzureRetryOptions;
}

/** Pinned so what the action sends does not move with SDK upgrades (the SDK's own default today). */
export const DEPLOYMENTS_API_VERSION = '2026-06-01';

export function deploymentsClient(context: PhaseContext): DeploymentsClient {
  const { inputs } = context;
  return new DeploymentsClient(context.credential, inputs['subscription-id'], {
    ...armClientOptions(inputs['arm-endpoint']),
    apiVersion: DEPLOYMENTS_API_VERSION,
    credentials: { scopes: [`${inputs['arm-endpoint']}/.default`] },
  });
}

function deploymentBody(template: ArmTemplate, parameters: Record<string, { value: unknown }>) {
  return { properties: { mode: 'Incremental' as const, template, parameters } };
}

function fail(error: unknown, inputs: ProvisionInputs): never {
  const advice = adviceFor(describeFailure(error), { location: inputs.location });
  throw new AppError('upstream', advice ? `${failureMessage(error)}\n${advice}` : failureMessage(error), { cause: error });
}

export async function runCorePhase(context: PhaseContext): Promise<void> {
  const { inputs } = context;
  const template = loadTemplate(resolveWorkspacePath(inputs.template, context.workspace));
  const parameters = buildParameters(inputs.parameters, template, context.workspace);
  const client = deploymentsClient(context);
  const rg = inputs['resource-group'];
  const name = inputs['deployment-name'];
  const body = deploymentBody(template, parameters);
  const polling = { updateIntervalInMs: inputs['poll-interval-seconds'] * 1000 };
  core.info(`${inputs.mode}: template ${inputs.template} to resource group ${rg} as deployment '${name}'`);

  if (inputs.mode === 'validate') {
    const result = await withAzureRetry(() => client.deployments.validate(rg, name, body, polling), context.retry).catch((error: unknown) => fail(error, inputs));
    if (result.error) fail({ message: result.error.message, code: result.error.code, details: result.error }, inputs);
    core.setOutput('provisioning-state', 'Validated');
    await writeSummary(`${heading('Template validation')}Deployment '${name}' to '${rg}' is valid.\n`);
    return;
  }

  if (inputs.mode === 'what-if') {
    const result = await withAzureRetry(
      () => client.deployments.whatIf(rg, name, { properties: { ...body.properties, whatIfSettings: { resultFormat: 'FullResourcePayloads' } } }, polling),
      context.retry,
    ).catch((error: unknown) => fail(error, inputs));
    if (result.error) fail({ message: result.error.message, code: result.error.code, details: result.error }, inputs);
    const report = whatIfReport((result.changes ?? []) as WhatIfChange[]);
    core.setOutput('what-if-counts', JSON.stringify(report.counts));
    const counts = Object.entries(report.counts).map(([k, v]) => `${k}: ${v}`).join(', ') || 'no changes';
    core.info(`what-if: ${counts}`);
    await writeSummary(`${heading(`What-if: ${rg}`)}${counts}\n\n${report.table}`);
    if (report.needsAttention) core.warning('what-if predicts deletions or unsupported changes: review the job summary before deploying');
    return;
  }

  const deployment = await withAzureRetry(async (attempt) => {
    if (attempt > 1) core.info(`deploying (attempt ${attempt})`);
    return client.deployments.createOrUpdate(rg, name, body, polling);
  }, {
    ...context.retry,
    onRetry: (error, attempt, delayMs) => core.warning(`attempt ${attempt} failed (${failureMessage(error)}); retrying in ${Math.round(delayMs / 1000)}s`),
  }).catch(async (error: unknown) => {
    // A failed long-running deployment reports only its top-level code; ARM keeps the full error
    // (with the failed resource's own code and message) on the deployment itself.
    const failed = describeFailure(error).status === undefined ? await client.deployments.get(rg, name).catch(() => undefined) : undefined;
    const recorded = failed?.properties?.error;
    fail(recorded ? { message: recorded.message ?? `deployment '${name}' failed`, code: recorded.code, details: recorded } : error, inputs);
  });

  const state = deployment.properties?.provisioningState ?? 'Unknown';
  if (state !== 'Succeeded') {
    fail({ message: `deployment '${name}' ended ${state}`, code: deployment.properties?.error?.code, details: deployment.properties?.error }, inputs);
  }
  const outputs = toStepOutputs(deployment.properties?.outputs);
  for (const output of outputs) {
    if (output.secret) core.setSecret(output.value);
    core.setOutput(output.name, output.value);
  }
  core.setOutput('deployment-id', deployment.id ?? '');
  core.setOutput('provisioning-state', state);
  core.setOutput(
    'outputs-json',
    JSON.stringify(Object.fromEntries(outputs.filter((o) => !o.secret).map((o) => [o.name, o.value]))),
  );
  core.info(`deployment ${state}: ${outputs.length} outputs`);
  await writeSummary(
    `${heading(`Deployed: ${rg}`)}Deployment '${name}' ${state}${deployment.properties?.duration ? ` in ${deployment.properties.duration}` : ''}.\n\n` +
      markdownTable(['Output', 'Value'], outputs.map((o) => [o.name, o.secret ? '***' : o.value])),
  );
}

