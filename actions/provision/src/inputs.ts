import { z } from 'zod';
import { azureInputs, endpointInput, nonNegativeNumberInput, positiveIntInput } from '@mcp-aks/actions-kit';

const name = (what: string, pattern: RegExp) => z.string().regex(pattern, `not a valid ${what}`);

export const provisionInputs = z.object({
  ...azureInputs,
  'resource-group': name('resource group name', /^[-\w._()]{1,90}$/),
  phase: z.enum(['core', 'agent-identity']).default('core'),
  mode: z.enum(['validate', 'what-if', 'deploy', 'outputs']).default('deploy'),
  template: z.string().default('infra/bicep/main.json'),
  parameters: z.string().optional(),
  'parameter-overrides': z.string().optional(),
  location: z.string().optional(),
  'deployment-name': name('deployment name', /^[-\w.()]{1,64}$/).default('mcp-aks-core'),
  'graph-endpoint': endpointInput.default('https://graph.microsoft.com'),
  'agent-name': name('agent name', /^[A-Za-z0-9][-A-Za-z0-9]{2,62}$/).default('mcp-agents'),
  'agent-sponsors': z.string().optional(),
  'poll-interval-seconds': nonNegativeNumberInput.default(10),
  'retry-delay-seconds': nonNegativeNumberInput.default(5),
  'retry-attempts': positiveIntInput.default(6),
});

export type ProvisionInputs = z.infer<typeof provisionInputs>;
