import { AppsV1Api, CoreV1Api } from '@kubernetes/client-node';
import type { TokenCredential } from '@azure/identity';
import { WORKLOAD_DEPLOYMENT, WORKLOAD_NAMESPACE, WORKLOAD_SERVICE } from '@mcp-aks/manifests';
import { clusterAccess } from '@mcp-aks/actions-kit/kubernetes';
import { failureMessage, withAzureRetry, type AzureRetryOptions, type CheckResult } from '@mcp-aks/actions-kit';
import { checkDeploymentAvailable, checkPodsReady, checkServiceAddress } from './checks';

export interface InfraOptions {
  subscriptionId: string;
  armEndpoint: string;
  resourceGroup: string;
  clusterName: string;
  expectedIp?: string;
  retry: AzureRetryOptions;
}

/** The cluster side: the Deployment available, its pods ready, the Service on its private address. */
export async function infraChecks(credential: TokenCredential, options: InfraOptions): Promise<{ checks: CheckResult[]; serviceAddress?: string }> {
  let access;
  try {
    access = await clusterAccess(credential, options);
  } catch (error) {
    return { checks: [{ name: `Cluster ${options.clusterName} is reachable`, ok: false, detail: failureMessage(error) }] };
  }
  const apps = access.kubeConfig.makeApiClient(AppsV1Api);
  const core = access.kubeConfig.makeApiClient(CoreV1Api);
  const checks: CheckResult[] = [];
  let serviceAddress: string | undefined;
  try {
    const deployment = await withAzureRetry(() => apps.readNamespacedDeployment({ name: WORKLOAD_DEPLOYMENT, namespace: WORKLOAD_NAMESPACE }), options.retry);
    checks.push(checkDeploymentAvailable(deployment, WORKLOAD_DEPLOYMENT));
    const selector = Object.entries(deployment.spec?.selector?.matchLabels ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .join(',');
    const pods = await withAzureRetry(() => core.listNamespacedPod({ namespace: WORKLOAD_NAMESPACE, labelSelector: selector }), options.retry);
    checks.push(checkPodsReady(pods.items));
  } catch (error) {
    checks.push({ name: `Deployment ${WORKLOAD_DEPLOYMENT} is available`, ok: false, detail: failureMessage(error) });
  }
  try {
    const service = await withAzureRetry(() => core.readNamespacedService({ name: WORKLOAD_SERVICE, namespace: WORKLOAD_NAMESPACE }), options.retry);
    const ingress = service.status?.loadBalancer?.ingress?.[0];
    serviceAddress = ingress?.ip ?? ingress?.hostname ?? undefined;
    checks.push(checkServiceAddress(serviceAddress, options.expectedIp, WORKLOAD_SERVICE));
  } catch (error) {
    checks.push({ name: `Service ${WORKLOAD_SERVICE} has its private address`, ok: false, detail: failureMessage(error) });
  }
  return { checks, serviceAddress };
}
