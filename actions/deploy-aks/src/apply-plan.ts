import { AppError } from '@mcp-aks/core';

export interface ApplyObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; [key: string]: unknown };
  [key: string]: unknown;
}

// Namespace and the policy first, the workload after what it refers to, its guards last.
const ORDER = ['Namespace', 'NetworkPolicy', 'ServiceAccount', 'ConfigMap', 'Secret', 'Service', 'Deployment', 'HorizontalPodAutoscaler', 'PodDisruptionBudget'];

/**
 * What to apply and in which order: every rendered object, each checked to be the workload namespace
 * or inside it (nothing is ever applied elsewhere), sorted by kind so dependencies exist first.
 */
export function applyPlan(objects: unknown[], namespace: string): ApplyObject[] {
  const problems: string[] = [];
  const valid: ApplyObject[] = [];
  objects.forEach((object, index) => {
    const o = object as Partial<ApplyObject> | null;
    const label = `${o?.kind ?? '?'}/${o?.metadata?.name ?? `#${index}`}`;
    if (!o || typeof o.apiVersion !== 'string' || typeof o.kind !== 'string' || typeof o.metadata?.name !== 'string') {
      problems.push(`${label}: apiVersion, kind and metadata.name are required`);
      return;
    }
    if (o.kind === 'Namespace' ? o.metadata.name !== namespace : o.metadata.namespace !== namespace) {
      problems.push(`${label}: must be in namespace ${namespace} (found ${o.kind === 'Namespace' ? o.metadata.name : (o.metadata.namespace ?? 'none')})`);
      return;
    }
    valid.push(o as ApplyObject);
  });
  if (problems.length) throw new AppError('invalid_input', `refusing to apply: ${problems.join('; ')}`);
  const rank = (kind: string) => (ORDER.includes(kind) ? ORDER.indexOf(kind) : ORDER.length);
  return valid.map((o, i) => ({ o, i })).sort((a, b) => rank(a.o.kind) - rank(b.o.kind) || a.i - b.i).map(({ o }) => o);
}
