// Least-privilege role assignments: data-plane roles on the exact resource (or blob container or Cosmos
// database) each principal uses, never Owner or Contributor on the resource group. Why each one exists is
// in docs/IDENTITY_DESIGN.md. Empty principal ids (the agent identity before phase two, no deployer) are
// skipped.

@description('AKS cluster name.')
param aksName string

@description('Container registry name.')
param acrName string

@description('Storage account name.')
param storageAccountName string

@description('Blob container of the snippets.')
param snippetsContainerName string

@description('Blob container of the ontologies.')
param ontologyContainerName string

@description('Blob container of the Lightning datasets.')
param lightningDatasetContainerName string

@description('Blob container of the MCP task state.')
param tasksContainerName string

@description('Cosmos DB account name.')
param cosmosAccountName string

@description('Cosmos database of the server.')
param mcpDatabaseName string

@description('Cosmos database of Lightning.')
param lightningDatabaseName string

@description('AI Search service name.')
param searchServiceName string

@description('AI Services account name.')
param aiServicesName string

@description('Principal ids of the identities; agent and deployer may be empty.')
param principals principalIds

@export()
type principalIds = {
  @description('The kubelet identity AKS creates in the node resource group.')
  kubelet: string
  @description('id-mcp: the MCP server pods (workload identity).')
  mcp: string
  @description('id-agent: the agent identity\'s credential (phase two); empty before it.')
  agent: string
  @description('id-ai: the AI Services account.')
  ai: string
  @description('The service principal the deploy workflow signs in as; empty to skip its data-plane roles.')
  deployer: string
  @description('The service principal the Lightning workflow signs in as; empty to skip its roles.')
  lightning: string
}

// Built-in role definition ids (the same in every tenant).
var role = {
  acrPull: '7f951dda-4ed3-4680-a7ca-43fe172d538d'
  aksRbacClusterAdmin: 'b1ff04bb-8a4e-4dc4-8eb5-8693973ce19b'
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  storageBlobDataReader: '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1'
  searchIndexDataReader: '1407120a-92aa-4202-b7e9-c0e197c71c8f'
  searchIndexDataContributor: '8ebe5a00-799e-43f5-93ac-243d3dce84a7'
  searchServiceContributor: '7ca78c08-252a-4471-8644-bb5ff32d4ba0'
  cognitiveServicesOpenAiUser: '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'
  cognitiveServicesOpenAiContributor: 'a001fd3d-188f-4b5d-821b-7da978bf7442'
}
// Cosmos DB built-in data-plane role (not an Azure RBAC role): read and write items.
var cosmosDataContributor = '00000000-0000-0000-0000-000000000002'

type assignment = {
  principalId: string
  roleId: string
}

func keep(list assignment[]) assignment[] => filter(list, a => !empty(a.principalId))

var acrAssignments = keep([{ principalId: principals.kubelet, roleId: role.acrPull }])
var aksAssignments = keep([{ principalId: principals.deployer, roleId: role.aksRbacClusterAdmin }])
var storageAssignments = keep([{ principalId: principals.deployer, roleId: role.storageBlobDataContributor }])
var snippetsAssignments = keep([{ principalId: principals.mcp, roleId: role.storageBlobDataContributor }])
var ontologyAssignments = keep([{ principalId: principals.mcp, roleId: role.storageBlobDataReader }])
var tasksAssignments = keep([{ principalId: principals.mcp, roleId: role.storageBlobDataContributor }])
// Pods and the Lightning workflow build datasets; the AI Services identity reads them for fine-tuning.
var datasetAssignments = keep([
  { principalId: principals.mcp, roleId: role.storageBlobDataContributor }
  { principalId: principals.lightning, roleId: role.storageBlobDataContributor }
  { principalId: principals.ai, roleId: role.storageBlobDataReader }
])
var searchAssignments = keep([
  { principalId: principals.mcp, roleId: role.searchIndexDataReader }
  { principalId: principals.agent, roleId: role.searchIndexDataReader }
  { principalId: principals.deployer, roleId: role.searchServiceContributor }
  { principalId: principals.deployer, roleId: role.searchIndexDataContributor }
])
var aiAssignments = keep([
  { principalId: principals.mcp, roleId: role.cognitiveServicesOpenAiUser }
  { principalId: principals.agent, roleId: role.cognitiveServicesOpenAiUser }
  // Lightning fine-tunes and creates or replaces the tuned model's deployment.
  { principalId: principals.lightning, roleId: role.cognitiveServicesOpenAiContributor }
])
var cosmosAssignments = filter(
  [
    { principalId: principals.mcp, database: mcpDatabaseName }
    { principalId: principals.mcp, database: lightningDatabaseName }
    { principalId: principals.agent, database: lightningDatabaseName }
    { principalId: principals.lightning, database: lightningDatabaseName }
  ],
  a => !empty(a.principalId)
)

