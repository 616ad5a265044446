import { AppError } from '@mcp-aks/core';

/** The provision outputs deploy-aks itself reads (the manifests read theirs through @mcp-aks/manifests). */
export const REQUIRED = ['acrName', 'acrLoginServer', 'aksName', 'mcpIdentityName', 'workloadNamespace', 'workloadServiceAccount'] as const;

export type ProvisionOutputs = Record<string, unknown>;

/**
 * Accepts the provision action's `outputs-json` (plain values) or ARM's `{name: {type, value}}`; arrays
 * and objects may arrive as JSON text, as step outputs carry them.
 */
export function parseProvisionOutputs(text: string): ProvisionOutputs {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new AppError('invalid_input', `deployment-outputs is not valid JSON: ${(error as Error).message}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new AppError('invalid_input', 'deployment-outputs must be a JSON object');
  return unwrapOutputs(parsed as Record<string, unknown>);
}

export function unwrapOutputs(outputs: Record<string, unknown>): ProvisionOutputs {
  return Object.fromEntries(
    Object.entries(outputs).map(([name, raw]) => {
      const value = raw && typeof raw === 'object' && !Array.isArray(raw) && 'value' in raw ? (raw as { value: unknown }).value : raw;
      return [name, value];
    }),
  );
}

export function requireOutputs(outputs: ProvisionOutputs): Record<(typeof REQUIRED)[number], string> {
  const missing = REQUIRED.filter((name) => typeof outputs[name] !== 'string' || outputs[name] === '');
  if (missing.length) {
    throw new AppError('invalid_input', `the provision outputs lack ${missing.join(', ')}: run the provision action (phase core) with the current template first`);
  }
  return Object.fromEntries(REQUIRED.map((name) => [name, outputs[name] as string])) as Record<(typeof REQUIRED)[number], string>;
}
