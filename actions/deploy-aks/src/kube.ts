import * as core from '@actions/core';
import { randomBytes } from 'node:crypto';
import { AppsV1Api, CoreV1Api, KubernetesObjectApi, PatchStrategy, setHeaderOptions, type KubeConfig, type V1Deployment } from '@kubernetes/client-node';
import { sleep } from '@mcp-aks/core';
import { describeFailure, withAzureRetry, type AzureRetryOptions } from '@mcp-aks/actions-kit';
import type { ApplyObject } from './apply-plan';
import { chooseRollbackTarget, eventLines, rollbackPatch, rolloutStatus, revisionOf, type DeploymentLike, type RolloutState } from './rollout';

export class Kubernetes {
  private readonly objects: KubernetesObjectApi;
  private readonly apps: AppsV1Api;
  private readonly core: CoreV1Api;

  constructor(
    kubeConfig: KubeConfig,
    private readonly retry: AzureRetryOptions,
  ) {
    this.objects = KubernetesObjectApi.makeApiClient(kubeConfig);
    this.apps = kubeConfig.makeApiClient(AppsV1Api);
    this.core = kubeConfig.makeApiClient(CoreV1Api);
  }

  /** Server-side apply, forcing ownership of the fields this manager sets (as `kubectl apply --server-side --force-conflicts`). */
  async apply(objects: ApplyObject[], fieldManager: string): Promise<void> {
    for (const object of objects) {
      await withAzureRetry(() => this.objects.patch(object, undefined, undefined, fieldManager, true, PatchStrategy.ServerSideApply), this.retry);
      core.info(`applied ${object.kind}/${object.metadata.name}`);
    }
  }

  /**
   * Creates an Opaque Secret with one random value when it does not exist; an existing one is left as it
   * is (replicas and running pods keep their key). Returns whether it was created.
   */
  async ensureRandomSecret(name: string, namespace: string, key: string, bytes: number): Promise<boolean> {
    try {
      await withAzureRetry(() => this.core.readNamespacedSecret({ name, namespace }), this.retry);
      return false;
    } catch (error) {
      if (describeFailure(error).status !== 404) throw error;
    }
    const body = { apiVersion: 'v1', kind: 'Secret', type: 'Opaque', metadata: { name, namespace, labels: { 'app.kubernetes.io/part-of': 'mcp-agents' } }, data: { [key]: randomBytes(bytes).toString('base64') } };
    try {
      await withAzureRetry(() => this.core.createNamespacedSecret({ namespace, body }), this.retry);
      return true;
    } catch (error) {
      if (describeFailure(error).status === 409) return false; // created meanwhile by another run: keep that one
      throw error;
    }
  }

  async deployment(name: string, namespace: string): Promise<V1Deployment> {
    return withAzureRetry(() => this.apps.readNamespacedDeployment({ name, namespace }), this.retry);
  }

  /** Polls until kubectl would call the rollout done or failed, or the timeout passes. */
  async waitForRollout(name: string, namespace: string, timeoutMs: number, pollMs: number): Promise<RolloutState & { deployment: V1Deployment }> {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    for (;;) {
      const deployment = await this.deployment(name, namespace);
      const state = rolloutStatus(deployment as DeploymentLike);
      if (state.message !== last) core.info(`rollout: ${state.message}`);
      last = state.message;
      if (state.phase !== 'progressing') return { ...state, deployment };
      if (Date.now() >= deadline) return { phase: 'failed', message: `rollout did not finish within ${Math.round(timeoutMs / 1000)}s (${state.message})`, deployment };
      await sleep(pollMs);
    }
  }

  /** kubectl rollout undo: back to the previous ReplicaSet's template; undefined when there is none. */
  async rollback(deployment: V1Deployment, namespace: string): Promise<{ revision: number; replicaSet: string } | undefined> {
    const selector = Object.entries(deployment.spec?.selector?.matchLabels ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .join(',');
    const list = await withAzureRetry(() => this.apps.listNamespacedReplicaSet({ namespace, labelSelector: selector }), this.retry);
    const target = chooseRollbackTarget(deployment as DeploymentLike, list.items);
    if (!target) return undefined;
    await withAzureRetry(
      () =>
        this.apps.patchNamespacedDeployment(
          { name: deployment.metadata!.name!, namespace, body: rollbackPatch(target.template) },
          setHeaderOptions('Content-Type', PatchStrategy.JsonPatch),
        ),
      this.retry,
    );
    return { revision: target.revision, replicaSet: target.replicaSet };
  }

  /** Events of the deployment, its ReplicaSets and pods: what `kubectl describe` would show. */
  async events(deployment: V1Deployment, namespace: string): Promise<string[]> {
    const selector = Object.entries(deployment.spec?.selector?.matchLabels ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .join(',');
    const [pods, replicaSets, events] = await Promise.all([
      withAzureRetry(() => this.core.listNamespacedPod({ namespace, labelSelector: selector }), this.retry),
      withAzureRetry(() => this.apps.listNamespacedReplicaSet({ namespace, labelSelector: selector }), this.retry),
      withAzureRetry(() => this.core.listNamespacedEvent({ namespace }), this.retry),
    ]);
    const names = new Set<string>([deployment.metadata?.name ?? '', ...pods.items.map((p) => p.metadata?.name ?? ''), ...replicaSets.items.map((r) => r.metadata?.name ?? '')]);
    return eventLines(events.items, names);
  }

  async serviceAddress(name: string, namespace: string): Promise<string | undefined> {
    const service = await withAzureRetry(() => this.core.readNamespacedService({ name, namespace }), this.retry);
    const ingress = service.status?.loadBalancer?.ingress?.[0];
    return ingress?.ip ?? ingress?.hostname ?? undefined;
  }
}

export { revisionOf };
