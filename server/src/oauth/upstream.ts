import { z } from 'zod';
import type { UpstreamEndpoints } from './facade';

const discoveryDocument = z.object({ authorization_endpoint: z.url(), token_endpoint: z.url() });

/**
 * The identity provider's endpoints, read once from its OpenID discovery document
 * (`{issuer}/.well-known/openid-configuration`, where Entra publishes it) and kept; a failed read is
 * retried on the next request.
 */
export class UpstreamDiscovery {
  private pending?: Promise<UpstreamEndpoints>;

  constructor(
    private readonly issuer: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  endpoints(): Promise<UpstreamEndpoints> {
    this.pending ??= this.read().catch((error: unknown) => {
      this.pending = undefined;
      throw error;
    });
    return this.pending;
  }

  private async read(): Promise<UpstreamEndpoints> {
    const url = `${this.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
    const response = await this.fetchImpl(url, { signal: AbortSignal.timeout(10_000) });
    if (!response.ok) throw new Error(`OpenID discovery at ${url} answered ${response.status}`);
    const parsed = discoveryDocument.safeParse(await response.json());
    if (!parsed.success) throw new Error(`OpenID discovery at ${url} has no authorization or token endpoint`);
    return { authorizationEndpoint: parsed.data.authorization_endpoint, tokenEndpoint: parsed.data.token_endpoint };
  }
}
