// The AKS cluster: Entra ID integration with Azure RBAC for Kubernetes authorization, local accounts off,
// OIDC issuer and workload identity on, an autoscaling system pool spread over availability zones, and a
// network policy engine so the workload's NetworkPolicy is enforced.

@description('Region of the cluster.')
param location string

@description('Cluster name.')
param name string

@description('Resource id of the user-assigned identity of the control plane (id-aks).')
param controlPlaneIdentityId string

@description('Entra tenant that signs users in to the cluster.')
param tenantId string

@description('Kubernetes version; empty for the region\'s default.')
param kubernetesVersion string

@description('Pricing tier of the control plane.')
@allowed(['Free', 'Standard'])
param tier string

@description('VM size of the system pool.')
param nodeVmSize string

@description('Smallest node count of the autoscaling system pool.')
@minValue(1)
param nodeMinCount int

@description('Largest node count of the autoscaling system pool.')
@minValue(1)
param nodeMaxCount int

@description('Resource id of the subnet of the nodes (network.bicep), in which the control-plane identity is Network Contributor.')
param subnetId string

@description('Kubernetes service and pod address ranges; neither may overlap the virtual network.')
param clusterRanges clusterAddressRanges

@export()
type clusterAddressRanges = {
  serviceCidr: string
  dnsServiceIP: string
  podCidr: string
}

@description('Availability zones of the system pool; empty for a region without zones.')
param zones string[]

@description('Entra group object ids that get cluster-admin through Kubernetes RBAC (optional).')
param adminGroupObjectIds string[]

@description('Tags applied to the cluster.')
param tags object

resource aks 'Microsoft.ContainerService/managedClusters@2025-05-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: 'Base'
    tier: tier
  }
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${controlPlaneIdentityId}': {}
    }
  }
  properties: {
    kubernetesVersion: empty(kubernetesVersion) ? null : kubernetesVersion
    dnsPrefix: name
    enableRBAC: true
    disableLocalAccounts: true
    aadProfile: {
      managed: true
      enableAzureRBAC: true
      tenantID: tenantId
      adminGroupObjectIDs: adminGroupObjectIds
    }
    oidcIssuerProfile: {
      enabled: true
    }
    securityProfile: {
      workloadIdentity: {
        enabled: true
      }
    }
    agentPoolProfiles: [
      {
        name: 'system'
        mode: 'System'
        type: 'VirtualMachineScaleSets'
        osType: 'Linux'
        osSKU: 'AzureLinux'
        vmSize: nodeVmSize
        count: nodeMinCount
        minCount: nodeMinCount
        maxCount: nodeMaxCount
        enableAutoScaling: true
        availabilityZones: empty(zones) ? null : zones
        vnetSubnetID: subnetId
        upgradeSettings: {
          maxSurge: '33%'
        }
      }
    ]
    networkProfile: {
      networkPlugin: 'azure'
      networkPluginMode: 'overlay'
      podCidr: clusterRanges.podCidr
      serviceCidr: clusterRanges.serviceCidr
      dnsServiceIP: clusterRanges.dnsServiceIP
      networkDataplane: 'cilium'
      networkPolicy: 'cilium'
      loadBalancerSku: 'standard'
      outboundType: 'loadBalancer'
    }
    autoUpgradeProfile: {
      upgradeChannel: 'patch'
      nodeOSUpgradeChannel: 'NodeImage'
    }
  }
}

output name string = aks.name
output id string = aks.id
output oidcIssuerUrl string = aks.properties.oidcIssuerProfile.issuerURL
output nodeResourceGroup string = aks.properties.nodeResourceGroup
output kubeletObjectId string = aks.properties.identityProfile.kubeletidentity.objectId
