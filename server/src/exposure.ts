import type { ServerEnv } from '@mcp-aks/core';
import { isLoopbackHost } from './http/guards';

/** Refuses to expose an unauthenticated server beyond loopback unless explicitly allowed. */
export function exposureProblem(env: ServerEnv): string | undefined {
  if (env.AUTH_ISSUER || isLoopbackHost(env.HOST)) return undefined;
  if (env.ALLOW_UNAUTHENTICATED) return undefined;
  return `HOST=${env.HOST} is not a loopback address and authentication is off (AUTH_ISSUER is not set). Set AUTH_ISSUER and AUTH_AUDIENCE, or set ALLOW_UNAUTHENTICATED=true to serve without authentication anyway.`;
}
