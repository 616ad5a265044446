import { describe, expect, it } from 'vitest';
import { documentName } from '../src/tools/names';
import { parsePlan, planPrompt } from '../src/tools/model-tools';
import { ontologyFileName } from '../src/tools/ontology';
import { shouldCapture } from '../src/mcp/tool-runner';
import { exposureProblem } from '../src/exposure';
import { loadServerEnv } from '@mcp-aks/core';
import { z } from 'zod';

describe('document names', () => {
  const name = documentName('snippetname');
  it.each(['notes', 'my snippet.txt', 'v1.2-final_draft', 'Ünïcode', '42'])('accepts %s', (value) => {
    expect(name.safeParse(value).success).toBe(true);
  });
  it.each([
    ['', 'must not be empty'],
    ['../etc/passwd', 'must not contain / or \\'],
    ['a\\b', 'must not contain / or \\'],
    ['a..b', 'must not contain ".."'],
    ['tab\there', 'must not contain control characters'],
    ['.hidden', 'must start with a letter or digit'],
    ['trailing.', 'must not end with a dot or a space'],
    ['x'.repeat(129), 'at most 128 characters'],
  ])('refuses %j', (value, message) => {
    const result = name.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join(' | ')).toContain(message);
  });
});

describe('plans from model answers', () => {
  it('reads numbered and bulleted lists', () => {
    expect(parsePlan('Here you go:\n1. Check the rollout\n2) Roll back\n- Tell the team')).toEqual(['Check the rollout', 'Roll back', 'Tell the team']);
  });
  it('keeps a free-form answer as one step, and nothing for an empty one', () => {
    expect(parsePlan('Restart the pod.')).toEqual(['Restart the pod.']);
    expect(parsePlan('   ')).toEqual([]);
  });
  it('puts the task and the reference steps in the prompt', () => {
    const messages = planPrompt('roll back the deploy', [
      { id: 'rb', title: 'Roll back', category: 'deploy', intent: 'undo', keywords: [], description: 'Undo a release', content: '', steps: ['Find the previous revision', 'Apply it'] },
    ]);
    expect(messages[1]!.content).toContain('Task: roll back the deploy');
    expect(messages[1]!.content).toContain('1. Find the previous revision');
  });
});

describe('decisions', () => {
  it('stores ontologies as .json documents', () => {
    expect(ontologyFileName('azure-platform')).toBe('azure-platform.json');
    expect(ontologyFileName('x.JSON')).toBe('x.JSON');
  });
  it('captures model-backed tools by default, every tool when asked, never the Lightning tools', () => {
    const tool = (name: string, captureByDefault?: boolean) => ({
      name,
      title: name,
      description: '',
      inputSchema: z.object({}),
      annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
      ...(captureByDefault !== undefined ? { captureByDefault } : {}),
      handler: async () => ({ content: [] }),
    });
    expect(shouldCapture(tool('ask_foundry', true), false)).toBe(true);
    expect(shouldCapture(tool('get_snippet'), false)).toBe(false);
    expect(shouldCapture(tool('get_snippet'), true)).toBe(true);
    expect(shouldCapture(tool('lightning_list_episodes'), true)).toBe(false);
    expect(shouldCapture(tool('submit_feedback'), true)).toBe(false);
  });
  it('refuses an unauthenticated non-loopback bind unless explicitly allowed', () => {
    expect(exposureProblem(loadServerEnv({}))).toBeUndefined();
    expect(exposureProblem(loadServerEnv({ HOST: '0.0.0.0' }))).toMatch(/ALLOW_UNAUTHENTICATED=true/);
    expect(exposureProblem(loadServerEnv({ HOST: '0.0.0.0', ALLOW_UNAUTHENTICATED: 'true' }))).toBeUndefined();
    expect(exposureProblem(loadServerEnv({ HOST: '0.0.0.0', AUTH_ISSUER: 'https://login.microsoftonline.com/t/v2.0', AUTH_AUDIENCE: 'api://x' }))).toBeUndefined();
  });
});
