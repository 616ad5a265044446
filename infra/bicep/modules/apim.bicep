// API Management as the MCP OAuth gateway: one API on the gateway root with the MCP operations (token
// validation, per-subject rate limit on tools/call, streaming) and the anonymous Protected Resource Metadata
// operations. Policies are the XML files in ../policies, loaded at compile time.

@description('Region of the service.')
param location string

@description('Service name.')
param name string

@description('Service SKU: classic Developer/Premium are injected into the subnet (external mode); StandardV2/PremiumV2 integrate with it for outbound calls.')
@allowed(['Developer', 'Premium', 'StandardV2', 'PremiumV2'])
param sku string

@description('Resource id of snet-apim (network.bicep): how the gateway reaches the private backend.')
param subnetId string

@description('Publisher e-mail shown in the developer portal and used for service notifications.')
param publisherEmail string

@description('Publisher (organisation) name.')
param publisherName string

@description('Resource id of the user-assigned identity of the service (id-api).')
param identityId string

@description('Entra tenant that issues the callers\' tokens.')
param tenantId string

@description('Application (client) id of the MCP API app registration: the audience of the callers\' tokens.')
param mcpApiClientId string

@description('Delegated scope (the value of the scp claim) a caller must hold.')
param mcpScopeName string

@description('Base URL of the AKS backend: the internal LoadBalancer\'s private address.')
param backendUrl string

@description('tools/call requests a token subject may make per minute to one tool.')
@minValue(1)
param toolsCallsPerMinute int

@description('Per-tool overrides of toolsCallsPerMinute: { toolName: callsPerMinute }.')
param toolCallLimits object

@description('Whether the server runs its OAuth façade (a public client app exists): the metadata then names the gateway as the authorization server.')
param oauthFacade bool

@description('Browser origins allowed to call the gateway (CORS): scheme://host[:port], no path.')
@minLength(1)
param corsAllowedOrigins string[]

@description('Tags applied to the service.')
param tags object

var loginEndpoint = environment().authentication.loginEndpoint

resource apim 'Microsoft.ApiManagement/service@2024-05-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: sku
    capacity: 1
  }
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    publisherEmail: publisherEmail
    publisherName: publisherName
    // External in both cases: the gateway stays public, its calls to the backend go through the subnet
    // (injection for the classic tiers, outbound integration for the v2 tiers).
    virtualNetworkType: 'External'
    virtualNetworkConfiguration: {
      subnetResourceId: subnetId
    }
  }
}

var gatewayUrl = apim.properties.gatewayUrl
// The names the policies refer to as {{name}}; a static list so the loop is known when the deployment starts.
var namedValueKeys = [
  'mcp-tenant-id'
  'mcp-api-client-id'
  'mcp-required-scope'
  'mcp-scope-uri'
  'mcp-authorization-server'
  'mcp-resource-url'
  'mcp-resource-metadata-url'
  'mcp-tools-call-limit'
  'mcp-tool-call-limits'
  'mcp-oauth-calls-per-minute'
]
var namedValues = {
  'mcp-tenant-id': tenantId
  'mcp-api-client-id': mcpApiClientId
  'mcp-required-scope': mcpScopeName
  'mcp-scope-uri': 'api://${mcpApiClientId}/${mcpScopeName}'
  // With the façade, clients talk OAuth to the gateway (the server passes it on to Entra ID); without it, to Entra ID.
  'mcp-authorization-server': oauthFacade ? gatewayUrl : '${loginEndpoint}${tenantId}/v2.0'
  'mcp-resource-url': '${gatewayUrl}/mcp'
  'mcp-resource-metadata-url': '${gatewayUrl}/.well-known/oauth-protected-resource'
  'mcp-tools-call-limit': string(toolsCallsPerMinute)
  // ";tool=calls;tool=calls;": never empty (a named value needs a value), parsed by the rate limit's calls expression.
  'mcp-tool-call-limits': ';${join(map(items(toolCallLimits), t => '${t.key}=${int(t.value)}'), ';')};'
  // Anonymous façade endpoints, per client address: a sign-in takes a handful of calls.
  'mcp-oauth-calls-per-minute': '30'
}
// The policy file marks where the origins go; each becomes an <origin> element of its cors policy.
var corsOriginElements = join(map(corsAllowedOrigins, o => '<origin>${replace(replace(o, '&', '&amp;'), '<', '&lt;')}</origin>'), '')
var apiPolicyXml = replace(loadTextContent('../policies/mcp-api.xml'), '<!-- cors-origins -->', corsOriginElements)
var oauthPolicyXml = replace(loadTextContent('../policies/oauth-facade.xml'), '<!-- cors-origins -->', corsOriginElements)

