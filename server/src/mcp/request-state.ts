import { randomBytes } from 'node:crypto';
import { createRequestStateCodec, type RequestStateCodec, type ServerContext } from '@modelcontextprotocol/server';
import { requestContextOf } from './request-context';

export interface RequestStateSettings {
  /** Shared by every replica (MCP_REQUEST_STATE_KEY); a random per-process key when absent. */
  key?: string;
  ttlSeconds: number;
}

/**
 * The state a 2026-07-28 multi-round-trip request carries between rounds travels through the client,
 * so it is signed (HMAC-SHA256) and bound to the caller and the method: a client cannot forge it,
 * replay another caller's, or move it to another request. Any replica holding the key resumes it.
 */
export function requestStateCodec(settings: RequestStateSettings): RequestStateCodec {
  return createRequestStateCodec({
    key: settings.key ?? randomBytes(32),
    ttlSeconds: settings.ttlSeconds,
    bind: bindingOf,
  });
}

/** Who asked, and with which method: the subject (or client id) of the token, else the anonymous caller. */
export function bindingOf(ctx: ServerContext): string {
  const caller = requestContextOf(ctx)?.caller;
  const principal = caller?.subject ?? caller?.clientId ?? ctx.http?.authInfo?.clientId ?? 'anonymous';
  return `${ctx.mcpReq.method}\0${principal}`;
}
