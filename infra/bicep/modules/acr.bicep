// The container registry the deploy action builds the server image into with an ACR task.

@description('Region of the registry.')
param location string

@description('Registry name: 5 to 50 letters and digits.')
@maxLength(50)
param name string

@description('Registry SKU.')
@allowed(['Basic', 'Standard', 'Premium'])
param sku string

@description('Tags applied to the registry.')
param tags object

resource acr 'Microsoft.ContainerRegistry/registries@2025-04-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: sku
  }
  properties: {
    adminUserEnabled: false
    anonymousPullEnabled: false
    publicNetworkAccess: 'Enabled'
  }
}

output name string = acr.name
output id string = acr.id
output loginServer string = acr.properties.loginServer
