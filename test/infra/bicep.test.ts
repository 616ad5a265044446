import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bicepDir, bicepVersion, mainBicep, mainJson, pinnedBicepVersion, runBicep } from './bicep-cli';

const workDir = mkdtempSync(join(tmpdir(), 'bicep-build-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const bicepFiles = ['main.bicep', ...readdirSync(join(bicepDir, 'modules')).map((f) => `modules/${f}`)].filter((f) => f.endsWith('.bicep'));

describe('Bicep CLI', () => {
  it('is the pinned version', () => {
    expect(bicepVersion()).toContain(`Bicep CLI version ${pinnedBicepVersion()} `);
  });
});

describe('infra/bicep', () => {
  it('compiles with no errors and no warnings, and main.json is that build', () => {
    const fresh = join(workDir, 'main.json');
    const build = runBicep(['build', mainBicep, '--outfile', fresh]);
    expect(build.stderr + build.stdout, 'bicep build diagnostics').toBe('');
    expect(build.status).toBe(0);
    const committed = readFileSync(mainJson, 'utf8');
    const rebuilt = readFileSync(fresh, 'utf8');
    if (committed !== rebuilt) {
      expect.fail('infra/bicep/main.json is stale: run `bicep build infra/bicep/main.bicep --outfile infra/bicep/main.json` (scripts/install-bicep.sh prints the bicep path) and commit it');
    }
  });

  it('lints clean, modules included', () => {
    const lint = runBicep(['lint', mainBicep]);
    expect(lint.stderr + lint.stdout, 'bicep lint main.bicep').toBe('');
    expect(lint.status).toBe(0);
  });

  it('turns lint findings into errors (bicepconfig.json is in force)', () => {
    copyFileSync(join(bicepDir, 'bicepconfig.json'), join(workDir, 'bicepconfig.json'));
    const probe = join(workDir, 'probe.bicep');
    writeFileSync(probe, "param unused string = 'x'\n");
    const lint = runBicep(['lint', probe]);
    expect(lint.status).not.toBe(0);
    expect(lint.stdout + lint.stderr).toMatch(/Error no-unused-params/);
  });

  it('uses no registry modules, template specs or extensions (compiles offline)', () => {
    for (const file of bicepFiles) {
      const text = readFileSync(join(bicepDir, file), 'utf8');
      expect(text, file).not.toMatch(/['"](br|ts)[:/]/);
      expect(text, file).not.toMatch(/^\s*(extension|provider)\s/m);
    }
  });
});