resource namedValueResources 'Microsoft.ApiManagement/service/namedValues@2024-05-01' = [
  for key in namedValueKeys: {
    parent: apim
    name: key
    properties: {
      displayName: key
      value: namedValues[key]
      secret: false
    }
  }
]

resource api 'Microsoft.ApiManagement/service/apis@2024-05-01' = {
  parent: apim
  name: 'mcp'
  properties: {
    displayName: 'MCP'
    description: 'Model Context Protocol server (Streamable HTTP) and its Protected Resource Metadata.'
    path: ''
    protocols: ['https']
    subscriptionRequired: false
    serviceUrl: backendUrl
    apiType: 'http'
  }
}

resource apiPolicy 'Microsoft.ApiManagement/service/apis/policies@2024-05-01' = {
  parent: api
  name: 'policy'
  properties: {
    format: 'rawxml'
    value: apiPolicyXml
  }
  dependsOn: [namedValueResources]
}

var mcpOperations = [
  { name: 'mcp-post', method: 'POST', displayName: 'MCP messages' }
  { name: 'mcp-get', method: 'GET', displayName: 'MCP server-to-client stream' }
  { name: 'mcp-delete', method: 'DELETE', displayName: 'MCP session end' }
]

resource mcpOperationResources 'Microsoft.ApiManagement/service/apis/operations@2024-05-01' = [
  for op in mcpOperations: {
    parent: api
    name: op.name
    properties: {
      displayName: op.displayName
      method: op.method
      urlTemplate: '/mcp'
    }
  }
]

var metadataOperations = [
  { name: 'prm', urlTemplate: '/.well-known/oauth-protected-resource' }
  { name: 'prm-mcp', urlTemplate: '/.well-known/oauth-protected-resource/mcp' }
]

resource metadataOperationResources 'Microsoft.ApiManagement/service/apis/operations@2024-05-01' = [
  for op in metadataOperations: {
    parent: api
    name: op.name
    properties: {
      displayName: 'Protected Resource Metadata (${op.urlTemplate})'
      method: 'GET'
      urlTemplate: op.urlTemplate
    }
  }
]

resource metadataPolicies 'Microsoft.ApiManagement/service/apis/operations/policies@2024-05-01' = [
  for (op, i) in metadataOperations: {
    parent: metadataOperationResources[i]
    name: 'policy'
    properties: {
      format: 'rawxml'
      value: loadTextContent('../policies/protected-resource-metadata.xml')
    }
    dependsOn: [namedValueResources]
  }
]

// The server's OAuth façade (server/src/oauth): anonymous, forwarded to the pods like /mcp.
var oauthOperations = [
  { name: 'oauth-metadata', method: 'GET', urlTemplate: '/.well-known/oauth-authorization-server', displayName: 'OAuth authorization server metadata' }
  { name: 'oauth-metadata-mcp', method: 'GET', urlTemplate: '/.well-known/oauth-authorization-server/mcp', displayName: 'OAuth authorization server metadata (/mcp)' }
  { name: 'oauth-register', method: 'POST', urlTemplate: '/oauth/register', displayName: 'OAuth client registration (the public client)' }
  { name: 'oauth-authorize', method: 'GET', urlTemplate: '/oauth/authorize', displayName: 'OAuth authorize (to Entra ID)' }
  { name: 'oauth-token', method: 'POST', urlTemplate: '/oauth/token', displayName: 'OAuth token (to Entra ID)' }
]

resource oauthOperationResources 'Microsoft.ApiManagement/service/apis/operations@2024-05-01' = [
  for op in oauthOperations: {
    parent: api
    name: op.name
    properties: {
      displayName: op.displayName
      method: op.method
      urlTemplate: op.urlTemplate
    }
  }
]

resource oauthPolicies 'Microsoft.ApiManagement/service/apis/operations/policies@2024-05-01' = [
  for (op, i) in oauthOperations: {
    parent: oauthOperationResources[i]
    name: 'policy'
    properties: {
      format: 'rawxml'
      value: oauthPolicyXml
    }
    dependsOn: [namedValueResources]
  }
]

output name string = apim.name
output id string = apim.id
output gatewayUrl string = gatewayUrl
output mcpResourceUrl string = '${gatewayUrl}/mcp'
output resourceMetadataUrl string = '${gatewayUrl}/.well-known/oauth-protected-resource'
