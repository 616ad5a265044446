// Azure AI Search with API keys off (Entra ID only). The `task-instructions` index is created by the
// server's ingest command, which owns the index schema; this module creates the service only.

@description('Region of the service.')
param location string

@description('Service name: 2 to 60 lowercase letters, digits and hyphens.')
@maxLength(60)
param name string

@description('Service SKU.')
@allowed(['free', 'basic', 'standard', 'standard2', 'standard3'])
param sku string

@description('Semantic ranker plan.')
@allowed(['disabled', 'free', 'standard'])
param semanticSearch string

@description('Tags applied to the service.')
param tags object

resource search 'Microsoft.Search/searchServices@2025-05-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: sku
  }
  properties: {
    replicaCount: 1
    partitionCount: 1
    hostingMode: 'Default'
    publicNetworkAccess: 'enabled'
    disableLocalAuth: true
    semanticSearch: sku == 'free' ? null : semanticSearch
  }
}

output name string = search.name
output id string = search.id
output endpoint string = 'https://${search.name}.search.windows.net'
