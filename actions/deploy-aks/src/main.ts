import * as core from '@actions/core';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DeploymentsClient } from '@azure/arm-resourcesdeployments';
import {
  ManifestError,
  ManifestValuesError,
  renderManifests,
  REQUEST_STATE_SECRET,
  valuesFromDeploymentOutputs,
  WORKLOAD_DEPLOYMENT,
  WORKLOAD_NAMESPACE,
  WORKLOAD_SERVICE,
  WORKLOAD_SERVICE_ACCOUNT,
  WORKLOAD_TOKEN_AUDIENCE,
  workloadSubject,
  type ManifestValuesInput,
} from '@mcp-aks/manifests';
import { AppError, createLogger, loadServerEnv } from '@mcp-aks/core';
import { prepareSearchIndex } from '@mcp-aks/server/prepare-search-index';
import { actionRetryOptions, armClientOptions, codeBlock, createActionsCredential, deniedAnywhere, failureMessage, withRoleAssignmentRetry, heading, markdownTable, parseInputs, runAction, withAzureRetry, writeSummary } from '@mcp-aks/actions-kit';
import { deployInputs, type DeployInputs } from './inputs';
import { parseProvisionOutputs, requireOutputs, unwrapOutputs, type ProvisionOutputs } from './provision-outputs';
import { packBuildContext } from './build-context';
import { buildImage } from './acr';
import { clusterAccess, oidcIssuer } from '@mcp-aks/actions-kit/kubernetes';
import { ensureFederatedCredentials, type WorkloadCredential } from './identity';
import { applyPlan } from './apply-plan';
import { Kubernetes } from './kube';
import { serverEnvFromManifests } from './search-index';
import type { TokenCredential } from '@azure/identity';
import type { AzureRetryOptions } from '@mcp-aks/actions-kit';

async function provisionOutputs(inputs: DeployInputs, credential: TokenCredential, retry: AzureRetryOptions): Promise<ProvisionOutputs> {
  if (inputs['deployment-outputs']) return parseProvisionOutputs(inputs['deployment-outputs']);
  const client = new DeploymentsClient(credential, inputs['subscription-id'], {
    ...armClientOptions(inputs['arm-endpoint']),
    apiVersion: '2026-06-01',
    credentials: { scopes: [`${inputs['arm-endpoint']}/.default`] },
  });
  const deployment = await withAzureRetry(() => client.deployments.get(inputs['resource-group'], inputs['deployment-name']), retry);
  return unwrapOutputs((deployment.properties?.outputs ?? {}) as Record<string, unknown>);
}

function extraValues(text: string | undefined): Partial<ManifestValuesInput> {
  if (!text) return {};
  try {
    const parsed = JSON.parse(text) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Partial<ManifestValuesInput>;
  } catch {
    // reported below
  }
  throw new AppError('invalid_input', "input 'values' must be a JSON object of manifest values, e.g. {\"lightningCaptureEnabled\": true}");
}

