import * as core from '@actions/core';
import { DeploymentsClient } from '@azure/arm-resourcesdeployments';
import type { TokenCredential } from '@azure/identity';
import { AppError } from '@mcp-aks/core';
import { armClientOptions, describeFailure, failureMessage, heading, markdownTable, writeSummary, withAzureRetry, type AzureRetryOptions, type PropagationRetryOptions } from '@mcp-aks/actions-kit';
import { applyOverrides, buildParameters, loadTemplate, resolveWorkspacePath, toStepOutputs, type ArmTemplate } from './template';
import { whatIfReport, type WhatIfChange } from './what-if';
import { adviceFor } from './failures';
import { checkModelOffer } from './model-offer';
import type { ProvisionInputs } from './inputs';

export interface PhaseContext {
  inputs: ProvisionInputs;
  credential: TokenCredential;
  workspace: string;
  retry: AzureRetryOptions;
  /** The wait for Microsoft Graph's replication (phase agent-identity). */
  graphReplication?: PropagationRetryOptions;
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

/**
 * The last raw answer of a call. The SDK's poller reports a documented-but-failed initial answer
 * (validate's 400) only as "The long-running operation has failed"; its body has the reason.
 */
function lastResponse() {
  let last: { status: number; body: unknown } | undefined;
  return {
    onResponse: (response: { status: number; bodyAsText?: string | null; parsedBody?: unknown }) => {
      let body = response.parsedBody;
      if (body === undefined && response.bodyAsText) {
        try {
          body = JSON.parse(response.bodyAsText);
        } catch {
          body = undefined;
        }
      }
      last = { status: response.status, body };
    },
    failure: (error: unknown): unknown => {
      if (describeFailure(error).status !== undefined || !last || last.status < 400) return error;
      const inner = (last.body as { error?: { code?: string; message?: string } } | undefined)?.error;
      return { statusCode: last.status, code: inner?.code, message: inner?.message ?? `HTTP ${last.status}`, details: last.body };
    },
  };
}

function fail(error: unknown, inputs: ProvisionInputs): never {
  const advice = adviceFor(describeFailure(error), { location: inputs.location });
  throw new AppError('upstream', advice ? `${failureMessage(error)}\n${advice}` : failureMessage(error), { cause: error });
}

function publishOutputs(outputs: ReturnType<typeof toStepOutputs>): void {
  for (const output of outputs) {
    if (output.secret) core.setSecret(output.value);
    core.setOutput(output.name, output.value);
  }
  core.setOutput('outputs-json', JSON.stringify(Object.fromEntries(outputs.filter((o) => !o.secret).map((o) => [o.name, o.value]))));
}

/** mode outputs: the outputs of the deployment as it is, for workflows that only need the names. */
async function readOutputs(context: PhaseContext): Promise<void> {
  const { inputs } = context;
  const rg = inputs['resource-group'];
  const name = inputs['deployment-name'];
  const deployment = await withAzureRetry(() => deploymentsClient(context).deployments.get(rg, name), context.retry).catch((error: unknown) => {
    if (describeFailure(error).status === 404) throw new AppError('not_found', `deployment '${name}' was not found in resource group '${rg}': run phase core first`);
    throw error;
  });
  const state = deployment.properties?.provisioningState ?? 'Unknown';
  if (state !== 'Succeeded') core.warning(`deployment '${name}' is ${state}: its outputs may be stale`);
  const outputs = toStepOutputs(deployment.properties?.outputs);
  publishOutputs(outputs);
  core.setOutput('deployment-id', deployment.id ?? '');
  core.setOutput('provisioning-state', state);
  core.info(`read ${outputs.length} outputs of deployment '${name}'`);
}

export async function runCorePhase(context: PhaseContext): Promise<void> {
  const { inputs } = context;
  if (inputs.mode === 'outputs') return readOutputs(context);
  const template = loadTemplate(resolveWorkspacePath(inputs.template, context.workspace));
  const parameters = applyOverrides(buildParameters(inputs.parameters, template, context.workspace), inputs['parameter-overrides'], template);
  await checkModelOffer(context, template, parameters);
  const client = deploymentsClient(context);
  const rg = inputs['resource-group'];
  const name = inputs['deployment-name'];
  const body = deploymentBody(template, parameters);
  const polling = { updateIntervalInMs: inputs['poll-interval-seconds'] * 1000 };
  core.info(`${inputs.mode}: template ${inputs.template} to resource group ${rg} as deployment '${name}'`);

  if (inputs.mode === 'validate') {
    const capture = lastResponse();
    const result = await withAzureRetry(() => client.deployments.validate(rg, name, body, { ...polling, onResponse: capture.onResponse }), context.retry).catch((error: unknown) =>
      fail(capture.failure(error), inputs),
    );
    if (result.error) fail({ message: result.error.message, code: result.error.code, details: result.error }, inputs);
    core.setOutput('provisioning-state', 'Validated');
    await writeSummary(`${heading('Template validation')}Deployment '${name}' to '${rg}' is valid.\n`);
    return;
  }

  if (inputs.mode === 'what-if') {
    const capture = lastResponse();
    const result = await withAzureRetry(
      () =>
        client.deployments.whatIf(rg, name, { properties: { ...body.properties, whatIfSettings: { resultFormat: 'FullResourcePayloads' } } }, { ...polling, onResponse: capture.onResponse }),
      context.retry,
    ).catch((error: unknown) => fail(capture.failure(error), inputs));
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
  publishOutputs(outputs);
  core.setOutput('deployment-id', deployment.id ?? '');
  core.setOutput('provisioning-state', state);
  core.info(`deployment ${state}: ${outputs.length} outputs`);
  await writeSummary(
    `${heading(`Deployed: ${rg}`)}Deployment '${name}' ${state}${deployment.properties?.duration ? ` in ${deployment.properties.duration}` : ''}.\n\n` +
      markdownTable(['Output', 'Value'], outputs.map((o) => [o.name, o.secret ? '***' : o.value])),
  );
}

