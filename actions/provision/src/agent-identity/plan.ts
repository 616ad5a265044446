import { AZURE_AD_TOKEN_EXCHANGE_AUDIENCE } from '@mcp-aks/actions-kit';

export interface FederatedCredential {
  id?: string;
  name: string;
  issuer: string;
  subject: string;
  audiences: string[];
  description?: string;
}

/** The upsert body: the type is in the path (…/microsoft.graph.agentIdentityBlueprint); sponsors are required on create. */
export function blueprintBody(displayName: string, sponsorIds: string[], graphEndpoint: string) {
  return {
    displayName,
    ...(sponsorIds.length ? { 'sponsors@odata.bind': sponsorIds.map((id) => `${graphEndpoint}/v1.0/users/${id}`) } : {}),
  };
}

export function agentIdentityBody(displayName: string, blueprintAppId: string, sponsorIds: string[], graphEndpoint: string) {
  return {
    displayName,
    agentIdentityBlueprintId: blueprintAppId,
    'sponsors@odata.bind': sponsorIds.map((id) => `${graphEndpoint}/v1.0/users/${id}`),
  };
}

/**
 * The blueprint trusts the id-agent managed identity (Entra's documented pattern for agents hosted in
 * Azure): the pods sign in as id-agent through AKS workload identity, exchange that token for the
 * blueprint's, and the blueprint's for the agent identity's.
 */
export function desiredBlueprintCredential(authorityHost: string, tenantId: string, managedIdentityPrincipalId: string): FederatedCredential {
  return {
    name: 'id-agent-managed-identity',
    issuer: `${authorityHost}/${tenantId}/v2.0`,
    subject: managedIdentityPrincipalId,
    audiences: [AZURE_AD_TOKEN_EXCHANGE_AUDIENCE],
    description: 'The id-agent managed identity (used by the MCP pods) acts as this agent blueprint.',
  };
}

export type CredentialAction = { kind: 'create' } | { kind: 'none'; id: string } | { kind: 'update'; id: string };

/** Idempotence for federated credentials: same name and same claims is nothing to do. */
export function planFederatedCredential(existing: FederatedCredential[], desired: FederatedCredential): CredentialAction {
  const current = existing.find((c) => c.name === desired.name);
  if (!current?.id) return { kind: 'create' };
  const same =
    current.issuer === desired.issuer &&
    current.subject === desired.subject &&
    [...current.audiences].sort().join(',') === [...desired.audiences].sort().join(',');
  return same ? { kind: 'none', id: current.id } : { kind: 'update', id: current.id };
}

/** Output names of phase one that phase two needs, matched loosely (case, underscores). */
export const NEEDED_OUTPUTS = {
  tenantId: ['tenantid', 'azuretenantid'],
  agentIdentityName: ['agentidentityname'],
  agentIdentityPrincipalId: ['agentidentityprincipalid'],
} as const;

export type NeededOutput = keyof typeof NEEDED_OUTPUTS;

const normalize = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

export function findOutput(outputs: Record<string, unknown>, aliases: readonly string[]): string | undefined {
  for (const [name, value] of Object.entries(outputs)) {
    if (aliases.includes(normalize(name)) && typeof value === 'string' && value) return value;
  }
  return undefined;
}

/** The phase-one outputs phase two reads, or the names of those that are missing. */
export function readCoreOutputs(outputs: Record<string, unknown>): { values: Record<NeededOutput, string>; missing: string[] } {
  const values = {} as Record<NeededOutput, string>;
  const missing: string[] = [];
  for (const [key, aliases] of Object.entries(NEEDED_OUTPUTS) as [NeededOutput, readonly string[]][]) {
    const value = findOutput(outputs, aliases);
    if (value) values[key] = value;
    else missing.push(key);
  }
  return { values, missing };
}
