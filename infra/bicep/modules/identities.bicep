// The five user-assigned managed identities. What each may do is decided in roles.bicep and explained in
// docs/IDENTITY_DESIGN.md.

@description('Region of the identities.')
param location string

@description('Names of the identities.')
param names identityNames

@description('Tags applied to every identity.')
param tags object

@export()
type identityNames = {
  aks: string
  mcp: string
  agent: string
  api: string
  ai: string
}

resource aks 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: names.aks
  location: location
  tags: tags
}

resource mcp 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: names.mcp
  location: location
  tags: tags
}

resource agent 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: names.agent
  location: location
  tags: tags
}

resource api 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: names.api
  location: location
  tags: tags
}

resource ai 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: names.ai
  location: location
  tags: tags
}

output aks object = { id: aks.id, name: aks.name, clientId: aks.properties.clientId, principalId: aks.properties.principalId }
output mcp object = { id: mcp.id, name: mcp.name, clientId: mcp.properties.clientId, principalId: mcp.properties.principalId }
output agent object = { id: agent.id, name: agent.name, clientId: agent.properties.clientId, principalId: agent.properties.principalId }
output api object = { id: api.id, name: api.name, clientId: api.properties.clientId, principalId: api.properties.principalId }
output ai object = { id: ai.id, name: ai.name, clientId: ai.properties.clientId, principalId: ai.properties.principalId }