export async function run(): Promise<void> {
  await runAction(async () => {
    const inputs = parseInputs(deployInputs, (name) => core.getInput(name));
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    // provision has just made the deployer's role assignments (registry, cluster): wait them out, bounded.
    const retry: AzureRetryOptions = actionRetryOptions(inputs, { maxDelayMs: 60_000, warn: (m) => core.warning(m) });
    const pollMs = inputs['poll-interval-seconds'] * 1000;
    const credential = createActionsCredential({
      clientId: inputs['client-id'],
      tenantId: inputs['tenant-id'],
      authorityHost: inputs['authority-host'],
      getIDToken: (audience) => core.getIDToken(audience),
    });
    const azure = { subscriptionId: inputs['subscription-id'], armEndpoint: inputs['arm-endpoint'], resourceGroup: inputs['resource-group'], retry };

    const outputs = await provisionOutputs(inputs, credential, retry);
    const names = requireOutputs(outputs);
    if (names.workloadNamespace !== WORKLOAD_NAMESPACE || names.workloadServiceAccount !== WORKLOAD_SERVICE_ACCOUNT) {
      throw new AppError(
        'config',
        `the infrastructure trusts ${names.workloadNamespace}/${names.workloadServiceAccount} but the manifests use ${WORKLOAD_NAMESPACE}/${WORKLOAD_SERVICE_ACCOUNT}: re-run provision with the current template`,
      );
    }

    // 1. Image: an ACR task builds and pushes it, tagged by commit; no Docker daemon on the runner.
    const tag = inputs['image-tag'] ?? process.env.GITHUB_SHA;
    if (!tag) throw new AppError('invalid_input', "input 'image-tag' is required outside GitHub Actions (it defaults to the commit SHA there)");
    const repositoryTag = `${inputs['image-repository']}:${tag}`;
    const image = `${names.acrLoginServer}/${repositoryTag}`;
    if (inputs.build) {
      const contextDir = resolve(workspace, inputs['build-context']);
      const ignoreFile = resolve(contextDir, '.dockerignore');
      const context = await packBuildContext(contextDir, existsSync(ignoreFile) ? readFileSync(ignoreFile, 'utf8') : '');
      const buildRun = await buildImage({
        credential,
        ...azure,
        registry: names.acrName,
        image: repositoryTag,
        dockerfile: inputs.dockerfile,
        context,
        timeoutSeconds: inputs['build-timeout-seconds'],
        pollIntervalMs: pollMs,
        commit: process.env.GITHUB_SHA,
      });
      core.info(`built ${image} (run ${buildRun.runId})`);
    } else core.info(`build skipped: deploying ${image}`);

    // 2. Cluster access and the workload's federated credentials.
    const access = await clusterAccess(credential, { ...azure, clusterName: names.aksName });
    const issuer = oidcIssuer(access.cluster);
    const credentials: WorkloadCredential[] = [
      {
        identityName: names.mcpIdentityName,
        name: typeof outputs.federatedCredentialName === 'string' ? outputs.federatedCredentialName : `fic-${WORKLOAD_NAMESPACE}-${WORKLOAD_SERVICE_ACCOUNT}`,
        issuer,
        subject: workloadSubject(),
        audiences: [WORKLOAD_TOKEN_AUDIENCE],
      },
    ];
    const agentEnabled = outputs.agentIdentityEnabled === true || outputs.agentIdentityEnabled === 'true';
    if (agentEnabled && typeof outputs.agentIdentityName === 'string') credentials.push({ ...credentials[0]!, identityName: outputs.agentIdentityName });
    const federated = await ensureFederatedCredentials(credential, azure, credentials);

    // 3. Render, apply, wait.
    let rendered;
    try {
      rendered = renderManifests(valuesFromDeploymentOutputs(outputs, { ...extraValues(inputs.values), image }), { templatesDir: resolve(workspace, inputs['manifests-dir']) });
    } catch (error) {
      if (error instanceof ManifestValuesError || error instanceof ManifestError) throw new AppError('config', error.message);
      throw error;
    }
    const objects = rendered.flatMap((m) => m.objects);

    // 4. The search index the pods query: created or updated with the server's own adapter and the pods'
    // configuration, the example task instructions loaded when it is empty. Readiness does not depend on
    // it (an empty or missing index is reported as empty), so a failure here is a warning, not a failed deploy.
    let searchRow: string;
    try {
      const serverEnv = loadServerEnv(serverEnvFromManifests(objects));
      // The deployer's search and model data roles were granted by this run's provision: wait them out.
      const prepared = await withRoleAssignmentRetry(
        () => prepareSearchIndex(serverEnv, { credential: () => credential, logger: createLogger({ name: 'deploy-aks', level: 'warn' }), dataDir: resolve(workspace, inputs['seed-data']) }),
        { ...retry.propagation, isPropagation: deniedAnywhere },
      );
      searchRow = prepared.existing === undefined ? prepared.target : `${prepared.target}: ${prepared.existing} documents before, ${prepared.loaded} example instructions loaded`;
      core.info(`search: ${searchRow}`);
    } catch (error) {
      searchRow = `not prepared: ${failureMessage(error)}`;
      core.warning(`the search index was not prepared (the server starts with an empty index): ${failureMessage(error)}`);
    }

    const plan = applyPlan(objects, WORKLOAD_NAMESPACE);
    const kube = new Kubernetes(access.kubeConfig, retry);
    // The namespace first, then the request-state key the pods read (before they start), then the rest.
    await kube.apply(plan.filter((o) => o.kind === 'Namespace'), inputs['field-manager']);
    if (await kube.ensureRandomSecret(REQUEST_STATE_SECRET, WORKLOAD_NAMESPACE, 'key', 48)) core.info(`created secret ${REQUEST_STATE_SECRET} (a random confirmation-signing key shared by the replicas)`);
    await kube.apply(plan.filter((o) => o.kind !== 'Namespace'), inputs['field-manager']);
    const rollout = await kube.waitForRollout(WORKLOAD_DEPLOYMENT, WORKLOAD_NAMESPACE, inputs['rollout-timeout-seconds'] * 1000, pollMs);

    if (rollout.phase === 'failed') {
      const events = await kube.events(rollout.deployment, WORKLOAD_NAMESPACE).catch(() => [] as string[]);
      core.startGroup(`events of ${WORKLOAD_DEPLOYMENT}`);
      for (const line of events) core.info(line);
      core.endGroup();
      const back = await kube.rollback(rollout.deployment, WORKLOAD_NAMESPACE);
      const undo = back ? `rolled back to revision ${back.revision} (ReplicaSet ${back.replicaSet})` : 'no previous revision to roll back to';
      await writeSummary(`${heading('Deployment failed')}${rollout.message}; ${undo}.\n\n${codeBlock(events.join('\n') || 'no events')}`);
      throw new AppError('upstream', `rollout of ${image} failed: ${rollout.message}; ${undo}. Events:\n${events.slice(-10).join('\n')}`);
    }

    const address = await kube.serviceAddress(WORKLOAD_SERVICE, WORKLOAD_NAMESPACE).catch(() => undefined);
    const staticIp = typeof outputs.staticIpAddress === 'string' ? outputs.staticIpAddress : undefined;
    if (address && staticIp && address !== staticIp) core.warning(`service ${WORKLOAD_SERVICE} has ${address}, not the fixed private address ${staticIp}`);
    const mcpUrl = typeof outputs.mcpResourceUrl === 'string' ? outputs.mcpResourceUrl : '';
    core.setOutput('image', image);
    core.setOutput('service-ip', address ?? staticIp ?? '');
    core.setOutput('mcp-url', mcpUrl);
    core.setOutput('revision', rollout.deployment.metadata?.annotations?.['deployment.kubernetes.io/revision'] ?? '');
    await writeSummary(
      heading(`Deployed ${WORKLOAD_DEPLOYMENT}`) +
        markdownTable(
          ['Item', 'Value'],
          [
            ['Image', image],
            ['Rollout', rollout.message],
            ['Service IP', address ?? `${staticIp ?? '?'} (pending)`],
            ['MCP URL', mcpUrl],
            ...federated.map((f) => [`Federated credential ${f.identityName}/${f.name}`, f.result]),
            ['Search index', searchRow],
            ['Objects applied', plan.map((o) => `${o.kind}/${o.metadata.name}`).join(', ')],
          ],
        ),
    );
  });
}
