// Cosmos DB (NoSQL API) with local (key) authentication off: the server and Lightning sign in with Entra ID
// and get the built-in data-plane roles on their databases (roles.bicep). Containers are created here,
// because Entra data-plane roles cannot create databases or containers.

@description('Region of the account.')
param location string

@description('Account name: 3 to 44 lowercase letters, digits and hyphens.')
@maxLength(44)
param name string

@description('Serverless capacity (pay per request) instead of provisioned throughput.')
param serverless bool

@description('Databases and their containers, each container with its partition key path.')
param databases databaseSpec[]

@description('Tags applied to the account.')
param tags object

@export()
type containerSpec = {
  @description('Container name.')
  name: string
  @description('Partition key path, for example /agentId.')
  partitionKey: string
  @description('Seconds after its last write an item is deleted (the container\'s defaultTtl); -1: on, no default expiry; absent: off.')
  defaultTtl: int?
}

@export()
type databaseSpec = {
  @description('Database name.')
  name: string
  @description('Containers of the database.')
  containers: containerSpec[]
}

var containers = flatten(map(range(0, length(databases)), i => map(databases[i].containers, c => { databaseIndex: i, name: c.name, partitionKey: c.partitionKey, defaultTtl: c.?defaultTtl })))

resource account 'Microsoft.DocumentDB/databaseAccounts@2025-04-15' = {
  name: name
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
    publicNetworkAccess: 'Enabled'
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    capabilities: serverless ? [{ name: 'EnableServerless' }] : []
  }
}

resource sqlDatabases 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2025-04-15' = [
  for db in databases: {
    parent: account
    name: db.name
    properties: {
      resource: {
        id: db.name
      }
    }
  }
]

@batchSize(1)
resource sqlContainers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2025-04-15' = [
  for c in containers: {
    parent: sqlDatabases[c.databaseIndex]
    name: c.name
    properties: {
      resource: {
        id: c.name
        // Null (absent) leaves time to live off: https://learn.microsoft.com/azure/cosmos-db/time-to-live
        defaultTtl: c.?defaultTtl
        partitionKey: {
          paths: [c.partitionKey]
          kind: 'Hash'
          version: 2
        }
      }
    }
  }
]

output name string = account.name
output id string = account.id
output endpoint string = account.properties.documentEndpoint
