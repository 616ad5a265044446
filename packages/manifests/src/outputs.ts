import type { ManifestValuesInput } from './values';

/**
 * Maps the outputs of infra/bicep/main.bicep to manifest values. Accepts the ARM shape
 * ({ name: { type, value } }) or plain values, and arrays as JSON text (as action step outputs carry them).
 * The rest (image, replicas, feature flags) comes from `extra`.
 */
export type DeploymentOutputs = Readonly<Record<string, unknown>>;

/** The Bicep output each value comes from. */
export const OUTPUT_FOR_VALUE = {
  tenantId: 'tenantId',
  mcpClientId: 'mcpIdentityClientId',
  staticIp: 'staticIpAddress',
  loadBalancerSubnetName: 'loadBalancerSubnetName',
  apimSubnetAddressPrefix: 'apimSubnetAddressPrefix',
  authIssuer: 'authIssuer',
  authAudiences: 'authAudiences',
  authRequiredScopes: 'mcpRequiredScope',
  mcpResourceUrl: 'mcpResourceUrl',
  corsAllowedOrigins: 'corsAllowedOrigins',
  oauthPublicClientId: 'mcpPublicClientId',
  foundryProjectEndpoint: 'foundryProjectEndpoint',
  chatDeploymentName: 'chatDeploymentName',
  chatModelName: 'chatModelName',
  chatModelVersion: 'chatModelVersion',
  embeddingDeploymentName: 'embeddingDeploymentName',
  cosmosEndpoint: 'cosmosEndpoint',
  cosmosDatabaseName: 'cosmosDatabaseName',
  lightningDatabaseName: 'lightningDatabaseName',
  searchEndpoint: 'searchEndpoint',
  searchIndexName: 'searchIndexName',
  storageAccountUrl: 'storageAccountUrl',
  snippetsContainerName: 'snippetsContainerName',
  ontologyContainerName: 'ontologyContainerName',
  lightningDatasetContainerName: 'lightningDatasetContainerName',
  fabricEnabled: 'fabricEnabled',
} as const satisfies Partial<Record<keyof ManifestValuesInput, string>>;

const LIST_VALUES = new Set<string>(['authAudiences', 'authRequiredScopes', 'corsAllowedOrigins']);
const BOOLEAN_VALUES = new Set<string>(['fabricEnabled']);

function unwrap(raw: unknown): unknown {
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw) && 'value' in raw) return (raw as { value: unknown }).value;
  return raw;
}

function asList(value: unknown): unknown {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (text.startsWith('[')) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return value;
    }
  }
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function asBoolean(value: unknown): unknown {
  if (typeof value === 'string' && ['true', 'false'].includes(value.trim().toLowerCase())) return value.trim().toLowerCase() === 'true';
  return value;
}

/**
 * Manifest values from deployment outputs plus the values Bicep does not know. Missing outputs stay
 * undefined, so renderManifests reports them by name.
 */
export function valuesFromDeploymentOutputs(outputs: DeploymentOutputs, extra: Partial<ManifestValuesInput> & { image: string }): ManifestValuesInput {
  const values: Record<string, unknown> = {};
  for (const [field, output] of Object.entries(OUTPUT_FOR_VALUE)) {
    const raw = unwrap(outputs[output]);
    if (raw === undefined || raw === null || raw === '') continue;
    values[field] = LIST_VALUES.has(field) ? asList(raw) : BOOLEAN_VALUES.has(field) ? asBoolean(raw) : raw;
  }
  return { ...(values as Partial<ManifestValuesInput>), ...extra } as ManifestValuesInput;
}
