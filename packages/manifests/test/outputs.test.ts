import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTPUT_FOR_VALUE, renderManifests, valuesFromDeploymentOutputs, type KubernetesObject } from '../src/index';
import { fixtureValues } from './fixtures';

/* eslint-disable @typescript-eslint/no-explicit-any -- ARM templates are read as plain JSON */

const template = JSON.parse(readFileSync(new URL('../../../infra/bicep/main.json', import.meta.url), 'utf8')) as {
  outputs: Record<string, { type: string }>;
};

/** ARM-shaped outputs ({ name: { type, value } }) carrying the fixture's values. */
function armOutputs(): Record<string, { type: string; value: unknown }> {
  const f = fixtureValues as Record<string, unknown>;
  const out: Record<string, { type: string; value: unknown }> = {};
  for (const [field, output] of Object.entries(OUTPUT_FOR_VALUE)) {
    const value = field === 'authRequiredScopes' ? (f.authRequiredScopes as string[])[0] : f[field];
    if (value !== undefined) out[output] = { type: template.outputs[output]?.type ?? 'String', value };
  }
  return out;
}

describe('valuesFromDeploymentOutputs', () => {
  it('reads only outputs that main.bicep declares, with matching types', () => {
    const types: Record<string, string> = { authAudiences: 'array', corsAllowedOrigins: 'array', fabricEnabled: 'bool' };
    for (const output of Object.values(OUTPUT_FOR_VALUE)) {
      expect(template.outputs, `main.json declares output ${output}`).toHaveProperty(output);
      expect(template.outputs[output]?.type.toLowerCase(), output).toBe(types[output] ?? 'string');
    }
  });

  it('turns ARM outputs plus the image into values that render', () => {
    const values = valuesFromDeploymentOutputs(armOutputs(), { image: fixtureValues.image });
    const objects = renderManifests(values).flatMap((m) => m.objects);
    const svc = objects.find((o: KubernetesObject) => o.kind === 'Service') as any;
    expect(svc.spec.loadBalancerSourceRanges).toEqual([fixtureValues.apimSubnetAddressPrefix]);
    expect(svc.metadata.annotations['service.beta.kubernetes.io/azure-load-balancer-ipv4']).toBe(fixtureValues.staticIp);
  });

  it('accepts step outputs as strings: arrays as JSON, booleans as text', () => {
    const flat = Object.fromEntries(
      Object.entries(armOutputs()).map(([k, v]) => [k, Array.isArray(v.value) ? JSON.stringify(v.value) : String(v.value)]),
    );
    flat.fabricEnabled = 'true';
    const values = valuesFromDeploymentOutputs(flat, { image: fixtureValues.image });
    expect(values.authAudiences).toEqual(fixtureValues.authAudiences);
    expect(values.fabricEnabled).toBe(true);
    const d = renderManifests(values)
      .flatMap((m) => m.objects)
      .find((o) => o.kind === 'Deployment') as any;
    expect(d.spec.template.spec.containers[0].env).toContainEqual({ name: 'FABRIC_ENABLED', value: 'true' });
  });

  it('leaves a missing output for renderManifests to name', () => {
    const outputs = armOutputs();
    delete outputs.loadBalancerSubnetName;
    delete outputs.mcpIdentityClientId;
    const values = valuesFromDeploymentOutputs(outputs, { image: fixtureValues.image });
    expect(() => renderManifests(values)).toThrow(/loadBalancerSubnetName[\s\S]*mcpClientId|mcpClientId[\s\S]*loadBalancerSubnetName/);
  });
});
