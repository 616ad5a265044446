// The private network between API Management and the pods. AKS nodes sit in snet-aks; the workload's
// internal LoadBalancer takes a fixed private address in snet-ilb; API Management reaches it from snet-apim
// (classic tiers are injected into it, v2 tiers integrate with it for outbound calls). The caller's token
// therefore travels from APIM to the pods only inside this network, and the pods have no public address.
// Why this shape, per API Management tier: docs/ARCHITECTURE.md ("Network").

@description('Region of the network.')
param location string

@description('Virtual network name.')
param name string

@description('Address plan: the network, its three subnets, and the internal LoadBalancer address (in the ilb subnet).')
param plan addressPlan

@description('How API Management connects: injection (Developer, Premium) needs an undelegated subnet with the NSG rules its docs list; integration (StandardV2, PremiumV2) needs the subnet delegated to Microsoft.Web/serverFarms.')
@allowed(['injection', 'integration'])
param apimConnection string

@description('Name of the AKS control-plane identity (id-aks): Network Contributor on this network, so the cloud provider can join the node and LoadBalancer subnets.')
param clusterIdentityName string

@description('Tags applied to every resource.')
param tags object

@export()
type addressPlan = {
  @description('Address space of the virtual network.')
  network: string
  @description('AKS nodes (Azure CNI overlay: pods use the overlay CIDR, not this subnet).')
  aksSubnet: string
  @description('Frontends of the internal LoadBalancer.')
  loadBalancerSubnet: string
  @description('The Service\'s fixed private address: in loadBalancerSubnet, past the five addresses Azure reserves.')
  loadBalancerIp: string
  @description('API Management: injection or outbound integration.')
  apimSubnet: string
}

var networkContributor = '4d97b98b-1d4f-4787-a291-c67834d212e7'
var subnetNames = {
  aks: 'snet-aks'
  loadBalancer: 'snet-ilb'
  apim: 'snet-apim'
}

// Classic-tier injection (external mode): the rules "Virtual network configuration reference: API Management"
// marks as required. v2 integration needs none of them.
var injectionRules = [
  { name: 'client-https', direction: 'Inbound', priority: 200, source: 'Internet', destination: 'VirtualNetwork', ports: ['80', '443'] }
  { name: 'apim-management', direction: 'Inbound', priority: 210, source: 'ApiManagement', destination: 'VirtualNetwork', ports: ['3443'] }
  { name: 'azure-load-balancer', direction: 'Inbound', priority: 220, source: 'AzureLoadBalancer', destination: 'VirtualNetwork', ports: ['6390'] }
  { name: 'storage', direction: 'Outbound', priority: 200, source: 'VirtualNetwork', destination: 'Storage', ports: ['443'] }
  { name: 'sql', direction: 'Outbound', priority: 210, source: 'VirtualNetwork', destination: 'Sql', ports: ['1433'] }
  { name: 'key-vault', direction: 'Outbound', priority: 220, source: 'VirtualNetwork', destination: 'AzureKeyVault', ports: ['443'] }
  { name: 'monitor', direction: 'Outbound', priority: 230, source: 'VirtualNetwork', destination: 'AzureMonitor', ports: ['1886', '443'] }
]

resource apimNsg 'Microsoft.Network/networkSecurityGroups@2024-07-01' = {
  name: 'nsg-${name}-apim'
  location: location
  tags: tags
  properties: {
    securityRules: [
      for rule in (apimConnection == 'injection' ? injectionRules : []): {
        name: rule.name
        properties: {
          direction: rule.direction
          access: 'Allow'
          protocol: 'Tcp'
          priority: rule.priority
          sourceAddressPrefix: rule.source
          sourcePortRange: '*'
          destinationAddressPrefix: rule.destination
          destinationPortRanges: rule.ports
        }
      }
    ]
  }
}

resource vnet 'Microsoft.Network/virtualNetworks@2024-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [plan.network]
    }
    subnets: [
      {
        name: subnetNames.aks
        properties: {
          addressPrefix: plan.aksSubnet
        }
      }
      {
        name: subnetNames.loadBalancer
        properties: {
          addressPrefix: plan.loadBalancerSubnet
        }
      }
      {
        name: subnetNames.apim
        properties: {
          addressPrefix: plan.apimSubnet
          networkSecurityGroup: {
            id: apimNsg.id
          }
          delegations: apimConnection == 'integration'
            ? [
                {
                  name: 'apim-integration'
                  properties: {
                    serviceName: 'Microsoft.Web/serverFarms'
                  }
                }
              ]
            : []
        }
      }
    ]
  }
}

// What "Use an internal load balancer with AKS" and "Use kubenet/Azure CNI with your own subnet" grant: the
// cluster identity needs Network Contributor on the network (or subnet) it places nodes and frontends in.
resource clusterIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: clusterIdentityName
}

resource clusterNetworkRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vnet
  name: guid(vnet.id, clusterIdentity.id, networkContributor)
  properties: {
    principalId: clusterIdentity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', networkContributor)
  }
}

output name string = vnet.name
output id string = vnet.id
// Module outputs exist only once the whole module (role assignment included) is deployed, so a cluster that
// uses aksSubnetId is created after its identity may join the subnets.
output aksSubnetId string = '${vnet.id}/subnets/${subnetNames.aks}'
output apimSubnetId string = '${vnet.id}/subnets/${subnetNames.apim}'
output loadBalancerSubnetName string = subnetNames.loadBalancer
output loadBalancerIp string = plan.loadBalancerIp
output apimSubnetPrefix string = plan.apimSubnet
