// Azure AI Services (Foundry) account with a project and two model deployments: chat and embeddings.
// Key authentication is off; callers use Entra ID (roles.bicep). The account runs as id-ai.

@description('Region of the account.')
param location string

@description('Account name; also its custom subdomain.')
@maxLength(64)
param name string

@description('Foundry project name.')
param projectName string

@description('Resource id of the user-assigned identity of the account (id-ai).')
param identityId string

@description('Chat model deployment.')
param chat modelDeployment

@description('Embedding model deployment.')
param embedding modelDeployment

@description('Tags applied to the account.')
param tags object

@export()
type modelDeployment = {
  @description('Deployment name, used by the server as the model name.')
  deploymentName: string
  @description('Model name, for example gpt-4o-mini.')
  modelName: string
  @description('Model version.')
  modelVersion: string
  @description('Deployment SKU, for example GlobalStandard.')
  sku: string
  @description('Capacity in thousands of tokens a minute.')
  capacity: int
}

resource account 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'AIServices'
  sku: {
    name: 'S0'
  }
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    customSubDomainName: name
    disableLocalAuth: true
    allowProjectManagement: true
    publicNetworkAccess: 'Enabled'
  }
}

resource project 'Microsoft.CognitiveServices/accounts/projects@2025-06-01' = {
  parent: account
  name: projectName
  location: location
  tags: tags
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    displayName: projectName
    description: 'MCP agents on AKS'
  }
}

resource chatDeployment 'Microsoft.CognitiveServices/accounts/deployments@2025-06-01' = {
  parent: account
  name: chat.deploymentName
  sku: {
    name: chat.sku
    capacity: chat.capacity
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: chat.modelName
      version: chat.modelVersion
    }
    versionUpgradeOption: 'OnceNewDefaultVersionAvailable'
  }
}

// Deployments of one account are written one at a time; a parallel write fails with a conflict.
resource embeddingDeployment 'Microsoft.CognitiveServices/accounts/deployments@2025-06-01' = {
  parent: account
  name: embedding.deploymentName
  sku: {
    name: embedding.sku
    capacity: embedding.capacity
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: embedding.modelName
      version: embedding.modelVersion
    }
    versionUpgradeOption: 'OnceNewDefaultVersionAvailable'
  }
  dependsOn: [chatDeployment]
}

output name string = account.name
output id string = account.id
output projectName string = project.name
output projectEndpoint string = 'https://${account.name}.services.ai.azure.com/api/projects/${project.name}'
output openAiEndpoint string = 'https://${account.name}.openai.azure.com/'
output chatDeploymentName string = chatDeployment.name
output embeddingDeploymentName string = embeddingDeployment.name
