/**
 * Entra ID names an API's delegated scopes by the API's Application ID URI (`api://<app-id>/mcp.tools`)
 * and puts only the short name in the token's `scp` claim. A client that asks Entra for the short
 * name gets a Microsoft Graph scope instead (AADSTS650053), so every scope the server *advertises*
 * (metadata, challenges) is qualified, while the checks compare short names.
 * https://learn.microsoft.com/entra/identity-platform/scopes-oidc
 */

/** OpenID Connect scopes that are never qualified. */
const PROTOCOL_SCOPES = new Set(['openid', 'profile', 'email', 'offline_access']);

/** The prefix for advertised scopes: explicit, else the first `api://` audience, else none. */
export function scopePrefixFor(audiences: readonly string[], explicit?: string): string {
  if (explicit !== undefined) return explicit;
  const api = audiences.find((a) => a.startsWith('api://'));
  return api ? `${api.replace(/\/+$/, '')}/` : '';
}

export function qualifyScope(scope: string, prefix: string): string {
  if (!prefix || PROTOCOL_SCOPES.has(scope) || scope.includes('://') || scope.endsWith('/.default')) return scope;
  return `${prefix}${scope}`;
}

/** Qualifies each scope of a space-separated list, dropping duplicates and empty entries. */
export function qualifyScopeList(scopes: string, prefix: string): string {
  return [...new Set(scopes.split(' ').filter(Boolean).map((s) => qualifyScope(s, prefix)))].join(' ');
}
