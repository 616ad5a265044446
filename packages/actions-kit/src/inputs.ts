import { z } from 'zod';
import { invalidInput } from '@mcp-aks/core';

export type GetInput = (name: string) => string;

/**
 * Reads the named inputs (empty strings become undefined, so zod defaults apply) and validates them
 * against a schema keyed by the input names. A rejected value gets one message naming every bad input.
 */
export function parseInputs<S extends z.ZodObject>(schema: S, getInput: GetInput): z.infer<S> {
  const raw: Record<string, string | undefined> = {};
  for (const name of Object.keys(schema.shape)) {
    const value = getInput(name).trim();
    raw[name] = value === '' ? undefined : value;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const name = issue.path.join('.') || 'inputs';
    return raw[name] === undefined && issue.code === 'invalid_type' ? `input '${name}' is required` : `input '${name}': ${issue.message}`;
  });
  throw invalidInput(problems.join('; '));
}

/** `true`/`false` (any case), as YAML booleans arrive in action inputs. */
export const booleanInput = z
  .string()
  .regex(/^(true|false)$/i, 'expected true or false')
  .transform((value) => value.toLowerCase() === 'true');

export const positiveIntInput = z
  .string()
  .regex(/^\d+$/, 'expected a whole number')
  .transform(Number)
  .pipe(z.number().int().positive());

export const nonNegativeNumberInput = z
  .string()
  .regex(/^\d+(\.\d+)?$/, 'expected a number')
  .transform(Number);

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'expected a GUID');

/** A loopback http URL is allowed for local runs against a stand-in; anything else must be https. */
export const endpointInput = z
  .string()
  .url()
  .refine((value) => {
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname));
  }, 'expected an https URL (http only on loopback)')
  .transform((value) => value.replace(/\/+$/, ''));

/** The sign-in and cloud inputs every Azure-facing action takes. */
export const azureInputs = {
  'client-id': uuid.optional(),
  'tenant-id': uuid.optional(),
  'subscription-id': uuid,
  'arm-endpoint': endpointInput.default('https://management.azure.com'),
  'authority-host': endpointInput.optional(),
};
