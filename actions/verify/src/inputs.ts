import { z } from 'zod';
import { booleanInput, endpointInput, positiveIntInput } from '@mcp-aks/actions-kit';

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'expected a GUID');

export const verifyInputs = z.object({
  'client-id': uuid.optional(),
  'tenant-id': uuid.optional(),
  'subscription-id': uuid.optional(),
  'arm-endpoint': endpointInput.default('https://management.azure.com'),
  'authority-host': endpointInput.optional(),
  'mcp-url': z.string().url().refine((u) => /^https?:\/\//.test(u), 'expected an http(s) URL'),
  audience: z.string().optional(),
  'require-auth': booleanInput.default(true),
  'snippet-round-trip': booleanInput.default(true),
  'skip-infra': booleanInput.default(false),
  'resource-group': z.string().optional(),
  'cluster-name': z.string().optional(),
  'expected-ip': z.string().optional(),
  'backend-address': z.string().optional(),
  'timeout-seconds': positiveIntInput.default(30),
});

export type VerifyInputs = z.infer<typeof verifyInputs>;
