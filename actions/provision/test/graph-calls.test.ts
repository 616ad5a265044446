import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { REPO_ROOT } from '@mcp-aks/actions-kit/recorder';
import { join } from 'node:path';
import { GRAPH_APPLICATION_PERMISSIONS, GRAPH_CALLS, graphPath } from '../src/agent-identity/graph-calls';

describe('phase two Graph calls', () => {
  it('fills the documented paths with OData literals and encoded filters', () => {
    expect(graphPath(GRAPH_CALLS.upsertBlueprint, { uniqueName: "o'brien-blueprint" })).toBe("/v1.0/applications(uniqueName='o''brien-blueprint')/microsoft.graph.agentIdentityBlueprint");
    expect(graphPath(GRAPH_CALLS.findBlueprint, { uniqueName: 'a-blueprint' })).toBe(`/v1.0/applications/microsoft.graph.agentIdentityBlueprint?$filter=${encodeURIComponent("uniqueName eq 'a-blueprint'")}`);
    expect(graphPath(GRAPH_CALLS.updateBlueprintCredential, { id: 'app 1', credentialId: 'c1' })).toBe('/v1.0/applications/app%201/microsoft.graph.agentIdentityBlueprint/federatedIdentityCredentials/c1');
    expect(() => graphPath(GRAPH_CALLS.createBlueprintCredential, {})).toThrow(/no value for \{id\}/);
  });

  it('uses only agent-identity paths (never the generic application and service principal ones)', () => {
    for (const call of Object.values(GRAPH_CALLS)) expect(call.path, call.path).toMatch(/microsoft\.graph\.agent(IdentityBlueprint|IdentityBlueprintPrincipal|Identity)\b/);
  });

  it('is granted exactly the documented permissions by setup-oidc.sh, and README lists each call', () => {
    const script = readFileSync(join(REPO_ROOT, 'scripts/setup-oidc.sh'), 'utf8');
    const granted = /for permission in ([^;]+); do/.exec(script)![1]!.trim().split(/\s+/).sort();
    expect(granted).toEqual(GRAPH_APPLICATION_PERMISSIONS);
    const readme = readFileSync(join(REPO_ROOT, 'actions/README.md'), 'utf8');
    for (const call of Object.values(GRAPH_CALLS)) {
      const row = readme.split('\n').find((line) => line.includes(`\`${call.method} ${call.path}\``));
      expect(row, `${call.method} ${call.path} in actions/README.md`).toBeDefined();
      expect(row).toContain(call.permission);
      expect(row).toContain(call.doc);
    }
  });
});
