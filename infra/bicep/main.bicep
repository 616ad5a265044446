// MCP agents on AKS behind API Management: everything the provision action deploys to one resource group.
// Phase one (agentIdentityEnabled = false) creates the platform; phase two (true) adds the federated
// credential and roles of id-agent, which the provision action's agent-identity phase then uses for the Entra
// agent identity it creates through Microsoft Graph. See docs/DEPLOYMENT_NOTES.md.
targetScope = 'resourceGroup'

import { containerSpec } from 'modules/cosmos.bicep'
import { modelDeployment } from 'modules/ai.bicep'
import { addressPlan } from 'modules/network.bicep'
import { clusterAddressRanges } from 'modules/aks.bicep'

@description('Region of every resource.')
param location string = resourceGroup().location

@description('Short prefix of resource names: 2 to 8 lowercase letters and digits.')
@minLength(2)
@maxLength(8)
param namePrefix string = 'mcp'

@description('Entra tenant of the callers, the cluster users and the app registrations.')
param tenantId string = tenant().tenantId

@description('Application (client) id of the MCP API app registration (scripts/setup-oidc.sh creates it).')
@minLength(36)
@maxLength(36)
param mcpApiClientId string

@description('Delegated scope of the MCP API that callers must hold (the scp claim value).')
param mcpScopeName string = 'mcp.tools'

@description('Object id of the service principal the workflows sign in as; grants it the data-plane roles the actions need. Empty to skip.')
param deployerPrincipalId string = ''

@description('Object id of the service principal the Lightning workflow signs in as (scripts/setup-oidc.sh, LIGHTNING_PRINCIPAL_ID); gets the Lightning data roles only. Empty to skip.')
param lightningPrincipalId string = ''

@description('Application (client) id of the public client app MCP clients sign in with (scripts/setup-oidc.sh, MCP_PUBLIC_CLIENT_ID): turns on the server\'s OAuth façade. Empty to leave it off.')
param mcpPublicClientId string = ''

@description('Phase two: the federated credential and roles of id-agent.')
param agentIdentityEnabled bool = false

@description('Microsoft Fabric integration flag passed to the server (no Fabric resources are created).')
param fabricEnabled bool = false

@description('Availability zones of the AKS pool; empty for a region without zones.')
param availabilityZones string[] = ['1', '2', '3']

@description('Private address plan of the virtual network shared by AKS and API Management (see modules/network.bicep).')
param networkPlan addressPlan = {
  network: '10.42.0.0/16'
  aksSubnet: '10.42.0.0/20'
  loadBalancerSubnet: '10.42.16.0/28'
  loadBalancerIp: '10.42.16.10'
  apimSubnet: '10.42.17.0/24'
}

@description('Kubernetes service and pod ranges (Azure CNI overlay); they must not overlap networkPlan.network.')
param clusterRanges clusterAddressRanges = {
  serviceCidr: '10.0.0.0/16'
  dnsServiceIP: '10.0.0.10'
  podCidr: '10.244.0.0/16'
}

@description('Kubernetes version; empty for the region\'s default.')
param kubernetesVersion string = ''

@description('AKS control-plane tier.')
@allowed(['Free', 'Standard'])
param aksTier string = 'Free'

@description('VM size of the AKS system pool.')
param aksNodeVmSize string = 'Standard_D2s_v5'

@description('Smallest node count of the AKS system pool.')
@minValue(1)
param aksNodeMinCount int = 2

@description('Largest node count of the AKS system pool.')
@minValue(1)
param aksNodeMaxCount int = 5

@description('Entra group object ids that get cluster-admin on AKS (optional).')
param aksAdminGroupObjectIds string[] = []

@description('Container registry SKU.')
@allowed(['Basic', 'Standard', 'Premium'])
param acrSku string = 'Basic'

@description('API Management SKU: a tier that reaches the private backend. Developer and Premium (classic) are injected into the virtual network; StandardV2 and PremiumV2 integrate with it for outbound calls. Basic, Standard and BasicV2 cannot reach a private backend.')
@allowed(['Developer', 'Premium', 'StandardV2', 'PremiumV2'])
param apimSku string = 'Developer'

@description('API Management publisher e-mail.')
param apimPublisherEmail string = 'mcp-admin@example.com'

