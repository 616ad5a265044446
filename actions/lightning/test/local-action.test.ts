import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLocalAction } from '@mcp-aks/actions-kit/recorder';
import { seed } from './seed';

describe('lightning under @github/local-action', () => {
  it('labels and builds a dataset on the embedded store from a .env file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lightning-la-'));
    await seed(dir, 30);
    const result = await runLocalAction({ action: 'lightning', env: { INPUT_COMMANDS: 'label,build-dataset', 'INPUT_DATA-DIR': dir, 'INPUT_MIN-REWARD': '0.1', 'INPUT_VALIDATION-PERCENT': '0', LIGHTNING_TRAIN_ON_HEURISTICS: 'true' } });
    expect(result.errors, result.stdout + result.stderr).toEqual([]);
    expect(result.outputs['dataset-id']).toMatch(/^ds-/);
    expect(result.outputs['dataset-valid']).toBe('true');
    expect(result.summary).toContain('(supervised, valid)');
  }, 120_000);
});
