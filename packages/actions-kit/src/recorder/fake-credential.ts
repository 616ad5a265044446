import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/identity';

/** A TokenCredential for tests that records the scopes it was asked for. */
export class RecordingCredential implements TokenCredential {
  readonly scopes: string[][] = [];
  constructor(private readonly token = 'test-access-token') {}
  async getToken(scopes: string | string[], _options?: GetTokenOptions): Promise<AccessToken> {
    this.scopes.push(Array.isArray(scopes) ? scopes : [scopes]);
    return { token: this.token, expiresOnTimestamp: Date.now() + 3_600_000 };
  }
}
