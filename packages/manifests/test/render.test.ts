import { describe, expect, it } from 'vitest';
import { lightningBaseModel, loadServerEnv, serverEnvSchema } from '@mcp-aks/core';
import {
  ManifestError,
  ManifestValuesError,
  PLACEHOLDERS,
  WORKLOAD_DEPLOYMENT,
  WORKLOAD_NAMESPACE,
  WORKLOAD_SERVICE,
  WORKLOAD_SERVICE_ACCOUNT,
  renderManifests,
  type KubernetesObject,
} from '../src/index';
import { loadTemplates, renderTemplates } from '../src/render';
import { placeholdersIn } from '../src/template';
import { fixtureValues } from './fixtures';

/* eslint-disable @typescript-eslint/no-explicit-any -- rendered objects are inspected as plain JSON */

const rendered = renderManifests(fixtureValues);
const objects = rendered.flatMap((m) => m.objects);
const find = (kind: string): any => {
  const found = objects.filter((o) => o.kind === kind);
  expect(found, `exactly one ${kind}`).toHaveLength(1);
  return found[0] as KubernetesObject;
};
const deployment = find('Deployment');
const pod = deployment.spec.template.spec;
const container = pod.containers[0];
const env: Record<string, string> = Object.fromEntries(container.env.map((e: { name: string; value: string }) => [e.name, e.value]));

