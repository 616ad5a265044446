/** Pure checks the HTTP layer runs before any MCP work: host, origin, content type, accept. */

const LOOPBACK_HOSTNAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTNAMES.has(host.toLowerCase()) || /^127(\.\d{1,3}){3}$/.test(host);
}

/** The hostname part of a Host header value, without the port ("[::1]:8080" -> "[::1]"). */
export function hostnameOf(hostHeader: string): string {
  const value = hostHeader.trim().toLowerCase();
  if (value.startsWith('[')) {
    const end = value.indexOf(']');
    return end === -1 ? value : value.slice(0, end + 1);
  }
  const colon = value.indexOf(':');
  return colon === -1 ? value : value.slice(0, colon);
}

export interface HostPolicy {
  /** Bound to a loopback address: only loopback names (and the extra allowed ones) may be used. */
  loopbackOnly: boolean;
  allowedHosts: string[];
  allowedOrigins: string[];
}

export function hostPolicy(bindHost: string, allowedHosts: string[], allowedOrigins: string[]): HostPolicy {
  return {
    loopbackOnly: isLoopbackHost(bindHost),
    allowedHosts: allowedHosts.map((h) => h.toLowerCase()),
    allowedOrigins: allowedOrigins.map((o) => o.toLowerCase().replace(/\/$/, '')),
  };
}

/** DNS-rebinding protection: a browser tricked into calling us sends a foreign Host. */
export function checkHost(policy: HostPolicy, hostHeader: string | undefined): string | undefined {
  if (!policy.loopbackOnly && policy.allowedHosts.length === 0) return undefined;
  if (!hostHeader) return 'Missing Host header';
  const hostname = hostnameOf(hostHeader);
  if (policy.allowedHosts.includes(hostname) || policy.allowedHosts.includes(hostHeader.toLowerCase())) return undefined;
  if (policy.loopbackOnly && isLoopbackHost(hostname)) return undefined;
  return `Invalid Host header: ${hostname}`;
}

export function checkOrigin(policy: HostPolicy, originHeader: string | undefined): string | undefined {
  if (!originHeader) return undefined; // not a browser request
  const origin = originHeader.toLowerCase().replace(/\/$/, '');
  if (policy.allowedOrigins.includes(origin) || policy.allowedOrigins.includes('*')) return undefined;
  if (policy.loopbackOnly) {
    try {
      const url = new URL(origin);
      if (isLoopbackHost(url.hostname)) return undefined;
    } catch {
      return `Invalid Origin header: ${originHeader}`;
    }
  }
  return `Origin not allowed: ${originHeader}`;
}

export function isJsonContentType(value: string | undefined): boolean {
  if (!value) return false;
  const essence = value.split(';')[0]!.trim().toLowerCase();
  return essence === 'application/json' || (essence.startsWith('application/') && essence.endsWith('+json'));
}

export interface AcceptedTypes {
  json: boolean;
  sse: boolean;
}

export function acceptedTypes(accept: string | undefined): AcceptedTypes {
  if (!accept) return { json: true, sse: false };
  const types = accept.split(',').map((part) => part.split(';')[0]!.trim().toLowerCase());
  const any = types.includes('*/*') || types.includes('application/*');
  return { json: any || types.includes('application/json'), sse: types.includes('text/event-stream') || types.includes('text/*') };
}
