import { AppError } from '@mcp-aks/core';
import { createRemoteJWKSet, jwtVerify, errors as joseErrors, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { OpenIdDiscovery } from './openid-discovery';

/** Validates bearer tokens as the MCP authorization spec asks of a resource server. */
export interface AuthSettings {
  issuer: string;
  audiences: string[];
  jwksUri?: string;
  requiredScopes: string[];
  /** Public URL of /mcp (behind APIM); when unset it is derived from each request's Host. */
  resourceUrl?: string;
}

export interface VerifiedToken {
  subject: string;
  clientId: string;
  scopes: string[];
  expiresAt?: number;
  token: string;
  claims: JWTPayload;
}

export type AuthFailure =
  | { status: 401; error?: 'invalid_token'; description: string }
  | { status: 403; error: 'insufficient_scope'; description: string; scopes: string[] };

/** Algorithms Entra ID and common providers sign access tokens with; `none` and HMAC are never accepted. */
const ACCEPTED_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384'];

/** Entra puts delegated scopes in `scp` (space-separated) and application permissions in `roles`. */
export function scopesOf(claims: JWTPayload): string[] {
  const scopes = new Set<string>();
  for (const claim of [claims.scp, claims.scope]) {
    if (typeof claim === 'string') claim.split(' ').filter(Boolean).forEach((s) => scopes.add(s));
    if (Array.isArray(claim)) claim.filter((s): s is string => typeof s === 'string').forEach((s) => scopes.add(s));
  }
  if (Array.isArray(claims.roles)) claims.roles.filter((s): s is string => typeof s === 'string').forEach((s) => scopes.add(s));
  return [...scopes];
}

export function missingScopes(required: string[], granted: string[]): string[] {
  return required.filter((s) => !granted.includes(s));
}

export function bearerToken(authorization: string | undefined): string | undefined {
  if (!authorization) return undefined;
  const match = /^Bearer\s+([A-Za-z0-9\-._~+/]+=*)\s*$/i.exec(authorization);
  return match?.[1];
}

const quote = (value: string) => value.replace(/["\\]/g, '');

/** The WWW-Authenticate value for a refusal (RFC 6750 §3, MCP authorization spec). */
export function challengeHeader(failure: AuthFailure | { status: 401 }, resourceMetadataUrl: string, scopes: string[]): string {
  const parts: string[] = [];
  if ('error' in failure && failure.error) {
    parts.push(`error="${failure.error}"`);
    parts.push(`error_description="${quote(failure.description)}"`);
  }
  const scope = 'scopes' in failure ? failure.scopes : scopes;
  if (scope.length > 0) parts.push(`scope="${quote(scope.join(' '))}"`);
  parts.push(`resource_metadata="${quote(resourceMetadataUrl)}"`);
  return `Bearer ${parts.join(', ')}`;
}

export class TokenVerifier {
  private jwks?: JWTVerifyGetKey;
  private jwksPending?: Promise<JWTVerifyGetKey>;

  constructor(
    private readonly settings: AuthSettings,
    private readonly discovery: OpenIdDiscovery = new OpenIdDiscovery(settings.issuer),
  ) {}

  private async keySet(): Promise<JWTVerifyGetKey> {
    if (this.jwks) return this.jwks;
    this.jwksPending ??= this.discoverJwksUri().then((uri) => {
      this.jwks = createRemoteJWKSet(new URL(uri), { cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 });
      return this.jwks;
    });
    try {
      return await this.jwksPending;
    } catch (error) {
      this.jwksPending = undefined; // try discovery again on the next request
      throw error;
    }
  }

  private async discoverJwksUri(): Promise<string> {
    if (this.settings.jwksUri) return this.settings.jwksUri;
    return (await this.discovery.require('jwks_uri')).jwks_uri;
  }

  /**
   * Verifies signature, issuer, audience, expiry (which must be present) and the server-wide required
   * scopes, and that the token names a subject. Throws `unavailable` when the identity provider cannot
   * be asked (keys unreachable, a 5xx, a key set that is not JSON): that is an outage, not a bad token.
   */
  async verify(token: string): Promise<VerifiedToken | AuthFailure> {
    let claims: JWTPayload;
    try {
      const result = await jwtVerify(token, await this.keySet(), {
        issuer: this.settings.issuer,
        audience: this.settings.audiences,
        algorithms: ACCEPTED_ALGORITHMS,
        requiredClaims: ['exp'],
        clockTolerance: 60,
      });
      claims = result.payload;
    } catch (error) {
      if (!isTokenFault(error)) throw new AppError('unavailable', 'The token signing keys could not be fetched', { cause: error });
      return { status: 401, error: 'invalid_token', description: describeJoseError(error) };
    }
    const scopes = scopesOf(claims);
    const missing = missingScopes(this.settings.requiredScopes, scopes);
    if (missing.length > 0) {
      return { status: 403, error: 'insufficient_scope', description: `The token lacks the scope ${missing.join(', ')}`, scopes: this.settings.requiredScopes };
    }
    const clientId = firstString(claims.azp, claims.appid, claims.client_id) ?? '';
    const subject = firstString(claims.oid, claims.sub) ?? clientId;
    if (!subject) return { status: 401, error: 'invalid_token', description: 'The token names no subject (sub, oid or azp)' };
    return { subject, clientId, scopes, token, claims, ...(claims.exp !== undefined ? { expiresAt: claims.exp } : {}) };
  }
}

function firstString(...values: unknown[]): string | undefined {
  for (const value of values) if (typeof value === 'string' && value.length > 0) return value;
  return undefined;
}

/** Errors that say the token is bad; every other failure (fetching or reading the key set) is the provider's. */
const TOKEN_FAULTS = [
  joseErrors.JWTExpired,
  joseErrors.JWTClaimValidationFailed,
  joseErrors.JWTInvalid,
  joseErrors.JWSInvalid,
  joseErrors.JWSSignatureVerificationFailed,
  joseErrors.JOSEAlgNotAllowed,
  joseErrors.JOSENotSupported,
  joseErrors.JWKSNoMatchingKey,
  joseErrors.JWKSMultipleMatchingKeys,
];

function isTokenFault(error: unknown): boolean {
  return TOKEN_FAULTS.some((kind) => error instanceof kind);
}

function describeJoseError(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'The token has expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return 'The token is not for this resource (audience mismatch)';
    if (error.claim === 'iss') return 'The token was not issued by the expected issuer';
    if (error.claim === 'nbf') return 'The token is not valid yet';
    if (error.claim === 'exp') return 'The token has no valid expiry (exp)';
    return `The token's ${error.claim} claim is invalid`;
  }
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'The token signature is invalid';
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'The token signing algorithm is not accepted';
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'The token was signed by an unknown key';
  if (error instanceof joseErrors.JWSInvalid || error instanceof joseErrors.JWTInvalid) return 'The token is malformed';
  return 'The token could not be verified';
}
