import { z } from 'zod';
import { azureInputs, booleanInput, nonNegativeNumberInput, positiveIntInput } from '@mcp-aks/actions-kit';

export const deployInputs = z.object({
  ...azureInputs,
  'resource-group': z.string().regex(/^[-\w._()]{1,90}$/, 'not a valid resource group name'),
  'deployment-outputs': z.string().optional(),
  'deployment-name': z.string().default('mcp-aks-core'),
  build: booleanInput.default(true),
  'image-repository': z.string().regex(/^[a-z0-9]+([._/-][a-z0-9]+)*$/, 'not a valid repository name').default('mcp-server'),
  'image-tag': z.string().regex(/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/, 'not a valid image tag').optional(),
  'build-context': z.string().default('.'),
  dockerfile: z.string().default('server/Dockerfile'),
  'manifests-dir': z.string().default('k8s'),
  'seed-data': z.string().default('server/data'),
  values: z.string().optional(),
  'field-manager': z.string().regex(/^[a-z0-9][-a-z0-9.]{0,127}$/, 'not a valid field manager').default('mcp-aks-deploy'),
  'rollout-timeout-seconds': positiveIntInput.default(600),
  'build-timeout-seconds': positiveIntInput.default(1800),
  'poll-interval-seconds': nonNegativeNumberInput.default(5),
  'retry-delay-seconds': nonNegativeNumberInput.default(5),
  'retry-attempts': positiveIntInput.default(6),
});

export type DeployInputs = z.infer<typeof deployInputs>;
