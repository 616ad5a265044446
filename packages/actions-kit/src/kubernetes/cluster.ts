import { ContainerServiceClient, type ManagedCluster } from '@azure/arm-containerservice';
import type { TokenCredential } from '@azure/identity';
import { KubeConfig } from '@kubernetes/client-node';
import { AppError } from '@mcp-aks/core';
import { armClientOptions } from '../sdk-options';
import { withAzureRetry, type AzureRetryOptions } from '../azure-errors';

/** The Entra application of the AKS API server: tokens for it are what kubelogin would fetch. */
export const AKS_SERVER_APP_ID = '6dae42f8-4368-4678-94ff-3960e28e3630';

export interface ClusterAccess {
  cluster: ManagedCluster;
  kubeConfig: KubeConfig;
  entra: boolean;
}

export function usesEntraAuth(cluster: ManagedCluster): boolean {
  return Boolean(cluster.aadProfile?.managed || cluster.aadProfile?.enableAzureRbac);
}

export function oidcIssuer(cluster: ManagedCluster): string {
  const issuer = cluster.oidcIssuerProfile?.issuerURL;
  if (!cluster.oidcIssuerProfile?.enabled || !issuer) {
    throw new AppError('config', `cluster ${cluster.name ?? ''} has no OIDC issuer: enable it (oidcIssuerProfile.enabled) in the Bicep and re-run provision`);
  }
  return issuer;
}

/**
 * Cluster user credentials. On an Entra-enabled cluster the kubeconfig's user runs kubelogin; the
 * action replaces it with a bearer token for the AKS server application from its own credential.
 */
export async function clusterAccess(
  credential: TokenCredential,
  options: { subscriptionId: string; armEndpoint: string; resourceGroup: string; clusterName: string; retry: AzureRetryOptions },
): Promise<ClusterAccess> {
  const client = new ContainerServiceClient(credential, options.subscriptionId, {
    ...armClientOptions(options.armEndpoint),
    credentials: { scopes: [`${options.armEndpoint}/.default`] },
  });
  const cluster = await withAzureRetry(() => client.managedClusters.get(options.resourceGroup, options.clusterName), options.retry);
  const entra = usesEntraAuth(cluster);
  const result = await withAzureRetry(
    () => client.managedClusters.listClusterUserCredentials(options.resourceGroup, options.clusterName, entra ? { format: 'exec' } : {}),
    options.retry,
  );
  const value = result.kubeconfigs?.[0]?.value;
  if (!value) throw new AppError('upstream', `no kubeconfig returned for cluster ${options.clusterName}`);
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromString(Buffer.from(value).toString('utf8'));
  if (entra) {
    const token = await credential.getToken(`${AKS_SERVER_APP_ID}/.default`);
    if (!token) throw new AppError('unauthorized', 'no token for the AKS server application');
    const context = kubeConfig.getContextObject(kubeConfig.getCurrentContext());
    kubeConfig.loadFromOptions({
      clusters: kubeConfig.getClusters(),
      contexts: kubeConfig.getContexts(),
      currentContext: kubeConfig.getCurrentContext(),
      users: [{ name: context?.user ?? 'entra', token: token.token }],
    });
  }
  return { cluster, kubeConfig, entra };
}
