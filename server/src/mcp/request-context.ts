import type { AuthInfo, ServerContext } from '@modelcontextprotocol/server';
import type { Caller, Logger } from '@mcp-aks/core';

/** What the HTTP layer knows about a request, carried to tool handlers through the SDK's AuthInfo. */
export interface RequestContext {
  requestId: string;
  caller: Caller;
  logger: Logger;
}

const KEY = 'requestContext';

export function toAuthInfo(context: RequestContext, token?: { token: string; clientId: string; expiresAt?: number }): AuthInfo {
  return {
    token: token?.token ?? '',
    clientId: token?.clientId ?? context.caller.clientId ?? 'anonymous',
    scopes: context.caller.scopes,
    ...(token?.expiresAt !== undefined ? { expiresAt: token.expiresAt } : {}),
    extra: { [KEY]: context },
  };
}

/** Who sent a message, for matching a client's cancellations and answers to its own calls. */
export function callerKeyOf(authInfo: AuthInfo | undefined): string {
  const value = authInfo?.extra?.[KEY];
  return value && typeof value === 'object' ? (value as RequestContext).caller.sessionHash : 'anonymous';
}

/** The RequestContext the HTTP layer put in a request's AuthInfo. */
export function requestContextOfAuth(authInfo: AuthInfo | undefined): RequestContext | undefined {
  const value = authInfo?.extra?.[KEY];
  return value && typeof value === 'object' ? (value as RequestContext) : undefined;
}

export function requestContextOf(ctx: ServerContext): RequestContext | undefined {
  return requestContextOfAuth(ctx.http?.authInfo);
}
