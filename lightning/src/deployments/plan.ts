import type { Deployment } from '../schemas';

/** Pure decisions about tuned deployments: names, versions, what to keep, where rollback goes. */

export function deploymentPrefix(agentId: string, configured?: string): string {
  const clean = (v: string) => v.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '');
  const base = configured ? clean(configured) : `${clean(agentId)}-ft`;
  return base.slice(0, 48) || 'lightning-ft';
}

export function nextVersion(deployments: Deployment[]): number {
  return deployments.reduce((max, d) => Math.max(max, d.version), 0) + 1;
}

/** Azure deployment names: letters, digits, dashes; a new name per version (a deployment cannot switch to a new fine-tuned model). */
export function deploymentName(prefix: string, version: number): string {
  return `${prefix}-v${version}`;
}

export interface PromotionPlan {
  activate: Deployment;
  deactivate: Deployment[];
  /** Older deployments beyond the limit: removed from the service and marked deleted. */
  remove: Deployment[];
}

export function planPromotion(existing: Deployment[], created: Deployment, maxDeployments: number, now: string): PromotionPlan {
  const live = existing.filter((d) => !d.deletedAt && d.id !== created.id);
  const deactivate = live.filter((d) => d.active).map((d) => ({ ...d, active: false, deactivatedAt: now }));
  const activate = { ...created, active: true, activatedAt: now };
  // Keep the newest (maxDeployments - 1) besides the new one; the one before it stays for rollback.
  const byVersion = [...live].sort((a, b) => b.version - a.version);
  const remove = byVersion.slice(Math.max(0, maxDeployments - 1)).map((d) => ({ ...d, active: false, deletedAt: now }));
  const removed = new Set(remove.map((d) => d.id));
  return { activate, deactivate: deactivate.filter((d) => !removed.has(d.id)), remove };
}

export interface RollbackPlan {
  activate: Deployment;
  deactivate: Deployment;
}

/** Rollback goes from the active deployment to the newest live one activated before it. */
export function planRollback(existing: Deployment[], now: string): RollbackPlan | undefined {
  const live = existing.filter((d) => !d.deletedAt);
  const current = live.filter((d) => d.active).sort((a, b) => (b.activatedAt ?? '').localeCompare(a.activatedAt ?? ''))[0];
  if (!current) return undefined;
  const previous = live
    .filter((d) => d.id !== current.id && d.version < current.version)
    .sort((a, b) => b.version - a.version)[0];
  if (!previous) return undefined;
  return { activate: { ...previous, active: true, activatedAt: now }, deactivate: { ...current, active: false, deactivatedAt: now } };
}

/** The account name from an endpoint host: https://<account>.openai.azure.com or .services.ai.azure.com or .cognitiveservices.azure.com. */
export function accountNameFromEndpoint(endpoint: string | undefined): string | undefined {
  if (!endpoint) return undefined;
  const host = new URL(endpoint).hostname;
  const match = /^([a-z0-9-]+)\.(?:openai\.azure\.com|services\.ai\.azure\.com|cognitiveservices\.azure\.com)$/i.exec(host);
  return match?.[1];
}
