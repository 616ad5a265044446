/** Kubernetes rollout decisions, as kubectl makes them: pure functions over API objects. */

export interface Condition {
  type: string;
  status?: string;
  reason?: string;
  message?: string;
}

export interface PodTemplate {
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: unknown;
}

export interface DeploymentLike {
  metadata?: { name?: string; uid?: string; generation?: number; annotations?: Record<string, string> };
  spec?: { replicas?: number; selector?: { matchLabels?: Record<string, string> }; template?: PodTemplate };
  status?: { observedGeneration?: number; replicas?: number; updatedReplicas?: number; availableReplicas?: number; conditions?: Condition[] };
}

export interface ReplicaSetLike {
  metadata?: { name?: string; annotations?: Record<string, string>; ownerReferences?: { uid?: string; kind?: string }[] };
  spec?: { template?: PodTemplate };
}

export type RolloutState = { phase: 'done'; message: string } | { phase: 'progressing'; message: string } | { phase: 'failed'; message: string };

const REVISION = 'deployment.kubernetes.io/revision';

/** kubectl rollout status for a Deployment (DeploymentStatusViewer). */
export function rolloutStatus(deployment: DeploymentLike): RolloutState {
  const name = deployment.metadata?.name ?? 'deployment';
  const generation = deployment.metadata?.generation ?? 0;
  const status = deployment.status ?? {};
  if (generation > (status.observedGeneration ?? -1)) return { phase: 'progressing', message: 'waiting for the deployment spec update to be observed' };
  const progressing = status.conditions?.find((c) => c.type === 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded') {
    return { phase: 'failed', message: `deployment "${name}" exceeded its progress deadline${progressing.message ? `: ${progressing.message}` : ''}` };
  }
  const desired = deployment.spec?.replicas;
  const updated = status.updatedReplicas ?? 0;
  if (desired !== undefined && updated < desired) return { phase: 'progressing', message: `${updated} out of ${desired} new replicas have been updated` };
  const total = status.replicas ?? 0;
  if (total > updated) return { phase: 'progressing', message: `${total - updated} old replicas are pending termination` };
  const available = status.availableReplicas ?? 0;
  if (available < updated) return { phase: 'progressing', message: `${available} of ${updated} updated replicas are available` };
  return { phase: 'done', message: `deployment "${name}" successfully rolled out` };
}

export function revisionOf(object: { metadata?: { annotations?: Record<string, string> } }): number | undefined {
  const value = Number(object.metadata?.annotations?.[REVISION]);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

/**
 * kubectl rollout undo: the ReplicaSet of the highest revision below the deployment's current one,
 * owned by this deployment; its pod template without the pod-template-hash label.
 */
export function chooseRollbackTarget(deployment: DeploymentLike, replicaSets: ReplicaSetLike[]): { revision: number; replicaSet: string; template: PodTemplate } | undefined {
  const current = revisionOf(deployment);
  const owned = replicaSets.filter((rs) => !deployment.metadata?.uid || rs.metadata?.ownerReferences?.some((o) => o.uid === deployment.metadata?.uid));
  const candidates = owned
    .map((rs) => ({ rs, revision: revisionOf(rs) }))
    .filter((c): c is { rs: ReplicaSetLike; revision: number } => c.revision !== undefined && (current === undefined || c.revision < current) && Boolean(c.rs.spec?.template))
    .sort((a, b) => b.revision - a.revision);
  const best = candidates[0];
  if (!best) return undefined;
  const template = structuredClone(best.rs.spec!.template!);
  if (template.metadata?.labels) delete template.metadata.labels['pod-template-hash'];
  return { revision: best.revision, replicaSet: best.rs.metadata?.name ?? '', template };
}

/** The JSON patch that puts a previous pod template back (what kubectl rollout undo changes). */
export function rollbackPatch(template: PodTemplate): { op: 'replace'; path: string; value: unknown }[] {
  return [{ op: 'replace', path: '/spec/template', value: template }];
}

export interface EventLike {
  type?: string;
  reason?: string;
  message?: string;
  count?: number;
  involvedObject?: { kind?: string; name?: string };
  lastTimestamp?: Date | string;
  eventTime?: Date | string;
  firstTimestamp?: Date | string;
}

/** The events of the deployment, its ReplicaSets and pods, oldest first, as log lines. */
export function eventLines(events: EventLike[], objectNames: Set<string>, limit = 40): string[] {
  const time = (e: EventLike) => new Date(e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? 0).getTime();
  return events
    .filter((e) => e.involvedObject?.name && objectNames.has(e.involvedObject.name))
    .sort((a, b) => time(a) - time(b))
    .slice(-limit)
    .map((e) => {
      const when = time(e) ? new Date(time(e)).toISOString() : '-';
      const count = e.count && e.count > 1 ? ` (x${e.count})` : '';
      return `${when} ${e.type ?? 'Normal'} ${e.involvedObject?.kind ?? ''}/${e.involvedObject?.name ?? ''} ${e.reason ?? ''}: ${e.message ?? ''}${count}`;
    });
}
