/**
 * An access token shaped as Microsoft Entra issues them: a JWT whose payload carries the claims (for an
 * app-only token, `roles` lists the application permissions granted, consented, to the caller:
 * https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference). Unsigned: the
 * recorder standing in for the service does not check it, and neither does the client that reads it.
 */
export function accessTokenWithClaims(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ typ: 'JWT', alg: 'none' })}.${part({ aud: 'https://graph.microsoft.com', idtyp: 'app', ...claims })}.`;
}
