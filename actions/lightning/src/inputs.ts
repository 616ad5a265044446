import { z } from 'zod';
import { booleanInput, endpointInput, nonNegativeNumberInput, positiveIntInput } from '@mcp-aks/actions-kit';

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'expected a GUID');
const fraction = z.string().regex(/^-?\d+(\.\d+)?$/, 'expected a number').transform(Number);

export const lightningInputs = z.object({
  'client-id': uuid.optional(),
  'tenant-id': uuid.optional(),
  'authority-host': endpointInput.optional(),
  commands: z.string().default('label,build-dataset'),
  judge: booleanInput.default(false),
  relabel: booleanInput.default(false),
  'min-judge-agreement': fraction.pipe(z.number().min(0).max(1)).default(0.7),
  'judge-agreement-min-episodes': positiveIntInput.default(20),
  'on-poor-judge-agreement': z.enum(['warn', 'fail']).default('warn'),
  'alternatives-limit': positiveIntInput.optional(),
  'alternatives-samples': positiveIntInput.pipe(z.number().max(4)).optional(),
  'alternatives-temperature': fraction.pipe(z.number().min(0).max(2)).optional(),
  format: z.enum(['supervised', 'dpo', 'both']).default('supervised'),
  'min-reward': fraction.pipe(z.number().min(-1).max(1)).optional(),
  'top-fraction': fraction.pipe(z.number().gt(0).max(1)).optional(),
  'validation-percent': fraction.pipe(z.number().min(0).max(50)).optional(),
  'dpo-margin': fraction.pipe(z.number().min(0).max(2)).optional(),
  include: z.string().optional(),
  tools: z.string().optional(),
  'base-model': z.string().optional(),
  method: z.enum(['supervised', 'dpo']).optional(),
  suffix: z.string().regex(/^[a-zA-Z0-9-]{1,40}$/, 'letters, digits and dashes, at most 40').optional(),
  seed: positiveIntInput.optional(),
  'n-epochs': positiveIntInput.optional(),
  'follow-status': booleanInput.default(true),
  'status-timeout-minutes': positiveIntInput.default(360),
  'status-interval-seconds': nonNegativeNumberInput.default(30),
  'allow-promote': booleanInput.default(false),
  'max-deployments': positiveIntInput.optional(),
  'data-dir': z.string().optional(),
  'dry-run': booleanInput.default(false),
});

export type LightningInputs = z.infer<typeof lightningInputs>;

export const list = (text: string | undefined) =>
  text
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
