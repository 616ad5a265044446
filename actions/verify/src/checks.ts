import type { CheckResult } from '@mcp-aks/actions-kit';

/** Pure evaluations of what the verifier saw; each returns one row of the results table. */

export function parseResourceMetadata(wwwAuthenticate: string | null | undefined): string | undefined {
  if (!wwwAuthenticate || !/^\s*Bearer\b/i.test(wwwAuthenticate)) return undefined;
  return /resource_metadata\s*=\s*"([^"]+)"/i.exec(wwwAuthenticate)?.[1] ?? /resource_metadata\s*=\s*([^\s,]+)/i.exec(wwwAuthenticate)?.[1];
}

export function checkUnauthenticated(status: number, wwwAuthenticate: string | null): CheckResult {
  const name = '/mcp without a token is refused';
  if (status !== 401) return { name, ok: false, detail: `expected 401, got ${status}` };
  const metadata = parseResourceMetadata(wwwAuthenticate);
  if (!metadata) return { name, ok: false, detail: `401 without a Bearer challenge naming resource_metadata (WWW-Authenticate: ${wwwAuthenticate ?? 'absent'})` };
  return { name, ok: true, detail: `401, resource_metadata=${metadata}` };
}

const sameResource = (a: string, b: string) => a.replace(/\/+$/, '') === b.replace(/\/+$/, '');

/** RFC 9728: a JSON document naming the resource and at least one authorization server. */
export function checkProtectedResourceMetadata(status: number, body: unknown, mcpUrl: string, from: string): CheckResult {
  const name = 'Protected Resource Metadata is served';
  if (status !== 200) return { name, ok: false, detail: `${from}: HTTP ${status}` };
  const doc = body as { resource?: unknown; authorization_servers?: unknown; scopes_supported?: unknown } | undefined;
  if (!doc || typeof doc !== 'object') return { name, ok: false, detail: `${from}: not a JSON object` };
  if (typeof doc.resource !== 'string') return { name, ok: false, detail: `${from}: no 'resource'` };
  if (!Array.isArray(doc.authorization_servers) || doc.authorization_servers.length === 0) return { name, ok: false, detail: `${from}: no 'authorization_servers'` };
  if (!sameResource(doc.resource, mcpUrl)) return { name, ok: false, detail: `${from}: resource ${doc.resource} is not ${mcpUrl}` };
  const scopes = Array.isArray(doc.scopes_supported) ? ` scopes ${doc.scopes_supported.join(' ')}` : '';
  return { name, ok: true, detail: `authorization server ${String(doc.authorization_servers[0])}${scopes}` };
}

export interface DeploymentView {
  spec?: { replicas?: number };
  status?: { availableReplicas?: number; conditions?: { type: string; status?: string; reason?: string }[] };
}

export function checkDeploymentAvailable(deployment: DeploymentView, name: string): CheckResult {
  const check = `Deployment ${name} is available`;
  const available = deployment.status?.conditions?.find((c) => c.type === 'Available');
  const replicas = deployment.status?.availableReplicas ?? 0;
  const desired = deployment.spec?.replicas ?? 1;
  if (available?.status !== 'True') return { name: check, ok: false, detail: `Available=${available?.status ?? 'unknown'}${available?.reason ? ` (${available.reason})` : ''}` };
  if (replicas < 1) return { name: check, ok: false, detail: 'no available replicas' };
  return { name: check, ok: true, detail: `${replicas}/${desired} replicas available` };
}

export interface PodView {
  metadata?: { name?: string };
  status?: { phase?: string; conditions?: { type: string; status?: string }[] };
}

export function checkPodsReady(pods: PodView[]): CheckResult {
  const name = 'Pods are ready';
  if (pods.length === 0) return { name, ok: false, detail: 'no pods match the workload selector' };
  const notReady = pods.filter((p) => p.status?.conditions?.find((c) => c.type === 'Ready')?.status !== 'True');
  if (notReady.length) return { name, ok: false, detail: `not ready: ${notReady.map((p) => `${p.metadata?.name ?? '?'} (${p.status?.phase ?? '?'})`).join(', ')}` };
  return { name, ok: true, detail: `${pods.length} ready` };
}

export function checkServiceAddress(address: string | undefined, expected: string | undefined, service: string): CheckResult {
  const name = `Service ${service} has its private address`;
  if (!address) return { name, ok: false, detail: 'no load balancer ingress yet' };
  if (expected && address !== expected) return { name, ok: false, detail: `${address}, expected the fixed private address ${expected}` };
  return { name, ok: true, detail: address };
}

/** Anything but an answer is a refusal (connection refused, reset, timeout); 403 counts too. */
export function checkBackendRefuses(outcome: { status?: number; error?: string }, target: string): CheckResult {
  const name = 'Backend refuses callers that are not APIM';
  if (outcome.error) return { name, ok: true, detail: `${target}: ${outcome.error}` };
  if (outcome.status === 403) return { name, ok: true, detail: `${target}: 403` };
  return { name, ok: false, detail: `${target} answered HTTP ${outcome.status}: the LoadBalancer admits callers other than APIM` };
}

export function failedChecks(checks: CheckResult[]): CheckResult[] {
  return checks.filter((c) => !c.ok && !c.skipped);
}
