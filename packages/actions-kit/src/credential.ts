import { AzureCliCredential, ChainedTokenCredential, ClientAssertionCredential, type TokenCredential } from '@azure/identity';

/** The audience GitHub's OIDC token must carry for an Entra federated credential. */
export const AZURE_AD_TOKEN_EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange';

export type CredentialSource = 'github-oidc' | 'azure-cli';

export interface AzureSignIn {
  clientId?: string;
  tenantId?: string;
}

/**
 * Which sign-ins to try, in order. GitHub's OIDC token is only on offer inside a job with
 * `permissions: id-token: write` (the runner then sets both ACTIONS_ID_TOKEN_REQUEST_* variables),
 * and only useful with the app registration's client and tenant ids. The Azure CLI sign-in
 * (after azure/login, or `az login` on a laptop) is always the fallback.
 */
export function chooseCredentialSources(signIn: AzureSignIn, env: Record<string, string | undefined>): CredentialSource[] {
  const oidcOffered = Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
  return oidcOffered && signIn.clientId && signIn.tenantId ? ['github-oidc', 'azure-cli'] : ['azure-cli'];
}

/**
 * The client assertion callback: a fresh GitHub token for every Azure token request, so that a
 * job longer than the GitHub token's lifetime never presents an expired assertion (AADSTS700024).
 */
export function gitHubAssertion(getIDToken: (audience: string) => Promise<string>): () => Promise<string> {
  return () => getIDToken(AZURE_AD_TOKEN_EXCHANGE_AUDIENCE);
}

export interface ActionsCredentialOptions extends AzureSignIn {
  env?: Record<string, string | undefined>;
  getIDToken: (audience: string) => Promise<string>;
  /** Entra authority for sovereign clouds, e.g. https://login.microsoftonline.us */
  authorityHost?: string;
}

export function createActionsCredential(options: ActionsCredentialOptions): TokenCredential {
  const sources = chooseCredentialSources(options, options.env ?? process.env);
  const cli = new AzureCliCredential(options.tenantId ? { tenantId: options.tenantId } : {});
  if (sources[0] !== 'github-oidc' || !options.clientId || !options.tenantId) return cli;
  const oidc = new ClientAssertionCredential(options.tenantId, options.clientId, gitHubAssertion(options.getIDToken), {
    // An authority named explicitly (sovereign cloud) is used as it is, without public-cloud discovery.
    ...(options.authorityHost ? { authorityHost: options.authorityHost, disableInstanceDiscovery: true } : {}),
  });
  return new ChainedTokenCredential(oidc, cli);
}

/** The `.default` scope of a resource (ARM, Graph, an app id URI, or a bare application id). */
export function defaultScope(resource: string): string {
  const trimmed = resource.replace(/\/+$/, '');
  if (/^[0-9a-f-]{36}$/i.test(trimmed)) return `${trimmed}/.default`;
  try {
    const url = new URL(trimmed);
    if (url.protocol === 'http:' || url.protocol === 'https:') return `${url.origin}/.default`;
  } catch {
    // not a URL: an app id URI such as api://name
  }
  return `${trimmed}/.default`;
}
