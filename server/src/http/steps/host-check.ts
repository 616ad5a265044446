import { isIP } from 'node:net';
import { checkHost, checkOrigin, hostnameOf, type HostPolicy } from '../guards';
import type { Refusal } from '../respond';
import { isValidHost } from './forwarded';

export type Route = 'mcp' | 'metadata' | 'healthz' | 'readyz' | 'metrics' | 'oauth' | 'other';

/** Routes kubelet and Prometheus reach by pod IP. */
const PROBE_ROUTES: ReadonlySet<Route> = new Set(['healthz', 'readyz', 'metrics']);

/**
 * DNS-rebinding protection on every route: a malformed Host is a 400, a foreign one a 403. Probes and
 * metrics also accept an IP-literal Host (the pod IP): rebinding needs a name, so an address is safe.
 * Browser origins matter where a browser may send credentials: /mcp.
 */
export function hostRefusal(policy: HostPolicy, route: Route, host: string | undefined, origin: string | undefined): Refusal | undefined {
  if (host !== undefined && !isValidHost(host)) return { status: 400, message: 'Bad Request: malformed Host header' };
  const problem = checkHost(policy, host);
  if (problem) {
    const name = host === undefined ? '' : hostnameOf(host).replace(/^\[|\]$/g, '');
    if (PROBE_ROUTES.has(route) && isIP(name) !== 0) return undefined;
    return { status: 403, message: `Forbidden: ${problem}` };
  }
  if (route !== 'mcp') return undefined;
  const originProblem = checkOrigin(policy, origin);
  return originProblem ? { status: 403, message: `Forbidden: ${originProblem}` } : undefined;
}
