import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { azureInputs, booleanInput, checksTable, markdownTable, parseInputs, positiveIntInput } from '../src';

const schema = z.object({
  ...azureInputs,
  'dry-run': booleanInput.default(false),
  attempts: positiveIntInput.default(3),
});

const from = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('parseInputs', () => {
  it('applies defaults to empty inputs and converts values', () => {
    const inputs = parseInputs(schema, from({ 'subscription-id': '00000000-0000-0000-0000-0000000000aa', 'dry-run': 'TRUE' }));
    expect(inputs['arm-endpoint']).toBe('https://management.azure.com');
    expect(inputs['dry-run']).toBe(true);
    expect(inputs.attempts).toBe(3);
  });
  it('names every bad input in one message', () => {
    expect(() => parseInputs(schema, from({ 'dry-run': 'yes', attempts: '-1' }))).toThrow(
      /input 'subscription-id' is required.*input 'dry-run': expected true or false.*input 'attempts'/,
    );
  });
  it('refuses plain http except on loopback', () => {
    const base = { 'subscription-id': '00000000-0000-0000-0000-0000000000aa' };
    expect(() => parseInputs(schema, from({ ...base, 'arm-endpoint': 'http://example.com' }))).toThrow(/https/);
    expect(parseInputs(schema, from({ ...base, 'arm-endpoint': 'http://127.0.0.1:8080/' }))['arm-endpoint']).toBe('http://127.0.0.1:8080');
  });
});

describe('summary tables', () => {
  it('escapes pipes and newlines in cells', () => {
    expect(markdownTable(['a', 'b'], [['x|y', 'line1\nline2']])).toBe('| a | b |\n| --- | --- |\n| x\\|y | line1<br>line2 |\n');
  });
  it('shows pass, FAIL and skipped', () => {
    const table = checksTable([
      { name: 'one', ok: true, detail: 'fine' },
      { name: 'two', ok: false, detail: 'broken' },
      { name: 'three', ok: true, detail: '', skipped: true },
    ]);
    expect(table).toContain('| one | pass | fine |');
    expect(table).toContain('| two | FAIL | broken |');
    expect(table).toContain('| three | skipped |  |');
  });
});
