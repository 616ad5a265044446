import { z } from 'zod';

const discoveryDocument = z.object({ jwks_uri: z.url().optional(), authorization_endpoint: z.url().optional(), token_endpoint: z.url().optional() });

export type DiscoveryDocument = z.output<typeof discoveryDocument>;

/**
 * The identity provider's OpenID discovery document (`{issuer}/.well-known/openid-configuration`, where
 * Entra publishes it), read once for everything that needs it (token verification's key set, the OAuth
 * façade's endpoints) and kept; a failed read is retried on the next request.
 */
export class OpenIdDiscovery {
  private pending?: Promise<DiscoveryDocument>;
  readonly url: string;

  constructor(
    issuer: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {
    this.url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  }

  document(): Promise<DiscoveryDocument> {
    this.pending ??= this.read().catch((error: unknown) => {
      this.pending = undefined;
      throw error;
    });
    return this.pending;
  }

  /** One field of the document, or a clear error naming the document when it lacks it. */
  async require<K extends keyof DiscoveryDocument>(...fields: K[]): Promise<Required<Pick<DiscoveryDocument, K>>> {
    const document = await this.document();
    const missing = fields.filter((f) => document[f] === undefined);
    if (missing.length > 0) throw new Error(`OpenID discovery at ${this.url} has no ${missing.join(' or ')}`);
    return document as Required<Pick<DiscoveryDocument, K>>;
  }

  private async read(): Promise<DiscoveryDocument> {
    const response = await this.fetchImpl(this.url, { signal: AbortSignal.timeout(10_000) });
    if (!response.ok) throw new Error(`OpenID discovery at ${this.url} answered ${response.status}`);
    const parsed = discoveryDocument.safeParse(await response.json());
    if (!parsed.success) throw new Error(`OpenID discovery at ${this.url} is not a valid discovery document`);
    return parsed.data;
  }
}