@description('API Management publisher name.')
param apimPublisherName string = 'MCP agents'

@description('tools/call requests one token subject may make per minute to one tool through APIM.')
@minValue(1)
param toolsCallsPerMinute int = 60

@description('Per-tool overrides of toolsCallsPerMinute, e.g. { lightning_start_training: 2 }.')
param toolCallLimits object = {}

@description('Browser origins (scheme://host[:port]) allowed to call the MCP endpoint: the APIM cors policy and the server\'s ALLOWED_ORIGINS. The default is the MCP Inspector\'s local web client.')
@minLength(1)
param corsAllowedOrigins string[] = ['http://localhost:6274']

@description('AI Search SKU.')
@allowed(['free', 'basic', 'standard', 'standard2', 'standard3'])
param searchSku string = 'basic'

@description('AI Search semantic ranker plan.')
@allowed(['disabled', 'free', 'standard'])
param searchSemanticRanker string = 'free'

@description('Cosmos DB serverless capacity mode.')
param cosmosServerless bool = true

@description('Containers of the server database (mcpdb).')
param mcpContainers containerSpec[] = []

@description('Days raw Lightning episodes are kept (Cosmos DB time to live on rl_episodes); LIGHTNING_EPISODE_TTL_DAYS says the same to the embedded store.')
@minValue(1)
@maxValue(3650)
param lightningEpisodeTtlDays int = 90

@description('Containers of the Lightning database (agent_rl) and their partition keys.')
param lightningContainers containerSpec[] = [
  { name: 'rl_episodes', partitionKey: '/agentId' }
  { name: 'rl_rewards', partitionKey: '/agentId' }
  { name: 'rl_datasets', partitionKey: '/agentId' }
  { name: 'rl_training_runs', partitionKey: '/agentId' }
  { name: 'rl_deployments', partitionKey: '/agentId' }
  { name: 'rl_evaluations', partitionKey: '/agentId' }
]

// gpt-4o-mini 2024-07-18 and gpt-4.1-mini 2025-04-14 are closed to new deployments; gpt-5 2025-08-07 is GA and
// fine-tunable (docs/DEPLOYMENT_NOTES.md, "Models"). provision checks the region's offer before deploying.
@description('Chat model deployment (Lightning fine-tunes this model unless LIGHTNING_BASE_MODEL says otherwise).')
param chatModel modelDeployment = {
  deploymentName: 'gpt-5'
  modelName: 'gpt-5'
  modelVersion: '2025-08-07'
  sku: 'GlobalStandard'
  capacity: 10
}

@description('Embedding model deployment.')
param embeddingModel modelDeployment = {
  deploymentName: 'text-embedding-3-small'
  modelName: 'text-embedding-3-small'
  modelVersion: '1'
  sku: 'GlobalStandard'
  capacity: 10
}

@description('Tags applied to every resource.')
param tags object = {
  workload: 'mcp-agents'
}

// The workload's namespace and service account, shared with the Kubernetes manifests (@mcp-aks/manifests).
var workload = loadJsonContent('../../k8s/workload-identity.json')

var suffix = '${namePrefix}-${take(uniqueString(subscription().id, resourceGroup().id, namePrefix), 8)}'
var compactSuffix = replace(suffix, '-', '')
var names = {
  identities: {
    aks: 'id-aks-${suffix}'
    mcp: 'id-mcp-${suffix}'
    agent: 'id-agent-${suffix}'
    api: 'id-api-${suffix}'
    ai: 'id-ai-${suffix}'
  }
  aks: 'aks-${suffix}'
  acr: 'acr${compactSuffix}'
  vnet: 'vnet-${suffix}'
  storage: 'st${compactSuffix}'
  cosmos: 'cosmos-${suffix}'
  search: 'srch-${suffix}'
  ai: 'ai-${suffix}'
  foundryProject: 'proj-${suffix}'
  apim: 'apim-${suffix}'
}
var containerNames = {
  snippets: 'snippets'
  ontologies: 'ontologies'
  lightningDatasets: 'lightning-datasets'
  // MCP task state (TASKS_CONTAINER_NAME's default): long operations any replica reports on.
  tasks: 'mcp-tasks'
}
var databaseNames = {
  mcp: 'mcpdb'
  lightning: 'agent_rl'
}
var searchIndexName = 'task-instructions'

