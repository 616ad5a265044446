import * as core from '@actions/core';
import { ManagedServiceIdentityClient } from '@azure/arm-msi';
import type { TokenCredential } from '@azure/identity';
import { armClientOptions, describeFailure, withAzureRetry, type AzureRetryOptions } from '@mcp-aks/actions-kit';

export interface WorkloadCredential {
  identityName: string;
  name: string;
  issuer: string;
  subject: string;
  audiences: string[];
}

export interface ExistingCredential {
  issuer?: string;
  subject?: string;
  audiences?: string[];
}

export function credentialMatches(existing: ExistingCredential | undefined, desired: WorkloadCredential): boolean {
  return (
    existing !== undefined &&
    existing.issuer === desired.issuer &&
    existing.subject === desired.subject &&
    [...(existing.audiences ?? [])].sort().join(',') === [...desired.audiences].sort().join(',')
  );
}

/**
 * Creates or corrects each federated identity credential, strictly one after another: Azure rejects
 * concurrent writes of credentials under one identity (ConcurrentFederatedIdentityCredentialsWritesForSingleManagedIdentity).
 */
export async function ensureFederatedCredentials(
  credential: TokenCredential,
  options: { subscriptionId: string; armEndpoint: string; resourceGroup: string; retry: AzureRetryOptions },
  wanted: WorkloadCredential[],
): Promise<{ name: string; identityName: string; result: 'created' | 'updated' | 'unchanged' }[]> {
  const client = new ManagedServiceIdentityClient(credential, options.subscriptionId, {
    ...armClientOptions(options.armEndpoint),
    credentialScopes: [`${options.armEndpoint}/.default`],
  });
  const results: { name: string; identityName: string; result: 'created' | 'updated' | 'unchanged' }[] = [];
  for (const desired of wanted) {
    const existing = await withAzureRetry(() => client.federatedIdentityCredentials.get(options.resourceGroup, desired.identityName, desired.name), options.retry).catch(
      (error: unknown) => {
        if (describeFailure(error).status === 404) return undefined;
        throw error;
      },
    );
    if (credentialMatches(existing, desired)) {
      results.push({ name: desired.name, identityName: desired.identityName, result: 'unchanged' });
      continue;
    }
    await withAzureRetry(
      () =>
        client.federatedIdentityCredentials.createOrUpdate(options.resourceGroup, desired.identityName, desired.name, {
          issuer: desired.issuer,
          subject: desired.subject,
          audiences: desired.audiences,
        }),
      options.retry,
    );
    core.info(`federated credential ${desired.identityName}/${desired.name} ${existing ? 'updated' : 'created'}`);
    results.push({ name: desired.name, identityName: desired.identityName, result: existing ? 'updated' : 'created' });
  }
  return results;
}
