import type { AccessToken, TokenCredential } from '@azure/core-auth';

/** A credential that hands out a fixed token and remembers the scopes asked for (Entra cannot be reached in tests). */
export class StaticTokenCredential implements TokenCredential {
  readonly scopes: string[] = [];
  constructor(private readonly token: string) {}
  async getToken(scopes: string | string[]): Promise<AccessToken> {
    this.scopes.push(...(Array.isArray(scopes) ? scopes : [scopes]));
    return { token: this.token, expiresOnTimestamp: Date.now() + 3_600_000 };
  }
}
