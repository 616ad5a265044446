import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mainJson } from './bicep-cli';

/* eslint-disable @typescript-eslint/no-explicit-any -- the ARM template is inspected as plain JSON */

interface ArmResource {
  type: string;
  name: string;
  scope?: string;
  condition?: string;
  properties?: any;
  [key: string]: any;
}

const template = JSON.parse(readFileSync(mainJson, 'utf8')) as any;

/** Every resource of the template and of its nested module templates, with the module it sits in. */
function allResources(t: any, module = 'main'): (ArmResource & { module: string })[] {
  const list: ArmResource[] = Array.isArray(t.resources) ? t.resources : Object.values(t.resources ?? {});
  return list.flatMap((r) =>
    r.type === 'Microsoft.Resources/deployments' ? allResources(r.properties.template, r.name) : [{ ...r, module }],
  );
}

const resources = allResources(template);
const ofType = (type: string) => resources.filter((r) => r.type === type && r.existing !== true);
const one = (type: string) => {
  const found = ofType(type);
  expect(found, type).toHaveLength(1);
  return found[0] as ArmResource;
};

const OWNER = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635';
const CONTRIBUTOR = 'b24988ac-6180-42a0-ab88-20f7382dd24c';
const USER_ACCESS_ADMIN = '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9';

describe('main.json (compiled main.bicep)', () => {
  it('targets a resource group', () => {
    expect(template.$schema).toContain('deploymentTemplate.json');
    expect(template.resources).toBeDefined();
  });

  it('has the AKS cluster the issue asks for', () => {
    const p = one('Microsoft.ContainerService/managedClusters').properties;
    expect(p.disableLocalAccounts).toBe(true);
    expect(p.aadProfile).toMatchObject({ managed: true, enableAzureRBAC: true });
    expect(p.oidcIssuerProfile).toEqual({ enabled: true });
    expect(p.securityProfile.workloadIdentity).toEqual({ enabled: true });
    expect(p.agentPoolProfiles[0]).toMatchObject({ mode: 'System', enableAutoScaling: true });
    expect(p.networkProfile.networkPolicy).toBeTruthy();
  });

  it('turns off every key and admin credential', () => {
    expect(one('Microsoft.ContainerRegistry/registries').properties.adminUserEnabled).toBe(false);
    expect(one('Microsoft.Storage/storageAccounts').properties).toMatchObject({ allowSharedKeyAccess: false, allowBlobPublicAccess: false });
    expect(one('Microsoft.DocumentDB/databaseAccounts').properties.disableLocalAuth).toBe(true);
    expect(one('Microsoft.Search/searchServices').properties.disableLocalAuth).toBe(true);
    expect(one('Microsoft.CognitiveServices/accounts').properties.disableLocalAuth).toBe(true);
    expect(JSON.stringify(template)).not.toMatch(/listKeys|listCredentials|listConnectionStrings/);
  });

  it('creates the blob containers, the Cosmos databases and the Lightning containers', () => {
    expect(template.variables.containerNames).toEqual({ snippets: 'snippets', ontologies: 'ontologies', lightningDatasets: 'lightning-datasets' });
    expect(template.variables.databaseNames).toEqual({ mcp: 'mcpdb', lightning: 'agent_rl' });
    expect(template.parameters.lightningContainers.defaultValue).toEqual([
      { name: 'rl_episodes', partitionKey: '/agentId' },
      { name: 'rl_rewards', partitionKey: '/agentId' },
      { name: 'rl_datasets', partitionKey: '/agentId' },
      { name: 'rl_training_runs', partitionKey: '/agentId' },
      { name: 'rl_deployments', partitionKey: '/agentId' },
      { name: 'rl_evaluations', partitionKey: '/agentId' },
    ]);
    expect(ofType('Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers')).toHaveLength(1);
  });

  it('creates the five managed identities of the seed', () => {
    const names = Object.keys(template.variables.names.identities).sort();
    expect(names).toEqual(['agent', 'ai', 'aks', 'api', 'mcp']);
    expect(ofType('Microsoft.ManagedIdentity/userAssignedIdentities')).toHaveLength(5);
  });

  it('never grants Owner, Contributor or User Access Administrator, and scopes every role to a resource', () => {
    const assignments = ofType('Microsoft.Authorization/roleAssignments');
    expect(assignments.length).toBeGreaterThanOrEqual(9);
    const text = JSON.stringify(template);
    for (const id of [OWNER, CONTRIBUTOR, USER_ACCESS_ADMIN]) expect(text).not.toContain(id);
    for (const a of assignments) {
      expect(a.scope, `role assignment ${a.name} has a resource scope`).toMatch(/^\[(format\('Microsoft\.|resourceId\(|extensionResourceId)/);
      expect(a.properties.principalType).toBe('ServicePrincipal');
    }
  });

  it('writes Cosmos role assignments one at a time', () => {
    const cosmosRoles = one('Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments');
    expect(cosmosRoles.copy).toMatchObject({ mode: 'serial', batchSize: 1 });
    expect(JSON.stringify(template)).toContain('"cosmosDataContributor":"00000000-0000-0000-0000-000000000002"');
    expect(cosmosRoles.properties.roleDefinitionId).toContain("variables('cosmosDataContributor')");
  });

  it('gates the agent identity\'s credential and roles on agentIdentityEnabled', () => {
    expect(template.parameters.agentIdentityEnabled).toMatchObject({ type: 'bool', defaultValue: false });
    const roles = resources.find((r) => r.module === 'main' && r.name === 'roles') ?? template.resources.roles;
    expect(JSON.stringify(roles.properties.parameters.principals)).toContain("if(parameters('agentIdentityEnabled'), reference('identities').outputs.agent.value.principalId, '')");
  });

  it('configures no API Management diagnostics that would log bodies', () => {
    expect(ofType('Microsoft.ApiManagement/service/diagnostics')).toEqual([]);
    expect(ofType('Microsoft.ApiManagement/service/apis/diagnostics')).toEqual([]);
  });

  it('outputs everything the actions and the manifests need, and no secrets', () => {
    const required = [
      'tenantId', 'resourceGroupName', 'aksName', 'aksOidcIssuerUrl', 'acrName', 'acrLoginServer',
      'staticIpAddress', 'staticIpName', 'staticIpResourceGroup', 'workloadNamespace', 'workloadServiceAccount',
      'federatedCredentialName', 'mcpIdentityName', 'mcpIdentityClientId', 'agentIdentityName', 'agentIdentityClientId',
      'agentIdentityPrincipalId', 'aksIdentityClientId', 'apiIdentityClientId', 'aiIdentityClientId',
      'storageAccountName', 'storageAccountUrl', 'cosmosAccountName', 'cosmosEndpoint', 'searchServiceName',
      'searchEndpoint', 'searchIndexName', 'aiServicesName', 'foundryProjectEndpoint', 'chatDeploymentName', 'chatModelName', 'chatModelVersion',
      'embeddingDeploymentName', 'apimName', 'apimGatewayUrl', 'apimOutboundIpAddresses', 'mcpResourceUrl',
      'mcpResourceMetadataUrl', 'mcpApiClientId', 'mcpRequiredScope', 'authIssuer', 'authAudiences',
    ];
    for (const name of required) expect(template.outputs, name).toHaveProperty(name);
    for (const [name, output] of Object.entries<any>(template.outputs)) {
      expect(output.type, name).not.toMatch(/secure/i);
      expect(name).not.toMatch(/key|secret|password|connectionString/i);
    }
  });

  it('keeps the search index to the server\'s ingest command', () => {
    expect(template.variables.searchIndexName).toBe('task-instructions');
    expect(resources.some((r) => r.type.startsWith('Microsoft.Search/searchServices/'))).toBe(false);
  });
});
