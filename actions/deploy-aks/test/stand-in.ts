import type { Recorder, Reply, RecordedRequest } from '@mcp-aks/actions-kit/recorder';

export const SUB = '00000000-0000-0000-0000-0000000000aa';
export const RG = 'rg-mcp';
const ARM_RG = `/subscriptions/${SUB}/resourceGroups/${RG}/providers`;
export const ACR = `${ARM_RG}/Microsoft.ContainerRegistry/registries/acrdemo`;
export const AKS = `${ARM_RG}/Microsoft.ContainerService/managedClusters/aks-demo`;
export const FIC = `${ARM_RG}/Microsoft.ManagedIdentity/userAssignedIdentities/id-mcp-demo/federatedIdentityCredentials/fic-mcp-agents-mcp-agents-sa`;
export const ISSUER = 'https://eastus2.oic.prod-aks.azure.com/72f988bf-86f1-41af-91ab-2d7cd011db47/1b2c3d4e/';
export const NS = '/api/v1/namespaces/mcp-agents';
export const DEPLOYMENT = '/apis/apps/v1/namespaces/mcp-agents/deployments/mcp-agents';

/** Plain-value outputs, as the provision action's outputs-json carries them. */
export const provisionOutputs = {
  tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
  aksName: 'aks-demo',
  acrName: 'acrdemo',
  acrLoginServer: 'acrdemo.azurecr.io',
  staticIpAddress: '203.0.113.10',
  loadBalancerSubnetName: 'snet-ilb',
  apimSubnetAddressPrefix: '10.42.17.0/24',
  workloadNamespace: 'mcp-agents',
  workloadServiceAccount: 'mcp-agents-sa',
  federatedCredentialName: 'fic-mcp-agents-mcp-agents-sa',
  mcpIdentityName: 'id-mcp-demo',
  mcpIdentityClientId: '5b1e0f8e-3c4d-4a8b-9e2f-1a2b3c4d5e6f',
  agentIdentityEnabled: 'false',
  authIssuer: 'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0',
  authAudiences: '["api://0c8f9a3e-2b1d-4e5f-8a7b-6c5d4e3f2a1b"]',
  mcpRequiredScope: 'mcp.tools',
  mcpResourceUrl: 'https://apim-mcp-demo.azure-api.net/mcp',
  foundryProjectEndpoint: 'https://ai-mcp-demo.services.ai.azure.com/api/projects/proj-mcp-demo',
  chatDeploymentName: 'gpt-4o-mini',
  embeddingDeploymentName: 'text-embedding-3-small',
  cosmosEndpoint: 'https://cosmos-mcp-demo.documents.azure.com:443/',
  searchEndpoint: 'https://srch-mcp-demo.search.windows.net',
  storageAccountUrl: 'https://stmcpdemo.blob.core.windows.net/',
};

function kubeconfig(recorder: Recorder): string {
  const ca = Buffer.from(recorder.certificate!).toString('base64');
  return `apiVersion: v1
kind: Config
clusters:
- name: aks-demo
  cluster:
    server: ${recorder.url}
    certificate-authority-data: ${ca}
contexts:
- name: aks-demo
  context:
    cluster: aks-demo
    user: clusterUser_rg-mcp_aks-demo
current-context: aks-demo
users:
- name: clusterUser_rg-mcp_aks-demo
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: kubelogin
      args: [get-token, --environment, AzurePublicCloud, --server-id, 6dae42f8-4368-4678-94ff-3960e28e3630, --login, devicecode]
`;
}

const resources = (groupVersion: string, list: [string, string, boolean][]) => ({
  body: {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion,
    resources: list.map(([name, kind, namespaced]) => ({ name, singularName: kind.toLowerCase(), namespaced, kind, verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'] })),
  },
});

const template = (image: string) => ({
  metadata: { labels: { 'app.kubernetes.io/name': 'mcp-agents' } },
  spec: { containers: [{ name: 'server', image }] },
});

export const deploymentObject = (status: Record<string, unknown>, generation = 2) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'mcp-agents', namespace: 'mcp-agents', uid: 'dep-uid-1', generation, annotations: { 'deployment.kubernetes.io/revision': '3' } },
  spec: { replicas: 2, selector: { matchLabels: { 'app.kubernetes.io/name': 'mcp-agents' } }, template: template('acrdemo.azurecr.io/mcp-server:new') },
  status,
});

