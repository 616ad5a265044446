import * as core from '@actions/core';
import { ContainerRegistryManagementClient, type DockerBuildRequest, type Run } from '@azure/arm-containerregistry';
import type { TokenCredential } from '@azure/identity';
import { AppError, sleep } from '@mcp-aks/core';
import { armClientOptions, HttpError, withAzureRetry, type AzureRetryOptions } from '@mcp-aks/actions-kit';

const TERMINAL = new Set(['Succeeded', 'Failed', 'Canceled', 'Error', 'Timeout']);

export function isTerminalRunStatus(status: string | undefined): boolean {
  return status !== undefined && TERMINAL.has(status);
}

/** A quick build of the uploaded context, pushed to the registry: `az acr build` without the CLI. */
export function dockerBuildRequest(options: { image: string; dockerfile: string; sourceLocation: string; timeoutSeconds: number; commit?: string }): DockerBuildRequest {
  return {
    type: 'DockerBuildRequest',
    imageNames: [options.image],
    isPushEnabled: true,
    noCache: false,
    dockerFilePath: options.dockerfile,
    sourceLocation: options.sourceLocation,
    timeout: options.timeoutSeconds,
    platform: { os: 'Linux', architecture: 'amd64' },
    agentConfiguration: { cpu: 2 },
    ...(options.commit ? { arguments: [{ name: 'GIT_COMMIT', value: options.commit, isSecret: false }] } : {}),
  };
}

export interface BuildOptions {
  credential: TokenCredential;
  subscriptionId: string;
  armEndpoint: string;
  resourceGroup: string;
  registry: string;
  /** repository:tag inside the registry */
  image: string;
  dockerfile: string;
  context: Buffer;
  timeoutSeconds: number;
  pollIntervalMs: number;
  retry: AzureRetryOptions;
  commit?: string;
}

/** Uploads the context to the registry's upload URL, schedules the build and follows it to the end. */
export async function buildImage(options: BuildOptions): Promise<Run> {
  const client = new ContainerRegistryManagementClient(options.credential, options.subscriptionId, {
    ...armClientOptions(options.armEndpoint),
    credentialScopes: [`${options.armEndpoint}/.default`],
  });
  const { resourceGroup: rg, registry } = options;
  const upload = await withAzureRetry(() => client.registries.getBuildSourceUploadUrl(rg, registry), options.retry);
  if (!upload.uploadUrl || !upload.relativePath) throw new AppError('upstream', `registry ${registry} returned no upload URL`);
  core.info(`uploading the build context (${Math.round(options.context.length / 1024)} KiB)`);
  await withAzureRetry(async () => {
    const response = await fetch(upload.uploadUrl!, {
      method: 'PUT',
      headers: { 'x-ms-blob-type': 'BlockBlob', 'content-type': 'application/gzip', 'content-length': String(options.context.length) },
      body: new Uint8Array(options.context),
    });
    if (!response.ok) throw new HttpError(response.status, `uploading the build context failed: ${response.status} ${response.statusText}`);
  }, options.retry);

  const request = dockerBuildRequest({ image: options.image, dockerfile: options.dockerfile, sourceLocation: upload.relativePath, timeoutSeconds: options.timeoutSeconds, commit: options.commit });
  let run: Run = await withAzureRetry(
    () => client.registries.beginScheduleRunAndWait(rg, registry, request, { updateIntervalInMs: options.pollIntervalMs }),
    options.retry,
  );
  if (!run.runId) throw new AppError('upstream', 'the registry accepted the build but returned no run id');
  core.info(`build ${run.runId} ${run.status ?? 'scheduled'}`);
  const deadline = Date.now() + options.timeoutSeconds * 1000;
  while (!isTerminalRunStatus(run.status)) {
    if (Date.now() > deadline) throw new AppError('unavailable', `build ${run.runId} did not finish within ${options.timeoutSeconds}s`);
    await sleep(options.pollIntervalMs);
    run = await withAzureRetry(() => client.runs.get(rg, registry, run.runId!), options.retry);
  }
  if (run.status !== 'Succeeded') {
    const log = await buildLogTail(client, rg, registry, run.runId!);
    throw new AppError('upstream', `build ${run.runId} ${run.status}${run.runErrorMessage ? `: ${run.runErrorMessage}` : ''}${log ? `\n${log}` : ''}`);
  }
  return run;
}

async function buildLogTail(client: ContainerRegistryManagementClient, rg: string, registry: string, runId: string, lines = 40): Promise<string | undefined> {
  try {
    const { logLink } = await client.runs.getLogSasUrl(rg, registry, runId);
    if (!logLink) return undefined;
    const text = await (await fetch(logLink)).text();
    return text.split('\n').slice(-lines).join('\n');
  } catch {
    return undefined;
  }
}
