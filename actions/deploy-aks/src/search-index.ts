import { WORKLOAD_DEPLOYMENT } from '@mcp-aks/manifests';
import { AppError } from '@mcp-aks/core';

interface ContainerEnv {
  name?: string;
  value?: unknown;
}
interface DeploymentLike {
  kind?: string;
  metadata?: { name?: string };
  spec?: { template?: { spec?: { containers?: { name?: string; env?: ContainerEnv[] }[] } } };
}

/**
 * The server's configuration exactly as the pods get it: the literal `env` of the server container of the
 * rendered Deployment (secret and field references left out). Preparing the search index with it gives
 * the index the pods will query, built by the server's own adapter.
 */
export function serverEnvFromManifests(objects: unknown[]): Record<string, string> {
  const deployment = objects.find((o): o is DeploymentLike => {
    const d = o as DeploymentLike;
    return d?.kind === 'Deployment' && d.metadata?.name === WORKLOAD_DEPLOYMENT;
  });
  const container = deployment?.spec?.template?.spec?.containers?.find((c) => c.name === 'server') ?? deployment?.spec?.template?.spec?.containers?.[0];
  if (!container) throw new AppError('config', `the manifests have no ${WORKLOAD_DEPLOYMENT} Deployment with a server container`);
  const env: Record<string, string> = {};
  for (const entry of container.env ?? []) {
    if (entry.name && (typeof entry.value === 'string' || typeof entry.value === 'number' || typeof entry.value === 'boolean')) env[entry.name] = String(entry.value);
  }
  return env;
}
