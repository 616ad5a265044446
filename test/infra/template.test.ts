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
    expect(template.variables.containerNames).toEqual({ snippets: 'snippets', ontologies: 'ontologies', lightningDatasets: 'lightning-datasets', tasks: 'mcp-tasks' });
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
      'staticIpAddress', 'loadBalancerSubnetName', 'apimSubnetAddressPrefix', 'workloadNamespace', 'workloadServiceAccount',
      'federatedCredentialName', 'mcpIdentityName', 'mcpIdentityClientId', 'agentIdentityName', 'agentIdentityClientId',
      'agentIdentityPrincipalId', 'aksIdentityClientId', 'apiIdentityClientId', 'aiIdentityClientId',
      'storageAccountName', 'storageAccountUrl', 'cosmosAccountName', 'cosmosEndpoint', 'searchServiceName',
      'searchEndpoint', 'searchIndexName', 'aiServicesName', 'foundryProjectEndpoint', 'chatDeploymentName', 'chatModelName', 'chatModelVersion',
      'embeddingDeploymentName', 'apimName', 'apimGatewayUrl', 'mcpResourceUrl', 'corsAllowedOrigins',
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

/** IPv4 helpers for the address plan. */
const ipToInt = (ip: string) => ip.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
const range = (cidr: string) => {
  const [ip, bits] = cidr.split('/') as [string, string];
  const size = 2 ** (32 - Number(bits));
  const start = ipToInt(ip);
  expect(start % size, `${cidr} starts on its boundary`).toBe(0);
  return { start, end: start + size - 1 };
};
const inside = (inner: string, outer: string) => range(inner).start >= range(outer).start && range(inner).end <= range(outer).end;
const overlap = (a: string, b: string) => range(a).start <= range(b).end && range(b).start <= range(a).end;
const rfc1918 = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'];

