import { DefaultAzureCredential, ManagedIdentityCredential, WorkloadIdentityCredential, ChainedTokenCredential, type TokenCredential } from '@azure/identity';

/**
 * The credential the server uses for every Azure data plane. In a pod with workload identity the
 * webhook sets AZURE_FEDERATED_TOKEN_FILE and the workload credential answers first; elsewhere the
 * default chain (managed identity, Azure CLI, developer sign-ins) applies.
 */
export function createAzureCredential(options: { clientId?: string; env?: Record<string, string | undefined> } = {}): TokenCredential {
  const env = options.env ?? process.env;
  const clientId = options.clientId ?? env.AZURE_CLIENT_ID;
  if (env.AZURE_FEDERATED_TOKEN_FILE && clientId && env.AZURE_TENANT_ID) {
    return new ChainedTokenCredential(
      new WorkloadIdentityCredential({ clientId, tenantId: env.AZURE_TENANT_ID, tokenFilePath: env.AZURE_FEDERATED_TOKEN_FILE }),
      new ManagedIdentityCredential({ clientId }),
    );
  }
  return new DefaultAzureCredential(clientId ? { managedIdentityClientId: clientId, workloadIdentityClientId: clientId } : {});
}

export type { TokenCredential };
