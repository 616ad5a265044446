import type { TokenCredential } from '@azure/identity';
import { defaultScope, type AzureRetryOptions, type CheckResult } from '@mcp-aks/actions-kit';
import { infraChecks } from './infra';
import { probeBackend, probeMcp, probeMetadata, probeUnauthenticated } from './probes';

export interface VerifyOptions {
  mcpUrl: string;
  /** Token audience (app id URI or client id of the MCP API); undefined to call without a token. */
  audience?: string;
  requireAuth: boolean;
  snippetRoundTrip: boolean;
  timeoutMs: number;
  backendAddress?: string;
  infra?: { subscriptionId: string; armEndpoint: string; resourceGroup: string; clusterName: string; expectedIp?: string; retry: AzureRetryOptions };
}

/** Every check, in the order a person would make them; the action and the CLI share it. */
export async function verify(options: VerifyOptions, credential: TokenCredential | undefined): Promise<CheckResult[]> {
  const checks: CheckResult[] = [];
  let serviceAddress: string | undefined;
  if (options.infra) {
    if (!credential) throw new Error('the cluster checks need an Azure sign-in');
    const infra = await infraChecks(credential, options.infra);
    checks.push(...infra.checks);
    serviceAddress = infra.serviceAddress;
  } else {
    checks.push({ name: 'Cluster checks', ok: true, skipped: true, detail: 'skipped (--skip-infra)' });
  }

  if (options.requireAuth) {
    const unauthenticated = await probeUnauthenticated(options.mcpUrl, options.timeoutMs);
    checks.push(unauthenticated.check);
    checks.push(await probeMetadata(options.mcpUrl, unauthenticated.metadataUrl, options.timeoutMs));
  } else {
    checks.push({ name: 'Authentication', ok: true, skipped: true, detail: 'not required (require-auth: false)' });
  }

  let token: (() => Promise<string>) | undefined;
  if (options.audience) {
    if (!credential) throw new Error('a token audience needs a sign-in');
    const scope = defaultScope(options.audience);
    // The MCP client asks before every request; the Azure CLI credential would run `az` each time.
    let cached: { token: string; expiresOnTimestamp: number } | undefined;
    token = async () => {
      if (cached && cached.expiresOnTimestamp - Date.now() > 120_000) return cached.token;
      const access = await credential.getToken(scope);
      if (!access) throw new Error(`no token for ${scope}`);
      cached = access;
      return access.token;
    };
  }
  checks.push(...(await probeMcp({ mcpUrl: options.mcpUrl, token, snippetRoundTrip: options.snippetRoundTrip, timeoutMs: options.timeoutMs })));

  const backend = options.backendAddress ?? serviceAddress;
  if (backend) checks.push(await probeBackend(backend, Math.min(options.timeoutMs, 10_000)));
  return checks;
}