describe('renderManifests', () => {
  it('renders every template in apply order, namespace first', () => {
    expect(rendered.map((m) => m.file)).toEqual([
      '00-namespace.yaml',
      '10-serviceaccount.yaml',
      '20-deployment.yaml',
      '30-service.yaml',
      '40-hpa.yaml',
      '50-pdb.yaml',
      '60-networkpolicy.yaml',
    ]);
    expect(objects.map((o) => o.kind)).toEqual([
      'Namespace',
      'ServiceAccount',
      'Deployment',
      'Service',
      'HorizontalPodAutoscaler',
      'PodDisruptionBudget',
      'NetworkPolicy',
    ]);
  });

  it('leaves no placeholder in any rendered file', () => {
    for (const m of rendered) {
      expect(m.yaml, m.file).not.toMatch(/\$\{/);
      expect(placeholdersIn(m.yaml), m.file).toEqual([]);
    }
  });

  it('puts every namespaced object in the workload namespace', () => {
    expect(find('Namespace').metadata.name).toBe(WORKLOAD_NAMESPACE);
    for (const o of objects.filter((o) => o.kind !== 'Namespace')) expect(o.metadata.namespace, o.kind).toBe(WORKLOAD_NAMESPACE);
  });

  it('enforces the restricted Pod Security Standard on the namespace', () => {
    const labels = find('Namespace').metadata.labels;
    expect(labels['pod-security.kubernetes.io/enforce']).toBe('restricted');
  });

  it('annotates the service account with the MCP identity and uses it in the pods', () => {
    const sa = find('ServiceAccount');
    expect(sa.metadata.name).toBe(WORKLOAD_SERVICE_ACCOUNT);
    expect(sa.metadata.annotations['azure.workload.identity/client-id']).toBe(fixtureValues.mcpClientId);
    expect(pod.serviceAccountName).toBe(WORKLOAD_SERVICE_ACCOUNT);
    expect(deployment.spec.template.metadata.labels['azure.workload.identity/use']).toBe('true');
  });

  it('leaves the replica count to the autoscaler and spreads the pods across zones', () => {
    expect(deployment.metadata.name).toBe(WORKLOAD_DEPLOYMENT);
    // An applied replicas field would reset the HPA's count on every deploy (Kubernetes docs, "Horizontal Pod
    // Autoscaling: Migrating Deployments and StatefulSets to horizontal autoscaling").
    expect(deployment.spec).not.toHaveProperty('replicas');
    expect(find('HorizontalPodAutoscaler').spec.minReplicas).toBe(3);
    const zone = pod.topologySpreadConstraints.find((c: any) => c.topologyKey === 'topology.kubernetes.io/zone');
    expect(zone).toMatchObject({ maxSkew: 1, labelSelector: { matchLabels: deployment.spec.selector.matchLabels } });
  });

  it('probes /healthz and /readyz on the server port and drains within the grace period', () => {
    expect(container.ports).toEqual([{ name: 'http', containerPort: 8080, protocol: 'TCP' }]);
    expect(container.startupProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
    expect(container.livenessProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
    expect(container.readinessProbe.httpGet).toEqual({ path: '/readyz', port: 'http' });
    const preStop = container.lifecycle.preStop.sleep.seconds as number;
    expect(pod.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(preStop + Number(env.SHUTDOWN_TIMEOUT_MS) / 1000);
  });

  it('meets the restricted profile field by field', () => {
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 65532, runAsGroup: 65532, seccompProfile: { type: 'RuntimeDefault' } });
    expect(container.securityContext).toEqual({
      runAsNonRoot: true,
      allowPrivilegeEscalation: false,
      privileged: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(pod.hostNetwork).toBeUndefined();
    expect(container.resources.requests).toMatchObject({ cpu: expect.any(String), memory: expect.any(String) });
    expect(container.resources.limits).toMatchObject({ cpu: expect.any(String), memory: expect.any(String) });
  });

  it('mounts an emptyDir at /tmp and keeps all writable state under it', () => {
    expect(container.volumeMounts).toEqual([{ name: 'tmp', mountPath: '/tmp' }]);
    expect(pod.volumes).toEqual([{ name: 'tmp', emptyDir: { sizeLimit: '256Mi' } }]);
    expect(env.DATA_DIR).toBe('/tmp/data');
    expect(env.LIGHTNING_SPOOL_DIR).toBe('/tmp/spool');
  });

  it('admits the browser origins the gateway\'s cors policy allows, and no others', () => {
    expect(env.ALLOWED_ORIGINS).toBe('http://localhost:6274');
    expect(loadServerEnv(env).ALLOWED_ORIGINS).toEqual(['http://localhost:6274']);
    expect(() => renderManifests({ ...fixtureValues, corsAllowedOrigins: ['https://app.example/path'] })).toThrow(/corsAllowedOrigins/);
  });

  it('turns the server\'s OAuth façade on with the public client app, and leaves it off without one', () => {
    expect(env.OAUTH_PUBLIC_CLIENT_ID).toBe('');
    expect(loadServerEnv(env).OAUTH_PUBLIC_CLIENT_ID).toBeUndefined();
    const withClient = renderManifests({ ...fixtureValues, oauthPublicClientId: '3d8a1f4e-5b6c-4d7e-8f90-a1b2c3d4e5f6' })
      .flatMap((f) => f.objects)
      .find((o) => o.kind === 'Deployment') as any;
    const vars = Object.fromEntries(withClient.spec.template.spec.containers[0].env.map((e: { name: string; value: string }) => [e.name, e.value]));
    expect(loadServerEnv(vars).OAUTH_PUBLIC_CLIENT_ID).toBe('3d8a1f4e-5b6c-4d7e-8f90-a1b2c3d4e5f6');
    expect(() => renderManifests({ ...fixtureValues, oauthPublicClientId: 'not-a-guid' })).toThrow(/oauthPublicClientId/);
  });

  it('passes the server an environment its own config schema accepts, with auth on', () => {
    const known = Object.keys(serverEnvSchema.shape);
    for (const name of Object.keys(env)) expect(known, `${name} is a server variable`).toContain(name);
    expect(env).not.toHaveProperty('ALLOW_UNAUTHENTICATED');
    const config = loadServerEnv(env);
    expect(config).toMatchObject({
      HOST: '0.0.0.0',
      PORT: 8080,
      AZURE_CLIENT_ID: fixtureValues.mcpClientId,
      AZURE_TENANT_ID: fixtureValues.tenantId,
      AUTH_ISSUER: fixtureValues.authIssuer,
      AUTH_AUDIENCE: fixtureValues.authAudiences,
      AUTH_REQUIRED_SCOPES: ['mcp.tools'],
      MCP_RESOURCE_URL: fixtureValues.mcpResourceUrl,
      COSMOSDB_DATABASE_NAME: 'mcpdb',
      COSMOS_DATABASE_NAME: 'agent_rl',
      AZURE_SEARCH_INDEX_NAME: 'task-instructions',
      SNIPPETS_CONTAINER_NAME: 'snippets',
      ONTOLOGY_CONTAINER_NAME: 'ontologies',
      FABRIC_ENABLED: false,
      ENABLE_LIGHTNING_CAPTURE: false,
      USE_TUNED_MODEL: false,
      SHUTDOWN_TIMEOUT_MS: 20_000,
    });
    expect(config.ALLOWED_HOSTS).toContain(fixtureValues.staticIp);
  });

  it('tells the pods which model is served, so Lightning fine-tunes that model', () => {
    const served = renderManifests({ ...fixtureValues, chatModelName: 'gpt-5', chatModelVersion: '2025-08-07' });
    const dep = served.flatMap((m) => m.objects).find((o) => o.kind === 'Deployment') as any;
    const servedEnv = loadServerEnv(Object.fromEntries(dep.spec.template.spec.containers[0].env.map((e: { name: string; value: string }) => [e.name, e.value])));
    expect(lightningBaseModel(servedEnv)).toEqual({ model: 'gpt-5-2025-08-07', source: 'serving model' });
  });

  // "Use an internal load balancer with Azure Kubernetes Service" (https://learn.microsoft.com/azure/aks/internal-lb):
  // azure-load-balancer-internal makes the frontend private, -internal-subnet picks its subnet, -ipv4 its address.
  it('exposes the pods on a private address only, to API Management\'s subnet only', () => {
    const svc = find('Service');
    expect(svc.metadata.name).toBe(WORKLOAD_SERVICE);
    expect(svc.spec.type).toBe('LoadBalancer');
    expect(svc.metadata.annotations).toEqual({
      'service.beta.kubernetes.io/azure-load-balancer-internal': 'true',
      'service.beta.kubernetes.io/azure-load-balancer-internal-subnet': 'snet-ilb',
      'service.beta.kubernetes.io/azure-load-balancer-ipv4': '10.42.16.10',
    });
    expect(Object.keys(svc.metadata.annotations).some((a) => a.includes('pip'))).toBe(false);
    expect(svc.spec.loadBalancerSourceRanges).toEqual(['10.42.17.0/24']);
    expect(svc.spec.ports).toEqual([{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }]);
    expect(svc.spec.selector).toEqual(deployment.spec.selector.matchLabels);
  });

  it('autoscales from the replica count and keeps one pod through disruptions', () => {
    const hpa = find('HorizontalPodAutoscaler');
    expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: WORKLOAD_DEPLOYMENT });
    expect([hpa.spec.minReplicas, hpa.spec.maxReplicas]).toEqual([3, 8]);
    const pdb = find('PodDisruptionBudget');
    expect(pdb.spec.minAvailable).toBe(1);
    expect(pdb.spec.selector.matchLabels).toEqual(deployment.spec.selector.matchLabels);
  });

  it('allows ingress only on the server port and egress only to DNS and public HTTPS', () => {
    const np = find('NetworkPolicy');
    expect(np.spec.podSelector.matchLabels).toEqual(deployment.spec.selector.matchLabels);
    expect(np.spec.policyTypes).toEqual(['Ingress', 'Egress']);
    expect(np.spec.ingress).toEqual([{ ports: [{ port: 8080, protocol: 'TCP' }] }]);
    const ports = np.spec.egress.flatMap((rule: any) => rule.ports.map((p: any) => `${p.protocol}/${p.port}`));
    expect(ports.sort()).toEqual(['TCP/443', 'TCP/53', 'UDP/53']);
    const https = np.spec.egress.find((rule: any) => rule.ports.some((p: any) => p.port === 443));
    expect(https.to[0].ipBlock.except).toEqual(expect.arrayContaining(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16']));
  });

  it('keeps a hostile value a single string (values are JSON-encoded, never spliced)', () => {
    const hostile = 'agent"\nkind: Secret\n---\nx: ${IMAGE}';
    const m = renderManifests({ ...fixtureValues, lightningAgentId: hostile });
    const d = m.flatMap((f) => f.objects).find((o) => o.kind === 'Deployment') as any;
    const value = d.spec.template.spec.containers[0].env.find((e: any) => e.name === 'LIGHTNING_AGENT_ID').value;
    expect(value).toBe(hostile);
    expect(m.flatMap((f) => f.objects)).toHaveLength(objects.length);
  });
});

describe('placeholders', () => {
  it('every placeholder in k8s/ is declared, and every declared one is used', () => {
    const used = new Set(loadTemplates().flatMap((t) => placeholdersIn(t.text)));
    expect([...used].sort()).toEqual([...PLACEHOLDERS].sort());
  });

  it('says where it looked when the templates are missing', () => {
    expect(() => loadTemplates('/nonexistent/k8s')).toThrow(/Kubernetes templates not found at \/nonexistent\/k8s/);
  });

  it('names every missing placeholder at once', () => {
    const templates = loadTemplates();
    try {
      renderTemplates(templates, { NAMESPACE: 'mcp-agents' });
      expect.unreachable('rendering without values must fail');
    } catch (error) {
      expect(error).toBeInstanceOf(ManifestError);
      const missing = (error as ManifestError).problems;
      expect(missing).toEqual(expect.arrayContaining(['IMAGE', 'MCP_CLIENT_ID', 'APIM_SOURCE_RANGES', 'LOAD_BALANCER_SUBNET']));
      expect(missing).not.toContain('NAMESPACE');
      expect((error as Error).message).toContain('IMAGE');
    }
  });

  it('rejects a placeholder that is not a whole YAML value', () => {
    const template = { file: 'x.yaml', text: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: "ns-${NAMESPACE}"\n' };
    expect(() => renderTemplates([template], { NAMESPACE: 'a' })).toThrow(/whole YAML value[\s\S]*line 4/);
  });

  it('rejects a template whose object breaks the Kubernetes schema', () => {
    const template = { file: 'bad.yaml', text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  ports:\n    - port: ${PORT}\n' };
    expect(() => renderTemplates([template], { PORT: 'eighty' })).toThrow(/bad\.yaml Service\/s: \/spec\/ports\/0\/port must be integer/);
  });
});

describe('values', () => {
  it('names every missing or bad field', () => {
    try {
      renderManifests({ ...fixtureValues, image: 'not an image', tenantId: undefined, apimSubnetAddressPrefix: '10.42.17.7', replicas: 1 });
      expect.unreachable('bad values must fail');
    } catch (error) {
      expect(error).toBeInstanceOf(ManifestValuesError);
      expect((error as ManifestValuesError).fields.sort()).toEqual(['apimSubnetAddressPrefix', 'image', 'replicas', 'tenantId']);
    }
  });

  it('applies the seed\'s defaults', () => {
    const { replicas, maxReplicas, ...rest } = fixtureValues;
    expect([replicas, maxReplicas]).toEqual([3, 8]);
    const d = renderManifests(rest)
      .flatMap((f) => f.objects)
      .find((o) => o.kind === 'HorizontalPodAutoscaler') as any;
    expect([d.spec.minReplicas, d.spec.maxReplicas]).toEqual([2, 6]);
  });

  it('refuses a maximum below the replica count', () => {
    expect(() => renderManifests({ ...fixtureValues, replicas: 4, maxReplicas: 3 })).toThrow(/maxReplicas: must be at least replicas/);
  });
});
