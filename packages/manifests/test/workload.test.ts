import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REQUEST_STATE_SECRET, WORKLOAD_NAMESPACE, WORKLOAD_SERVICE_ACCOUNT, WORKLOAD_TOKEN_AUDIENCE, workloadSubject } from '../src/index';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

describe('workload identity names', () => {
  it('are the seed\'s namespace and one service account name', () => {
    expect(WORKLOAD_NAMESPACE).toBe('mcp-agents');
    expect(WORKLOAD_SERVICE_ACCOUNT).toMatch(/^[a-z0-9-]+$/);
    expect(workloadSubject()).toBe(`system:serviceaccount:mcp-agents:${WORKLOAD_SERVICE_ACCOUNT}`);
  });

  it('name the request-state Secret the pods read and the deploy action creates', () => {
    expect(read('k8s/20-deployment.yaml')).toMatch(new RegExp(`- name: MCP_REQUEST_STATE_KEY\\n\\s+valueFrom:\\n\\s+secretKeyRef:\\n\\s+name: ${REQUEST_STATE_SECRET}\\n\\s+key: key`));
  });

  it('come from the same file main.bicep loads for the federated credentials', () => {
    const shared = JSON.parse(read('k8s/workload-identity.json')) as Record<string, string>;
    expect(shared).toEqual({ namespace: WORKLOAD_NAMESPACE, serviceAccount: WORKLOAD_SERVICE_ACCOUNT, audience: WORKLOAD_TOKEN_AUDIENCE });
    expect(read('infra/bicep/main.bicep')).toContain("loadJsonContent('../../k8s/workload-identity.json')");
  });

  it('are baked into the compiled template for both the MCP and the agent credential', () => {
    const template = JSON.parse(read('infra/bicep/main.json')) as {
      variables: Record<string, unknown>;
      resources: Record<string, { name: string; properties: { template?: { resources: Record<string, unknown> } } }>;
    };
    // loadJsonContent inlines the file as a variable that `workload` points at.
    const loaded = /^\[variables\('(.+)'\)\]$/.exec(String(template.variables.workload))?.[1] ?? '';
    expect(template.variables[loaded]).toEqual({ namespace: WORKLOAD_NAMESPACE, serviceAccount: WORKLOAD_SERVICE_ACCOUNT, audience: WORKLOAD_TOKEN_AUDIENCE });
    const module = Object.values(template.resources).find((r) => r.name === 'federated-credentials') as unknown as {
      properties: {
        parameters: Record<string, { value: unknown }>;
        template: { variables: Record<string, string>; resources: Record<string, { type: string; condition?: string; properties: { subject: string } }> };
      };
    };
    expect(module.properties.parameters.namespace?.value).toBe("[variables('workload').namespace]");
    expect(module.properties.parameters.serviceAccount?.value).toBe("[variables('workload').serviceAccount]");
    expect(module.properties.template.variables.subject).toBe("[format('system:serviceaccount:{0}:{1}', parameters('namespace'), parameters('serviceAccount'))]");
    const credentials = Object.values(module.properties.template.resources).filter((r) => r.type.endsWith('/federatedIdentityCredentials'));
    expect(credentials.map((c) => c.condition ?? 'always')).toEqual(['always', "[parameters('agentIdentityEnabled')]"]);
    for (const c of credentials) expect(c.properties.subject).toBe("[variables('subject')]");
  });
});