describe('the private path from API Management to the pods', () => {
  const plan = template.parameters.networkPlan.defaultValue as Record<string, string>;
  const clusterRanges = template.parameters.clusterRanges.defaultValue as Record<string, string>;
  const networkModule = template.resources.network;
  const networkResources = resources.filter((r) => r.module === 'network');

  it('has no public IP for the workload, and no role on one', () => {
    expect(ofType('Microsoft.Network/publicIPAddresses')).toEqual([]);
    expect(JSON.stringify(template)).not.toMatch(/publicIPAddresses|azure-pip-name/);
  });

  it('lays out one private network: nodes, LoadBalancer frontend and APIM in separate subnets, clear of the cluster ranges', () => {
    const subnets = [plan.aksSubnet!, plan.loadBalancerSubnet!, plan.apimSubnet!];
    expect(rfc1918.some((r) => inside(plan.network!, r))).toBe(true);
    for (const subnet of subnets) expect(inside(subnet, plan.network!), subnet).toBe(true);
    for (const [i, a] of subnets.entries()) for (const b of subnets.slice(i + 1)) expect(overlap(a, b), `${a} / ${b}`).toBe(false);
    for (const cluster of [clusterRanges.serviceCidr!, clusterRanges.podCidr!]) expect(overlap(cluster, plan.network!), cluster).toBe(false);
    expect(inside(`${clusterRanges.dnsServiceIP}/32`, clusterRanges.serviceCidr!)).toBe(true);
    // Azure keeps the first four and the last address of every subnet
    // (https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq, "Are there any restrictions on using IP addresses within these subnets?").
    const lb = ipToInt(plan.loadBalancerIp!);
    const frontend = range(plan.loadBalancerSubnet!);
    expect(lb).toBeGreaterThanOrEqual(frontend.start + 4);
    expect(lb).toBeLessThan(frontend.end);
    // v2 outbound integration needs at least a /27 (https://learn.microsoft.com/azure/api-management/integrate-vnet-outbound).
    expect(Number(plan.apimSubnet!.split('/')[1])).toBeLessThanOrEqual(27);
  });

  it('puts the AKS nodes in the network and names the cluster ranges', () => {
    const aks = template.resources.aks.properties.parameters;
    expect(aks.subnetId).toEqual({ value: "[reference('network').outputs.aksSubnetId.value]" });
    const cluster = one('Microsoft.ContainerService/managedClusters').properties;
    expect(cluster.agentPoolProfiles[0].vnetSubnetID).toBe("[parameters('subnetId')]");
    expect(cluster.networkProfile).toMatchObject({
      podCidr: "[parameters('clusterRanges').podCidr]",
      serviceCidr: "[parameters('clusterRanges').serviceCidr]",
      dnsServiceIP: "[parameters('clusterRanges').dnsServiceIP]",
    });
  });

  // "Use an internal load balancer with AKS" (https://learn.microsoft.com/azure/aks/internal-lb) and "Use a static
  // IP address with the AKS load balancer" (https://learn.microsoft.com/azure/aks/static-ip): the cluster identity
  // gets Network Contributor on the network resources the cloud provider reads and joins, not on one address.
  it('makes the cluster identity Network Contributor on the virtual network, before the cluster exists', () => {
    const roles = networkResources.filter((r) => r.type === 'Microsoft.Authorization/roleAssignments');
    expect(roles).toHaveLength(1);
    const role = roles[0]!;
    expect(role.scope).toBe("[resourceId('Microsoft.Network/virtualNetworks', parameters('name'))]");
    expect(role.properties.roleDefinitionId).toContain("variables('networkContributor')");
    expect(networkModule.properties.template.variables.networkContributor).toBe('4d97b98b-1d4f-4787-a291-c67834d212e7');
    expect(role.properties.principalId).toBe("[reference('clusterIdentity').principalId]");
    expect(networkModule.properties.template.resources.clusterIdentity).toMatchObject({
      existing: true,
      type: 'Microsoft.ManagedIdentity/userAssignedIdentities',
      name: "[parameters('clusterIdentityName')]",
    });
    expect(networkModule.properties.parameters.clusterIdentityName).toEqual({ value: "[variables('names').identities.aks]" });
    // The cluster takes its subnet from the network module's outputs, which exist only once the role does.
    expect(template.resources.aks.dependsOn).toContain('network');
  });

  it('sends APIM to the internal LoadBalancer\'s private address through its own subnet', () => {
    const apim = template.resources.apim.properties.parameters;
    expect(apim.backendUrl).toEqual({ value: "[format('http://{0}', reference('network').outputs.loadBalancerIp.value)]" });
    expect(apim.subnetId).toEqual({ value: "[reference('network').outputs.apimSubnetId.value]" });
    const service = one('Microsoft.ApiManagement/service').properties;
    expect(service.virtualNetworkType).toBe('External');
    expect(service.virtualNetworkConfiguration).toEqual({ subnetResourceId: "[parameters('subnetId')]" });
  });

  // Which tier connects how: "Use a virtual network with Azure API Management"
  // (https://learn.microsoft.com/azure/api-management/virtual-network-concepts): injection for Developer and
  // Premium (classic), outbound integration for Standard v2 and Premium v2; Basic, Standard and Basic v2 have neither.
  it('offers only the tiers that reach a private backend, and connects each the way its docs say', () => {
    expect(template.parameters.apimSku.allowedValues.sort()).toEqual(['Developer', 'Premium', 'PremiumV2', 'StandardV2']);
    expect(template.parameters.apimSku.defaultValue).toBe('Developer');
    expect(networkModule.properties.parameters.apimConnection).toBe(
      "[if(contains(createArray('Developer', 'Premium'), parameters('apimSku')), createObject('value', 'injection'), createObject('value', 'integration'))]",
    );
    const vnet = networkResources.find((r) => r.type === 'Microsoft.Network/virtualNetworks')!;
    const apimSubnet = vnet.properties.subnets.find((s: any) => s.name === "[variables('subnetNames').apim]");
    expect(apimSubnet.properties.delegations).toBe(
      "[if(equals(parameters('apimConnection'), 'integration'), createArray(createObject('name', 'apim-integration', 'properties', createObject('serviceName', 'Microsoft.Web/serverFarms'))), createArray())]",
    );
    expect(apimSubnet.properties.networkSecurityGroup.id).toContain('Microsoft.Network/networkSecurityGroups');
    // Injection needs these NSG rules ("Virtual network configuration reference: API Management").
    const rules = networkModule.properties.template.variables.injectionRules as { name: string; direction: string; source: string; destination: string; ports: string[] }[];
    const has = (direction: string, source: string, destination: string, port: string) =>
      rules.some((r) => r.direction === direction && r.source === source && r.destination === destination && r.ports.includes(port));
    expect(has('Inbound', 'ApiManagement', 'VirtualNetwork', '3443')).toBe(true);
    expect(has('Inbound', 'AzureLoadBalancer', 'VirtualNetwork', '6390')).toBe(true);
    expect(has('Inbound', 'Internet', 'VirtualNetwork', '443')).toBe(true);
    expect(has('Outbound', 'VirtualNetwork', 'Storage', '443')).toBe(true);
    expect(has('Outbound', 'VirtualNetwork', 'Sql', '1433')).toBe(true);
    expect(has('Outbound', 'VirtualNetwork', 'AzureKeyVault', '443')).toBe(true);
  });

  it('outputs the private address, its subnet and APIM\'s range for the Service', () => {
    expect(template.outputs.staticIpAddress.value).toBe("[reference('network').outputs.loadBalancerIp.value]");
    expect(template.outputs.loadBalancerSubnetName.value).toBe("[reference('network').outputs.loadBalancerSubnetName.value]");
    expect(template.outputs.apimSubnetAddressPrefix.value).toBe("[reference('network').outputs.apimSubnetPrefix.value]");
  });
});

