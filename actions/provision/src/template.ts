import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { invalidInput } from '@mcp-aks/core';

/** ARM template: only what this action reads from it. */
export interface ArmTemplate {
  $schema?: string;
  parameters?: Record<string, { type?: string; defaultValue?: unknown }>;
  outputs?: Record<string, { type?: string }>;
  [key: string]: unknown;
}

export function resolveWorkspacePath(path: string, workspace: string): string {
  return isAbsolute(path) ? path : resolve(workspace, path);
}

export function loadTemplate(path: string): ArmTemplate {
  if (!existsSync(path)) {
    throw invalidInput(`template not found at ${path}: build it with 'bicep build infra/bicep/main.bicep' or pass the 'template' input`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw invalidInput(`template ${path} is not valid JSON: ${(error as Error).message}`);
  }
  if (!parsed || typeof parsed !== 'object' || !('resources' in parsed)) {
    throw invalidInput(`template ${path} is not an ARM template (no 'resources')`);
  }
  return parsed as ArmTemplate;
}

/**
 * Deployment parameters from the `parameters` input: a JSON object of plain values, a parameters
 * file's content (`{"parameters": {"x": {"value": ...}}}`), or a path to such a file. Names the
 * template does not declare are refused, so a typo never deploys a default silently.
 */
export function buildParameters(input: string | undefined, template: ArmTemplate, workspace: string): Record<string, { value: unknown }> {
  if (!input) return {};
  let text = input.trim();
  if (!text.startsWith('{')) {
    const path = resolveWorkspacePath(text, workspace);
    if (!existsSync(path)) throw invalidInput(`parameters file not found: ${path}`);
    text = readFileSync(path, 'utf8');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw invalidInput(`parameters are not valid JSON: ${(error as Error).message}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw invalidInput('parameters must be a JSON object');
  const source = parsed as Record<string, unknown>;
  const isFile = typeof source.parameters === 'object' && source.parameters !== null && ('$schema' in source || 'contentVersion' in source);
  const entries = Object.entries(isFile ? (source.parameters as Record<string, unknown>) : source);
  const declared = new Set(Object.keys(template.parameters ?? {}));
  const unknown = entries.map(([name]) => name).filter((name) => !declared.has(name));
  if (unknown.length) throw invalidInput(`parameters not declared by the template: ${unknown.join(', ')}`);
  return Object.fromEntries(
    entries.map(([name, value]) => [name, isFile && value && typeof value === 'object' && 'value' in value ? { value: (value as { value: unknown }).value } : { value }]),
  );
}

export interface StepOutput {
  name: string;
  value: string;
  secret: boolean;
}

const SECURE_TYPES = new Set(['securestring', 'secureobject']);

/** Every template output as a step output; secure ones flagged so they are masked before use. */
export function toStepOutputs(outputs: unknown): StepOutput[] {
  if (!outputs || typeof outputs !== 'object') return [];
  return Object.entries(outputs as Record<string, { type?: string; value?: unknown }>)
    .filter(([, output]) => output && 'value' in output)
    .map(([name, output]) => ({
      name,
      value: typeof output.value === 'string' ? output.value : JSON.stringify(output.value),
      secret: SECURE_TYPES.has(String(output.type ?? '').toLowerCase()),
    }));
}

/** Plain name → value map of deployment outputs (ARM's case-insensitive names kept as written). */
export function outputValues(outputs: unknown): Record<string, unknown> {
  if (!outputs || typeof outputs !== 'object') return {};
  return Object.fromEntries(Object.entries(outputs as Record<string, { value?: unknown }>).map(([name, output]) => [name, output?.value]));
}

/** Overrides (a JSON object of plain values) on top of the parameters; names are checked the same way. */
export function applyOverrides(parameters: Record<string, { value: unknown }>, overrides: string | undefined, template: ArmTemplate): Record<string, { value: unknown }> {
  if (!overrides) return parameters;
  if (!overrides.trim().startsWith('{')) throw invalidInput('parameter-overrides must be a JSON object of parameter values');
  return { ...parameters, ...buildParameters(overrides, template, '/') };
}
