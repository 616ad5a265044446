// Federated identity credentials that let the workload's Kubernetes service account sign in as a managed
// identity: id-mcp always, id-agent in phase two. Both trust the same subject, so the pods can use either.
// Credentials of one identity are written one at a time; the agent's waits for the MCP one.

@description('Name of id-mcp.')
param mcpIdentityName string

@description('Name of id-agent.')
param agentIdentityName string

@description('Create the id-agent credential (phase two).')
param agentIdentityEnabled bool

@description('OIDC issuer URL of the AKS cluster.')
param issuerUrl string

@description('Kubernetes namespace of the workload.')
param namespace string

@description('Kubernetes service account of the workload.')
param serviceAccount string

@description('Audience of the projected service account token.')
param audience string

var subject = 'system:serviceaccount:${namespace}:${serviceAccount}'
var credentialName = 'fic-${namespace}-${serviceAccount}'

resource mcpIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: mcpIdentityName
}

resource agentIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: agentIdentityName
}

resource mcpCredential 'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials@2024-11-30' = {
  parent: mcpIdentity
  name: credentialName
  properties: {
    issuer: issuerUrl
    subject: subject
    audiences: [audience]
  }
}

resource agentCredential 'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials@2024-11-30' = if (agentIdentityEnabled) {
  parent: agentIdentity
  name: credentialName
  properties: {
    issuer: issuerUrl
    subject: subject
    audiences: [audience]
  }
  dependsOn: [mcpCredential]
}

output credentialName string = credentialName
output subject string = subject
