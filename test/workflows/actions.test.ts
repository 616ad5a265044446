import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { z } from 'zod';
import { provisionInputs } from '../../actions/provision/src/inputs';
import { deployInputs } from '../../actions/deploy-aks/src/inputs';
import { verifyInputs } from '../../actions/verify/src/inputs';
import { lightningInputs } from '../../actions/lightning/src/inputs';

const root = fileURLToPath(new URL('../..', import.meta.url));

const actions: [string, z.ZodObject][] = [
  ['provision', provisionInputs],
  ['deploy-aks', deployInputs],
  ['verify', verifyInputs],
  ['lightning', lightningInputs],
];

interface ActionYaml {
  name: string;
  description: string;
  inputs: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description?: string }>;
  runs: { using: string; main: string };
}

describe.each(actions)('action %s', (name, schema) => {
  const dir = join(root, 'actions', name);
  const meta = parse(readFileSync(join(dir, 'action.yml'), 'utf8')) as ActionYaml;

  it('runs its ncc bundle on Node 24', () => {
    expect(meta.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; private: boolean; type: string; scripts: { build: string } };
    expect(pkg).toMatchObject({ name: `@mcp-aks/action-${name}`, private: true, type: 'module' });
    expect(pkg.scripts.build).toMatch(/^ncc build src\/index\.ts -o dist /);
    expect(existsSync(join(dir, '.env.example'))).toBe(true);
  });

  it('declares exactly the inputs its code reads, each described', () => {
    expect(Object.keys(meta.inputs).sort()).toEqual(Object.keys(schema.shape).sort());
    for (const [input, spec] of Object.entries(meta.inputs)) expect(spec.description, input).toBeTruthy();
    for (const [output, spec] of Object.entries(meta.outputs)) expect(spec.description, output).toBeTruthy();
  });

  it("keeps action.yml defaults valid for the code's own schema", () => {
    const defaults = Object.fromEntries(Object.entries(meta.inputs).flatMap(([k, v]) => (v.default !== undefined ? [[k, String(v.default)]] : [])));
    for (const [input, value] of Object.entries(defaults)) {
      const field = schema.shape[input] as z.ZodType;
      expect(field.safeParse(value).success, `${input}=${value}`).toBe(true);
    }
  });

  // `npm test` builds every dist before the tests run; a committed dist that differs from that build
  // (or one never committed) means the action would run stale code.
  it('has a committed dist/ that matches the build', () => {
    expect(existsSync(join(dir, 'dist/index.js'))).toBe(true);
    const changed = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', `actions/${name}/dist`], { cwd: root, encoding: 'utf8' });
    expect(changed, `rebuild and commit actions/${name}/dist (npm run build -w @mcp-aks/action-${name})`).toBe('');
  });
});
