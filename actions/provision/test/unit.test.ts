import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildParameters, toStepOutputs, type ArmTemplate } from '../src/template';
import { whatIfReport } from '../src/what-if';
import { adviceFor } from '../src/failures';
import { planFederatedCredential, readCoreOutputs, desiredBlueprintCredential } from '../src/agent-identity/plan';

const template: ArmTemplate = { parameters: { namePrefix: { type: 'string' }, mcpApiClientId: { type: 'string' } }, resources: [] };

describe('buildParameters', () => {
  it('wraps plain values in {value}', () => {
    expect(buildParameters('{"namePrefix":"demo"}', template, '/')).toEqual({ namePrefix: { value: 'demo' } });
  });
  it('reads a parameters file by path, keeping its values', () => {
    const dir = mkdtempSync(join(tmpdir(), 'params-'));
    writeFileSync(join(dir, 'p.json'), JSON.stringify({ $schema: 'x', contentVersion: '1.0.0.0', parameters: { mcpApiClientId: { value: 'abc' } } }));
    expect(buildParameters('p.json', template, dir)).toEqual({ mcpApiClientId: { value: 'abc' } });
  });
  it('refuses names the template does not declare', () => {
    expect(() => buildParameters('{"nameprefx":"demo"}', template, '/')).toThrow(/not declared by the template: nameprefx/);
  });
  it('refuses bad JSON with a clear message', () => {
    expect(() => buildParameters('{nope', template, '/')).toThrow(/not valid JSON/);
  });
});

describe('toStepOutputs', () => {
  it('turns every output into a string and flags secure ones', () => {
    expect(
      toStepOutputs({
        aksName: { type: 'String', value: 'aks-mcp' },
        zones: { type: 'Array', value: ['1', '2'] },
        enabled: { type: 'Bool', value: false },
        key: { type: 'SecureString', value: 's3cret' },
        redacted: { type: 'SecureString' },
      }),
    ).toEqual([
      { name: 'aksName', value: 'aks-mcp', secret: false },
      { name: 'zones', value: '["1","2"]', secret: false },
      { name: 'enabled', value: 'false', secret: false },
      { name: 'key', value: 's3cret', secret: true },
    ]);
  });
});

describe('whatIfReport', () => {
  const rg = '/subscriptions/s/resourceGroups/rg/providers';
  it('orders deletions first, lists property changes and counts by type', () => {
    const report = whatIfReport([
      { changeType: 'NoChange', resourceId: `${rg}/Microsoft.Storage/storageAccounts/st1` },
      {
        changeType: 'Modify',
        resourceId: `${rg}/Microsoft.ContainerService/managedClusters/aks1`,
        delta: [{ path: 'properties', propertyChangeType: 'Modify', children: [{ path: 'kubernetesVersion', propertyChangeType: 'Modify' }] }],
      },
      { changeType: 'Create', resourceId: `${rg}/Microsoft.ManagedIdentity/userAssignedIdentities/id-agent/federatedIdentityCredentials/fic` },
      { changeType: 'Delete', resourceId: `${rg}/Microsoft.Network/publicIPAddresses/old` },
    ]);
    expect(report.counts).toEqual({ NoChange: 1, Modify: 1, Create: 1, Delete: 1 });
    expect(report.needsAttention).toBe(true);
    const rows = report.table.trim().split('\n').slice(2);
    expect(rows[0]).toBe('| - Delete | Microsoft.Network/publicIPAddresses | old |  |');
    expect(rows[1]).toBe('| + Create | Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials | id-agent/fic |  |');
    expect(rows[2]).toBe('| ~ Modify | Microsoft.ContainerService/managedClusters | aks1 | ~ properties.kubernetesVersion |');
    expect(rows[3]).toContain('= NoChange');
  });
  it('does not ask for attention for creates and modifications', () => {
    expect(whatIfReport([{ changeType: 'Create', resourceId: `${rg}/A.B/c/d` }]).needsAttention).toBe(false);
  });
});

describe('adviceFor', () => {
  it('gives the purge command for a soft-deleted API Management service', () => {
    const advice = adviceFor(
      {
        status: 400,
        code: 'DeploymentFailed',
        message: 'At least one resource deployment operation failed.',
        details: [{ code: 'ServiceAlreadyExistsInSoftDeletedState', message: 'Api service apim-mcp-x1 was soft-deleted. In order to create the new service with the same name, you have to either undelete the service or purge it.' }],
      },
      { location: 'eastus2' },
    );
    expect(advice).toContain('az apim deletedservice purge --service-name apim-mcp-x1 --location eastus2');
  });
  it('says nothing for unknown failures', () => {
    expect(adviceFor({ status: 400, code: 'InvalidTemplate', message: 'bad', details: [] }, {})).toBeUndefined();
  });
});

describe('agent identity plan', () => {
  const desired = desiredBlueprintCredential('https://login.microsoftonline.com', 'tenant', 'principal');
  it('creates a missing credential, leaves an equal one and updates a changed one', () => {
    expect(planFederatedCredential([], desired)).toEqual({ kind: 'create' });
    expect(planFederatedCredential([{ ...desired, id: '1' }], desired)).toEqual({ kind: 'none', id: '1' });
    expect(planFederatedCredential([{ ...desired, id: '1', subject: 'other' }], desired)).toEqual({ kind: 'update', id: '1' });
  });
  it('reads the phase-one outputs it needs and names the missing ones', () => {
    expect(readCoreOutputs({ tenantId: 't', agentIdentityName: 'id-agent-x' }).missing).toEqual(['agentIdentityPrincipalId']);
    expect(readCoreOutputs({ TENANT_ID: 't', AGENT_IDENTITY_NAME: 'n', agentIdentityPrincipalId: 'p' }).values).toEqual({
      tenantId: 't',
      agentIdentityName: 'n',
      agentIdentityPrincipalId: 'p',
    });
  });
});
