import type { ManifestValues } from './values';
import { WORKLOAD_NAMESPACE, WORKLOAD_SERVICE_ACCOUNT } from './workload';

/** Every placeholder the templates in k8s/ may use, written `${NAME}` as a whole YAML value. */
export const PLACEHOLDERS = [
  'NAMESPACE',
  'SERVICE_ACCOUNT',
  'IMAGE',
  'REPLICAS',
  'MAX_REPLICAS',
  'LOG_LEVEL',
  'ALLOWED_HOSTS',
  'ALLOWED_ORIGINS',
  'MCP_CLIENT_ID',
  'TENANT_ID',
  'STATIC_IP',
  'LOAD_BALANCER_SUBNET',
  'APIM_SOURCE_RANGES',
  'AUTH_ISSUER',
  'AUTH_AUDIENCE',
  'AUTH_REQUIRED_SCOPES',
  'MCP_RESOURCE_URL',
  'OAUTH_PUBLIC_CLIENT_ID',
  'FOUNDRY_PROJECT_ENDPOINT',
  'FOUNDRY_MODEL_DEPLOYMENT_NAME',
  'FOUNDRY_MODEL_NAME',
  'FOUNDRY_MODEL_VERSION',
  'EMBEDDING_MODEL_DEPLOYMENT_NAME',
  'COSMOSDB_ENDPOINT',
  'COSMOSDB_DATABASE_NAME',
  'AZURE_SEARCH_ENDPOINT',
  'AZURE_SEARCH_INDEX_NAME',
  'AZURE_STORAGE_ACCOUNT_URL',
  'SNIPPETS_CONTAINER_NAME',
  'ONTOLOGY_CONTAINER_NAME',
  'LIGHTNING_DATASET_CONTAINER_NAME',
  'FABRIC_ENABLED',
  'ENABLE_LIGHTNING_CAPTURE',
  'USE_TUNED_MODEL',
  'LIGHTNING_AGENT_ID',
  'COSMOS_ACCOUNT_URI',
  'COSMOS_DATABASE_NAME',
] as const;

export type Placeholder = (typeof PLACEHOLDERS)[number];
/** A placeholder's value: written into the YAML as its JSON encoding (a quoted string, a number or a list). */
export type PlaceholderValue = string | number | string[];

/** The value of every placeholder for validated values. */
export function placeholderValues(v: ManifestValues): Record<Placeholder, PlaceholderValue> {
  return {
    NAMESPACE: WORKLOAD_NAMESPACE,
    SERVICE_ACCOUNT: WORKLOAD_SERVICE_ACCOUNT,
    IMAGE: v.image,
    REPLICAS: v.replicas,
    MAX_REPLICAS: v.maxReplicas,
    LOG_LEVEL: v.logLevel,
    // APIM calls http://<private address>/mcp, so that is the Host header the server sees.
    ALLOWED_HOSTS: `${v.staticIp},${v.staticIp}:80`,
    // The same origins APIM's cors policy allows: a browser request the gateway lets through is not refused here.
    ALLOWED_ORIGINS: v.corsAllowedOrigins.join(','),
    MCP_CLIENT_ID: v.mcpClientId,
    TENANT_ID: v.tenantId,
    STATIC_IP: v.staticIp,
    LOAD_BALANCER_SUBNET: v.loadBalancerSubnetName,
    APIM_SOURCE_RANGES: [v.apimSubnetAddressPrefix],
    AUTH_ISSUER: v.authIssuer,
    AUTH_AUDIENCE: v.authAudiences.join(','),
    AUTH_REQUIRED_SCOPES: v.authRequiredScopes.join(','),
    MCP_RESOURCE_URL: v.mcpResourceUrl,
    // Empty leaves the façade off (the server reads an empty variable as unset).
    OAUTH_PUBLIC_CLIENT_ID: v.oauthPublicClientId ?? '',
    FOUNDRY_PROJECT_ENDPOINT: v.foundryProjectEndpoint,
    FOUNDRY_MODEL_DEPLOYMENT_NAME: v.chatDeploymentName,
    FOUNDRY_MODEL_NAME: v.chatModelName,
    FOUNDRY_MODEL_VERSION: v.chatModelVersion,
    EMBEDDING_MODEL_DEPLOYMENT_NAME: v.embeddingDeploymentName,
    COSMOSDB_ENDPOINT: v.cosmosEndpoint,
    COSMOSDB_DATABASE_NAME: v.cosmosDatabaseName,
    AZURE_SEARCH_ENDPOINT: v.searchEndpoint,
    AZURE_SEARCH_INDEX_NAME: v.searchIndexName,
    AZURE_STORAGE_ACCOUNT_URL: v.storageAccountUrl,
    SNIPPETS_CONTAINER_NAME: v.snippetsContainerName,
    ONTOLOGY_CONTAINER_NAME: v.ontologyContainerName,
    LIGHTNING_DATASET_CONTAINER_NAME: v.lightningDatasetContainerName,
    FABRIC_ENABLED: String(v.fabricEnabled),
    ENABLE_LIGHTNING_CAPTURE: String(v.lightningCaptureEnabled),
    USE_TUNED_MODEL: String(v.useTunedModel),
    LIGHTNING_AGENT_ID: v.lightningAgentId,
    COSMOS_ACCOUNT_URI: v.cosmosEndpoint,
    COSMOS_DATABASE_NAME: v.lightningDatabaseName,
  };
}