resource aks 'Microsoft.ContainerService/managedClusters@2025-05-01' existing = {
  name: aksName
}

resource acr 'Microsoft.ContainerRegistry/registries@2025-04-01' existing = {
  name: acrName
}

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName

  resource blobService 'blobServices' existing = {
    name: 'default'

    resource snippets 'containers' existing = {
      name: snippetsContainerName
    }

    resource ontologies 'containers' existing = {
      name: ontologyContainerName
    }

    resource datasets 'containers' existing = {
      name: lightningDatasetContainerName
    }

    resource tasks 'containers' existing = {
      name: tasksContainerName
    }
  }
}

resource search 'Microsoft.Search/searchServices@2025-05-01' existing = {
  name: searchServiceName
}

resource ai 'Microsoft.CognitiveServices/accounts@2025-06-01' existing = {
  name: aiServicesName
}

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2025-04-15' existing = {
  name: cosmosAccountName
}

resource acrRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for a in acrAssignments: {
    scope: acr
    name: guid(acr.id, a.principalId, a.roleId)
    properties: {
      principalId: a.principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', a.roleId)
    }
  }
]

resource aksRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for a in aksAssignments: {
    scope: aks
    name: guid(aks.id, a.principalId, a.roleId)
    properties: {
      principalId: a.principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', a.roleId)
    }
  }
]

resource storageRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for a in storageAssignments: {
    scope: storage
    name: guid(storage.id, a.principalId, a.roleId)
    properties: {
      principalId: a.principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', a.roleId)
    }
  }
]

resource snippetsRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for a in snippetsAssignments: {
    scope: storage::blobService::snippets
    name: guid(storage::blobService::snippets.id, a.principalId, a.roleId)
    properties: {
      principalId: a.principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', a.roleId)
    }
  }
]

resource ontologyRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for a in ontologyAssignments: {
    scope: storage::blobService::ontologies
    name: guid(storage::blobService::ontologies.id, a.principalId, a.roleId)
    properties: {
      principalId: a.principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', a.roleId)
    }
  }
]

resource tasksRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for a in tasksAssignments: {
    scope: storage::blobService::tasks
    name: guid(storage::blobService::tasks.id, a.principalId, a.roleId)
    properties: {
      principalId: a.principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', a.roleId)
    }
  }
]

resource datasetRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for a in datasetAssignments: {
    scope: storage::blobService::datasets
    name: guid(storage::blobService::datasets.id, a.principalId, a.roleId)
    properties: {
      principalId: a.principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', a.roleId)
    }
  }
]

resource searchRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for a in searchAssignments: {
    scope: search
    name: guid(search.id, a.principalId, a.roleId)
    properties: {
      principalId: a.principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', a.roleId)
    }
  }
]

resource aiRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for a in aiAssignments: {
    scope: ai
    name: guid(ai.id, a.principalId, a.roleId)
    properties: {
      principalId: a.principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', a.roleId)
    }
  }
]

// Cosmos DB accepts one role-assignment write at a time per account.
@batchSize(1)
resource cosmosRoles 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2025-04-15' = [
  for a in cosmosAssignments: {
    parent: cosmos
    name: guid(cosmos.id, a.principalId, a.database, cosmosDataContributor)
    properties: {
      principalId: a.principalId
      roleDefinitionId: '${cosmos.id}/sqlRoleDefinitions/${cosmosDataContributor}'
      scope: '${cosmos.id}/dbs/${a.database}'
    }
  }
]

output assignmentCount int = length(acrAssignments) + length(aksAssignments) + length(storageAssignments) + length(snippetsAssignments) + length(ontologyAssignments) + length(tasksAssignments) + length(datasetAssignments) + length(searchAssignments) + length(aiAssignments) + length(cosmosAssignments)