module identities 'modules/identities.bicep' = {
  name: 'identities'
  params: {
    location: location
    names: names.identities
    tags: tags
  }
}

module network 'modules/network.bicep' = {
  name: 'network'
  dependsOn: [identities]
  params: {
    location: location
    name: names.vnet
    plan: networkPlan
    apimConnection: contains(['Developer', 'Premium'], apimSku) ? 'injection' : 'integration'
    clusterIdentityName: names.identities.aks
    tags: tags
  }
}

module acr 'modules/acr.bicep' = {
  name: 'acr'
  params: {
    location: location
    name: names.acr
    sku: acrSku
    tags: tags
  }
}

module aks 'modules/aks.bicep' = {
  name: 'aks'
  params: {
    location: location
    name: names.aks
    controlPlaneIdentityId: identities.outputs.aks.id
    subnetId: network.outputs.aksSubnetId
    clusterRanges: clusterRanges
    tenantId: tenantId
    kubernetesVersion: kubernetesVersion
    tier: aksTier
    nodeVmSize: aksNodeVmSize
    nodeMinCount: aksNodeMinCount
    nodeMaxCount: aksNodeMaxCount
    zones: availabilityZones
    adminGroupObjectIds: aksAdminGroupObjectIds
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    name: names.storage
    containerNames: [containerNames.snippets, containerNames.ontologies, containerNames.lightningDatasets, containerNames.tasks]
    tags: tags
  }
}

module cosmos 'modules/cosmos.bicep' = {
  name: 'cosmos'
  params: {
    location: location
    name: names.cosmos
    serverless: cosmosServerless
    databases: [
      { name: databaseNames.mcp, containers: mcpContainers }
      // Raw episodes expire; rewards, datasets, runs and deployments are the record of what was trained.
      { name: databaseNames.lightning, containers: map(lightningContainers, c => c.name == 'rl_episodes' ? { name: c.name, partitionKey: c.partitionKey, defaultTtl: lightningEpisodeTtlDays * 86400 } : c) }
    ]
    tags: tags
  }
}

module search 'modules/search.bicep' = {
  name: 'search'
  params: {
    location: location
    name: names.search
    sku: searchSku
    semanticSearch: searchSemanticRanker
    tags: tags
  }
}

module ai 'modules/ai.bicep' = {
  name: 'ai'
  params: {
    location: location
    name: names.ai
    projectName: names.foundryProject
    identityId: identities.outputs.ai.id
    chat: chatModel
    embedding: embeddingModel
    tags: tags
  }
}

module apim 'modules/apim.bicep' = {
  name: 'apim'
  params: {
    location: location
    name: names.apim
    sku: apimSku
    publisherEmail: apimPublisherEmail
    publisherName: apimPublisherName
    identityId: identities.outputs.api.id
    tenantId: tenantId
    mcpApiClientId: mcpApiClientId
    mcpScopeName: mcpScopeName
    subnetId: network.outputs.apimSubnetId
    // Plain HTTP, but only inside the virtual network: the internal LoadBalancer has no public address.
    backendUrl: 'http://${network.outputs.loadBalancerIp}'
    toolsCallsPerMinute: toolsCallsPerMinute
    toolCallLimits: toolCallLimits
    corsAllowedOrigins: corsAllowedOrigins
    oauthFacade: !empty(mcpPublicClientId)
    tags: tags
  }
}

module federatedCredentials 'modules/federated-credentials.bicep' = {
  name: 'federated-credentials'
  params: {
    mcpIdentityName: names.identities.mcp
    agentIdentityName: names.identities.agent
    agentIdentityEnabled: agentIdentityEnabled
    issuerUrl: aks.outputs.oidcIssuerUrl
    namespace: workload.namespace
    serviceAccount: workload.serviceAccount
    audience: workload.audience
  }
}