describe('least privilege per workflow', () => {
  const roles = template.resources.roles;
  const variables = roles.properties.template.variables as Record<string, string>;
  /** [assignments variable, principal, role] for every role assignment roles.bicep can make. */
  const grants = Object.entries(variables)
    .filter(([name]) => name.endsWith('Assignments') && name !== 'cosmosAssignments')
    .flatMap(([name, expression]) =>
      [...expression.matchAll(/createObject\('principalId', parameters\('principals'\)\.(\w+), 'roleId', variables\('role'\)\.(\w+)\)/g)].map((m) => [name, m[1], m[2]]),
    );
  const cosmos = [...variables.cosmosAssignments!.matchAll(/createObject\('principalId', parameters\('principals'\)\.(\w+), 'database', parameters\('(\w+)'\)\)/g)].map((m) => [m[1], m[2]]);

  it('gives the Lightning workflow its data roles and nothing else: Cosmos agent_rl, the datasets container, Azure OpenAI fine-tuning and deployments', () => {
    expect(roles.properties.parameters.principals.value.lightning).toBe("[parameters('lightningPrincipalId')]");
    expect(template.parameters.lightningPrincipalId).toMatchObject({ type: 'string', defaultValue: '' });
    expect(grants.filter(([, principal]) => principal === 'lightning')).toEqual([
      ['datasetAssignments', 'lightning', 'storageBlobDataContributor'],
      ['aiAssignments', 'lightning', 'cognitiveServicesOpenAiContributor'],
    ]);
    expect(cosmos.filter(([principal]) => principal === 'lightning')).toEqual([['lightning', 'lightningDatabaseName']]);
  });

  it('leaves Lightning\'s data to Lightning: the deployer holds no Cosmos or Azure OpenAI data role', () => {
    expect(cosmos.filter(([principal]) => principal === 'deployer')).toEqual([]);
    expect(grants.filter(([, principal, role]) => principal === 'deployer' && role!.startsWith('cognitiveServices'))).toEqual([]);
  });

  it('passes the Lightning principal and the public client from the repository variables setup-oidc.sh sets', () => {
    for (const workflow of ['deploy.yml', 'agent-identity.yml']) {
      const text = readFileSync(new URL(`../../.github/workflows/${workflow}`, import.meta.url), 'utf8');
      for (const line of text.split('\n').filter((l) => l.includes('parameters: '))) {
        expect(line, workflow).toContain('"lightningPrincipalId": "${{ vars.LIGHTNING_PRINCIPAL_ID }}"');
        expect(line, workflow).toContain('"mcpPublicClientId": "${{ vars.MCP_PUBLIC_CLIENT_ID }}"');
      }
    }
    const lightning = readFileSync(new URL('../../.github/workflows/lightning.yml', import.meta.url), 'utf8');
    const clientIds = [...lightning.matchAll(/client-id: (.*)/g)].map((m) => m[1]);
    expect(clientIds.length).toBeGreaterThan(0);
    expect(new Set(clientIds)).toEqual(new Set(['${{ vars.LIGHTNING_CLIENT_ID }}']));
    expect(lightning).toMatch(/^ {4}environment: lightning$/m);
  });
});
