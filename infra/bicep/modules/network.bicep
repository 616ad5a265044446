// The static public IP of the workload's LoadBalancer Service. It lives in the main resource group (not the
// cluster's node resource group) so it survives a cluster rebuild; the Service names it with the
// azure-pip-name and azure-load-balancer-resource-group annotations.

@description('Region of the IP.')
param location string

@description('Name of the public IP.')
param name string

@description('Availability zones of the IP; empty for a region without zones.')
param zones string[]

@description('Tags applied to the IP.')
param tags object

resource pip 'Microsoft.Network/publicIPAddresses@2024-07-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: 'Standard'
    tier: 'Regional'
  }
  zones: empty(zones) ? null : zones
  properties: {
    publicIPAllocationMethod: 'Static'
    publicIPAddressVersion: 'IPv4'
    idleTimeoutInMinutes: 30
  }
}

output name string = pip.name
output id string = pip.id
output ipAddress string = pip.properties.ipAddress
