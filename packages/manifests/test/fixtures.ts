import type { ManifestValuesInput } from '../src/values';

/** A complete, realistic set of values (documentation addresses, fixed GUIDs). */
export const fixtureValues: ManifestValuesInput = {
  image: 'acrmcpab12cd34.azurecr.io/mcp-server:3f2a9c1d0b7e',
  replicas: 3,
  maxReplicas: 8,
  tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
  mcpClientId: '5b1e0f8e-3c4d-4a8b-9e2f-1a2b3c4d5e6f',
  staticIp: '10.42.16.10',
  loadBalancerSubnetName: 'snet-ilb',
  apimSubnetAddressPrefix: '10.42.17.0/24',
  corsAllowedOrigins: ['http://localhost:6274'],
  authIssuer: 'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0',
  authAudiences: ['0c8f9a3e-2b1d-4e5f-8a7b-6c5d4e3f2a1b', 'api://0c8f9a3e-2b1d-4e5f-8a7b-6c5d4e3f2a1b'],
  authRequiredScopes: ['mcp.tools'],
  mcpResourceUrl: 'https://apim-mcp-ab12cd34.azure-api.net/mcp',
  foundryProjectEndpoint: 'https://ai-mcp-ab12cd34.services.ai.azure.com/api/projects/proj-mcp-ab12cd34',
  chatDeploymentName: 'gpt-4o-mini',
  embeddingDeploymentName: 'text-embedding-3-small',
  cosmosEndpoint: 'https://cosmos-mcp-ab12cd34.documents.azure.com:443/',
  searchEndpoint: 'https://srch-mcp-ab12cd34.search.windows.net',
  storageAccountUrl: 'https://stmcpab12cd34.blob.core.windows.net/',
};