export const PREVIOUS_IMAGE = 'acrdemo.azurecr.io/mcp-server:previous';

/** ARM (ACR, managed identity, AKS) and the Kubernetes API, answering as the services document. */
export const SEARCH_INDEX = "/indexes('task-instructions')";

/**
 * Azure AI Search and the embedding deployment, as documented: Create or Update Index answers 201 with the
 * definition (https://learn.microsoft.com/rest/api/searchservice/indexes/create-or-update), Count Documents a
 * plain number (https://learn.microsoft.com/rest/api/searchservice/documents/count), Index Documents one
 * result per key (https://learn.microsoft.com/rest/api/searchservice/documents/index), and embeddings the
 * OpenAI list shape (https://learn.microsoft.com/azure/ai-foundry/openai/reference, Embeddings).
 */
export function searchStandIn(recorder: Recorder, options: { documents?: number } = {}): void {
  recorder
    .on('PUT', SEARCH_INDEX, (req: RecordedRequest): Reply => ({ status: 201, body: { '@odata.etag': '"0x1"', ...(req.json as object) } }))
    .on('GET', `${SEARCH_INDEX}/docs/$count`, { headers: { 'content-type': 'text/plain' }, body: String(options.documents ?? 0) })
    .on('POST', `${SEARCH_INDEX}/docs/search.index`, (req: RecordedRequest): Reply => ({
      body: { value: (req.json as { value: { id: string }[] }).value.map((d) => ({ key: d.id, status: true, errorMessage: null, statusCode: 201 })) },
    }))
    .on('POST', '/openai/v1/embeddings', (req: RecordedRequest): Reply => {
      const input = (req.json as { input: string[] }).input;
      return { body: { object: 'list', data: input.map((_, index) => ({ object: 'embedding', index, embedding: [0.1, 0.2, 0.3, 0.4] })), model: 'text-embedding-3-small', usage: { prompt_tokens: 1, total_tokens: 1 } } };
    });
}