module roles 'modules/roles.bicep' = {
  name: 'roles'
  dependsOn: [acr, storage, cosmos, search, ai]
  params: {
    aksName: names.aks
    acrName: names.acr
    storageAccountName: names.storage
    snippetsContainerName: containerNames.snippets
    ontologyContainerName: containerNames.ontologies
    lightningDatasetContainerName: containerNames.lightningDatasets
    tasksContainerName: containerNames.tasks
    cosmosAccountName: names.cosmos
    mcpDatabaseName: databaseNames.mcp
    lightningDatabaseName: databaseNames.lightning
    searchServiceName: names.search
    aiServicesName: names.ai
    principals: {
      kubelet: aks.outputs.kubeletObjectId
      mcp: identities.outputs.mcp.principalId
      agent: agentIdentityEnabled ? identities.outputs.agent.principalId : ''
      ai: identities.outputs.ai.principalId
      deployer: deployerPrincipalId
      lightning: lightningPrincipalId
    }
  }
}

// Outputs: every value the provision, deploy-aks, verify and lightning actions and the manifests need.
output tenantId string = tenantId
output resourceGroupName string = resourceGroup().name
output location string = location
output agentIdentityEnabled bool = agentIdentityEnabled
output fabricEnabled bool = fabricEnabled

output aksName string = aks.outputs.name
output aksOidcIssuerUrl string = aks.outputs.oidcIssuerUrl
output aksNodeResourceGroup string = aks.outputs.nodeResourceGroup
output acrName string = acr.outputs.name
output acrLoginServer string = acr.outputs.loginServer

// The workload Service's fixed private address (an internal LoadBalancer), the subnet it lives in, and the
// subnet API Management calls from (the Service admits only that range).
output staticIpAddress string = network.outputs.loadBalancerIp
output loadBalancerSubnetName string = network.outputs.loadBalancerSubnetName
output apimSubnetAddressPrefix string = network.outputs.apimSubnetPrefix
output virtualNetworkName string = network.outputs.name

output workloadNamespace string = workload.namespace
output workloadServiceAccount string = workload.serviceAccount
output federatedCredentialName string = federatedCredentials.outputs.credentialName
output federatedCredentialSubject string = federatedCredentials.outputs.subject

output aksIdentityClientId string = identities.outputs.aks.clientId
output mcpIdentityName string = identities.outputs.mcp.name
output mcpIdentityClientId string = identities.outputs.mcp.clientId
output mcpIdentityPrincipalId string = identities.outputs.mcp.principalId
output agentIdentityName string = identities.outputs.agent.name
output agentIdentityClientId string = identities.outputs.agent.clientId
output agentIdentityPrincipalId string = identities.outputs.agent.principalId
output apiIdentityClientId string = identities.outputs.api.clientId
output aiIdentityClientId string = identities.outputs.ai.clientId

output storageAccountName string = storage.outputs.name
output storageAccountUrl string = storage.outputs.blobEndpoint
output snippetsContainerName string = containerNames.snippets
output ontologyContainerName string = containerNames.ontologies
output lightningDatasetContainerName string = containerNames.lightningDatasets

output cosmosAccountName string = cosmos.outputs.name
output cosmosEndpoint string = cosmos.outputs.endpoint
output cosmosDatabaseName string = databaseNames.mcp
output lightningDatabaseName string = databaseNames.lightning

output searchServiceName string = search.outputs.name
output searchEndpoint string = search.outputs.endpoint
output searchIndexName string = searchIndexName

output aiServicesName string = ai.outputs.name
output foundryProjectName string = ai.outputs.projectName
output foundryProjectEndpoint string = ai.outputs.projectEndpoint
output openAiEndpoint string = ai.outputs.openAiEndpoint
output chatDeploymentName string = ai.outputs.chatDeploymentName
output chatModelName string = chatModel.modelName
output chatModelVersion string = chatModel.modelVersion
output embeddingDeploymentName string = ai.outputs.embeddingDeploymentName

output apimName string = apim.outputs.name
output apimGatewayUrl string = apim.outputs.gatewayUrl
output mcpResourceUrl string = apim.outputs.mcpResourceUrl
output mcpResourceMetadataUrl string = apim.outputs.resourceMetadataUrl
output mcpApiClientId string = mcpApiClientId
output mcpPublicClientId string = mcpPublicClientId
output mcpRequiredScope string = mcpScopeName
output corsAllowedOrigins string[] = corsAllowedOrigins
output authIssuer string = '${environment().authentication.loginEndpoint}${tenantId}/v2.0'
output authAudiences string[] = [mcpApiClientId, 'api://${mcpApiClientId}']