export function standIn(recorder: Recorder, options: { rollout: 'succeeds' | 'deadline-exceeded'; ficExists?: boolean; secretExists?: boolean; deniedFirst?: number; searchDocuments?: number }): void {
  searchStandIn(recorder, { documents: options.searchDocuments ?? 0 });
  // Right after provision made the deployer's role assignments, ARM answers 403 AuthorizationFailed and
  // the AKS API server (Azure RBAC for Kubernetes) 403 Forbidden until they apply ("up to 10 minutes",
  // https://learn.microsoft.com/azure/role-based-access-control/troubleshooting; the Kubernetes Status
  // object of https://kubernetes.io/docs/reference/using-api/api-concepts/#response-status-kind).
  const armDenied = Array.from({ length: options.deniedFirst ?? 0 }, () => ({
    status: 403,
    body: { error: { code: 'AuthorizationFailed', message: `The client 'deployer' with object id 'aaaa' does not have authorization to perform action 'Microsoft.ContainerRegistry/registries/listBuildSourceUploadUrl/action' over scope '${ACR}' or the scope is invalid. If access was recently granted, please refresh your credentials.` } },
  }));
  const kubeDenied = Array.from({ length: options.deniedFirst ?? 0 }, () => ({
    status: 403,
    body: { kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'Forbidden', code: 403, message: 'namespaces "mcp-agents" is forbidden: User "deployer" cannot patch resource "namespaces" in API group "" at the cluster scope: User does not have access to the resource in Azure. Update role assignment to allow access.' },
  }));
  if (kubeDenied.length) recorder.on('PATCH', NS, ...kubeDenied, (req: RecordedRequest): Reply => ({ status: 200, body: req.json }));
  recorder
    .on('POST', `${ACR}/listBuildSourceUploadUrl`, ...armDenied, (_req: RecordedRequest, r: Recorder) => ({ body: { uploadUrl: `${r.url}/upload/source/202611/abc.tar.gz?sv=2024-05-04&sig=x`, relativePath: 'source/202611/abc.tar.gz' } }))
    .on('PUT', '/upload/source/202611/abc.tar.gz', { status: 201 })
    .on('POST', `${ACR}/scheduleRun`, { body: { id: `${ACR}/runs/ca1`, name: 'ca1', properties: { runId: 'ca1', status: 'Queued', provisioningState: 'Succeeded' } } })
    .on('GET', `${ACR}/runs/ca1`, { body: { name: 'ca1', properties: { runId: 'ca1', status: 'Running' } } }, { body: { name: 'ca1', properties: { runId: 'ca1', status: 'Succeeded', outputImages: [{ registry: 'acrdemo.azurecr.io', repository: 'mcp-server', tag: 'abc123' }] } } })
    .on('GET', AKS, {
      body: {
        id: AKS,
        name: 'aks-demo',
        location: 'eastus2',
        properties: { provisioningState: 'Succeeded', oidcIssuerProfile: { enabled: true, issuerURL: ISSUER }, aadProfile: { managed: true, enableAzureRBAC: true }, securityProfile: { workloadIdentity: { enabled: true } } },
      },
    })
    .on('POST', `${AKS}/listClusterUserCredential`, (_req, r) => ({ body: { kubeconfigs: [{ name: 'clusterUser', value: Buffer.from(kubeconfig(r)).toString('base64') }] } }))
    .on('GET', FIC, options.ficExists
      ? { body: { id: FIC, name: 'fic-mcp-agents-mcp-agents-sa', properties: { issuer: ISSUER, subject: 'system:serviceaccount:mcp-agents:mcp-agents-sa', audiences: ['api://AzureADTokenExchange'] } } }
      : { status: 404, body: { error: { code: 'NotFound', message: 'Federated identity credential not found' } } })
    .on('PUT', FIC, (req: RecordedRequest) => ({ body: { id: FIC, name: 'fic-mcp-agents-mcp-agents-sa', ...(req.json as object) } }))
    // Kubernetes discovery, as `kubectl api-resources` reads it
    .on('GET', '/api/v1', resources('v1', [['namespaces', 'Namespace', false], ['serviceaccounts', 'ServiceAccount', true], ['services', 'Service', true], ['pods', 'Pod', true], ['events', 'Event', true]]))
    .on('GET', '/apis/apps/v1', resources('apps/v1', [['deployments', 'Deployment', true], ['replicasets', 'ReplicaSet', true]]))
    .on('GET', '/apis/autoscaling/v2', resources('autoscaling/v2', [['horizontalpodautoscalers', 'HorizontalPodAutoscaler', true]]))
    .on('GET', '/apis/policy/v1', resources('policy/v1', [['poddisruptionbudgets', 'PodDisruptionBudget', true]]))
    .on('GET', '/apis/networking.k8s.io/v1', resources('networking.k8s.io/v1', [['networkpolicies', 'NetworkPolicy', true]]))
    .on('PATCH', /^\/api(s\/[^/]+)?\/v\d+\/namespaces\/mcp-agents(\/.*)?$/, (req: RecordedRequest): Reply => {
      if (req.path === DEPLOYMENT && String(req.headers['content-type']).startsWith('application/json-patch+json')) return { body: deploymentObject({}, 3) };
      return { status: 200, body: req.json };
    })
    // The confirmation-signing key: created once, never overwritten.
    // https://kubernetes.io/docs/reference/kubernetes-api/config-and-storage-resources/secret-v1/
    .on('GET', `${NS}/secrets/mcp-agents-request-state`, options.secretExists
      ? { body: { kind: 'Secret', apiVersion: 'v1', metadata: { name: 'mcp-agents-request-state', namespace: 'mcp-agents' }, type: 'Opaque', data: { key: 'ZXhpc3Rpbmc=' } } }
      : { status: 404, body: { kind: 'Status', apiVersion: 'v1', status: 'Failure', message: 'secrets "mcp-agents-request-state" not found', reason: 'NotFound', details: { name: 'mcp-agents-request-state', kind: 'secrets' }, code: 404 } })
    .on('POST', `${NS}/secrets`, (req: RecordedRequest): Reply => ({ status: 201, body: req.json }))
    .on('GET', `${NS}/services/mcp-agents-loadbalancer`, { body: { kind: 'Service', metadata: { name: 'mcp-agents-loadbalancer' }, status: { loadBalancer: { ingress: [{ ip: '203.0.113.10' }] } } } });

  if (options.rollout === 'succeeds') {
    recorder.on(
      'GET',
      DEPLOYMENT,
      { body: deploymentObject({ observedGeneration: 1, replicas: 2, updatedReplicas: 0, availableReplicas: 2 }) },
      { body: deploymentObject({ observedGeneration: 2, replicas: 3, updatedReplicas: 1, availableReplicas: 2 }) },
      {
        body: deploymentObject({
          observedGeneration: 2,
          replicas: 2,
          updatedReplicas: 2,
          availableReplicas: 2,
          conditions: [{ type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable' }],
        }),
      },
    );
  } else {
    recorder
      .on('GET', DEPLOYMENT, {
        body: deploymentObject({
          observedGeneration: 2,
          replicas: 3,
          updatedReplicas: 1,
          availableReplicas: 2,
          conditions: [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded', message: 'ReplicaSet "mcp-agents-7d9f" has timed out progressing.' }],
        }),
      })
      .on('GET', '/apis/apps/v1/namespaces/mcp-agents/replicasets', {
        body: {
          kind: 'ReplicaSetList',
          items: [
            replicaSet('mcp-agents-7d9f', 3, 'acrdemo.azurecr.io/mcp-server:new'),
            replicaSet('mcp-agents-5c4b', 2, PREVIOUS_IMAGE),
            replicaSet('mcp-agents-1a2b', 1, 'acrdemo.azurecr.io/mcp-server:oldest'),
          ],
        },
      })
      .on('GET', `${NS}/pods`, { body: { kind: 'PodList', items: [{ metadata: { name: 'mcp-agents-7d9f-x2k4p' } }] } })
      .on('GET', `${NS}/events`, {
        body: {
          kind: 'EventList',
          items: [
            event('Pod', 'mcp-agents-7d9f-x2k4p', 'Warning', 'Failed', 'Failed to pull image "acrdemo.azurecr.io/mcp-server:new": not found', '2026-11-24T10:01:00Z'),
            event('Pod', 'mcp-agents-7d9f-x2k4p', 'Warning', 'BackOff', 'Back-off pulling image "acrdemo.azurecr.io/mcp-server:new"', '2026-11-24T10:02:00Z'),
            event('ReplicaSet', 'mcp-agents-7d9f', 'Normal', 'SuccessfulCreate', 'Created pod: mcp-agents-7d9f-x2k4p', '2026-11-24T10:00:30Z'),
            event('Pod', 'someone-else-abc', 'Warning', 'Failed', 'unrelated', '2026-11-24T10:03:00Z'),
          ],
        },
      });
  }
}

function replicaSet(name: string, revision: number, image: string) {
  return {
    metadata: { name, annotations: { 'deployment.kubernetes.io/revision': String(revision) }, ownerReferences: [{ kind: 'Deployment', name: 'mcp-agents', uid: 'dep-uid-1' }] },
    spec: { template: { metadata: { labels: { 'app.kubernetes.io/name': 'mcp-agents', 'pod-template-hash': name.split('-').pop() } }, spec: { containers: [{ name: 'server', image }] } } },
  };
}

function event(kind: string, name: string, type: string, reason: string, message: string, at: string) {
  return { metadata: { name: `${name}.${reason}` }, involvedObject: { kind, name, namespace: 'mcp-agents' }, type, reason, message, lastTimestamp: at, count: 1 };
}
