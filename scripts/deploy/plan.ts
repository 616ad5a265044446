import { parseArgs } from 'node:util';

/**
 * `./dev deploy`: what the deploy workflow does (provision -> build and deploy -> verify), from a laptop with
 * the Azure CLI sign-in, by calling the actions' own run(). This module only decides: arguments in, the
 * steps (action and inputs) out. The inputs of a step may depend on the outputs of the steps before it.
 */

export const PHASES = ['provision', 'build', 'deploy', 'verify'] as const;
export type Phase = (typeof PHASES)[number];

export const USAGE = `Usage: ./dev deploy [options]

Deploys the platform from this checkout as the deploy workflow does, signed in with the Azure CLI
(run 'az login' first): provision (infra/bicep/main.json), build the image with an ACR task and deploy
it to AKS, then verify through API Management.

Options (each defaults to the environment variable in brackets):
  --subscription <id>          Azure subscription id [AZURE_SUBSCRIPTION_ID; else 'az account show']
  --resource-group <name>      resource group, which must exist [AZURE_RESOURCE_GROUP]
  --location <region>          region of the resource group [AZURE_LOCATION]
  --mcp-api-client-id <id>     app id of the MCP API registration [MCP_API_CLIENT_ID]
  --deployer-principal-id <id> object id that gets the deployer's data roles
                               [AZURE_DEPLOYER_PRINCIPAL_ID; else the signed-in user]
  --parameters <json>          further main.bicep parameters as a JSON object [AZURE_DEPLOYMENT_PARAMETERS]
  --phases <list>              comma-separated, in order: provision,build,deploy,verify (default: all)
  --image-tag <tag>            image tag (default: local-<commit>-<UTC time>; required to deploy without build)
  --template <path>            compiled template, relative to the checkout (default infra/bicep/main.json)
  --arm-endpoint <url>         Azure Resource Manager endpoint (sovereign clouds)
  -h, --help                   show this help

Exit status: 0 when every phase succeeded, 1 when one failed, 2 for bad usage.`;

export interface DeployArgs {
  subscriptionId?: string;
  resourceGroup: string;
  location: string;
  mcpApiClientId: string;
  deployerPrincipalId?: string;
  parameters?: string;
  phases: Phase[];
  imageTag?: string;
  template?: string;
  armEndpoint?: string;
}

export type ParsedArgs = { help: true } | { help?: false; args: DeployArgs } | { help?: false; error: string };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseDeployArgs(argv: string[], env: Record<string, string | undefined>): ParsedArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        subscription: { type: 'string' },
        'resource-group': { type: 'string' },
        location: { type: 'string' },
        'mcp-api-client-id': { type: 'string' },
        'deployer-principal-id': { type: 'string' },
        parameters: { type: 'string' },
        phases: { type: 'string' },
        'image-tag': { type: 'string' },
        template: { type: 'string' },
        'arm-endpoint': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return { error: (error as Error).message };
  }
  if (values.help) return { help: true };
  const pick = (flag: string | undefined, name: string) => (flag ?? env[name] ?? '').trim() || undefined;
  const problems: string[] = [];
  const subscriptionId = pick(values.subscription, 'AZURE_SUBSCRIPTION_ID');
  const resourceGroup = pick(values['resource-group'], 'AZURE_RESOURCE_GROUP');
  const location = pick(values.location, 'AZURE_LOCATION');
  const mcpApiClientId = pick(values['mcp-api-client-id'], 'MCP_API_CLIENT_ID');
  const deployerPrincipalId = pick(values['deployer-principal-id'], 'AZURE_DEPLOYER_PRINCIPAL_ID');
  const parameters = pick(values.parameters, 'AZURE_DEPLOYMENT_PARAMETERS');
  if (subscriptionId && !GUID.test(subscriptionId)) problems.push(`--subscription must be a GUID, got "${subscriptionId}"`);
  if (!resourceGroup) problems.push('--resource-group (or AZURE_RESOURCE_GROUP) is required');
  if (!location) problems.push('--location (or AZURE_LOCATION) is required');
  if (!mcpApiClientId) problems.push('--mcp-api-client-id (or MCP_API_CLIENT_ID) is required');
  else if (!GUID.test(mcpApiClientId)) problems.push(`--mcp-api-client-id must be a GUID, got "${mcpApiClientId}"`);
  if (deployerPrincipalId && !GUID.test(deployerPrincipalId)) problems.push(`--deployer-principal-id must be a GUID, got "${deployerPrincipalId}"`);
  if (parameters) {
    try {
      const parsed = JSON.parse(parameters) as unknown;
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) problems.push('--parameters must be a JSON object');
    } catch (error) {
      problems.push(`--parameters is not valid JSON: ${(error as Error).message}`);
    }
  }
  const phases = (values.phases ?? PHASES.join(',')).split(',').map((p) => p.trim()).filter(Boolean);
  const unknown = phases.filter((p) => !(PHASES as readonly string[]).includes(p));
  if (unknown.length) problems.push(`unknown phase(s) ${unknown.join(', ')}: choose from ${PHASES.join(', ')}`);
  const ordered = PHASES.filter((p) => phases.includes(p));
  if (!unknown.length && phases.join(',') !== ordered.join(',')) problems.push(`phases run in the order ${PHASES.join(',')}; got ${phases.join(',')}`);
  if (phases.length === 0) problems.push('--phases names no phase');
  if (ordered.includes('build') && !ordered.includes('deploy')) problems.push('build runs as part of deploy: add the deploy phase');
  if (ordered.includes('deploy') && !ordered.includes('build') && !values['image-tag']) problems.push('deploying without build needs --image-tag (an image that is in the registry)');
  if (problems.length) return { error: problems.join('; ') };
  return {
    args: {
      ...(subscriptionId ? { subscriptionId } : {}),
      resourceGroup: resourceGroup!,
      location: location!,
      mcpApiClientId: mcpApiClientId!,
      ...(deployerPrincipalId ? { deployerPrincipalId } : {}),
      ...(parameters ? { parameters } : {}),
      phases: ordered,
      ...(values['image-tag'] ? { imageTag: values['image-tag'] } : {}),
      ...(values.template ? { template: values.template } : {}),
      ...(values['arm-endpoint'] ? { armEndpoint: values['arm-endpoint'] } : {}),
    },
  };
}

/** A tag that says where a laptop image came from: the commit and the UTC time. */
export function localImageTag(commit: string | undefined, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '');
  return `local-${(commit ?? 'nogit').slice(0, 12)}-${stamp}`;
}

export type StepOutputs = Record<string, Record<string, string>>;

export interface DeployStep {
  /** The phases this step carries out (build and deploy are one run of deploy-aks). */
  phases: Phase[];
  action: 'provision' | 'deploy-aks' | 'verify';
  /** The action's inputs, given the outputs of the steps before it (by action). */
  inputs: (outputs: StepOutputs) => Record<string, string>;
}

/** Resolved values the plan needs besides the arguments (looked up with the Azure CLI or git when absent). */
export interface Resolved {
  subscriptionId: string;
  deployerPrincipalId: string;
  imageTag: string;
}

function need(outputs: StepOutputs, action: string, name: string): string {
  const value = outputs[action]?.[name];
  if (!value) throw new Error(`the ${action} step did not output ${name}: run it first (--phases ${action === 'deploy-aks' ? 'deploy' : action},...)`);
  return value;
}

export function planDeploy(args: DeployArgs, resolved: Resolved): DeployStep[] {
  const common = {
    'subscription-id': resolved.subscriptionId,
    'resource-group': args.resourceGroup,
    ...(args.armEndpoint ? { 'arm-endpoint': args.armEndpoint } : {}),
  };
  const steps: DeployStep[] = [];
  if (args.phases.includes('provision')) {
    const parameters = { mcpApiClientId: args.mcpApiClientId, deployerPrincipalId: resolved.deployerPrincipalId };
    steps.push({
      phases: ['provision'],
      action: 'provision',
      inputs: () => ({
        ...common,
        location: args.location,
        mode: 'deploy',
        parameters: JSON.stringify(parameters),
        ...(args.parameters ? { 'parameter-overrides': args.parameters } : {}),
        ...(args.template ? { template: args.template } : {}),
      }),
    });
  }
  if (args.phases.includes('deploy')) {
    const build = args.phases.includes('build');
    steps.push({
      phases: build ? ['build', 'deploy'] : ['deploy'],
      action: 'deploy-aks',
      // Without a provision step in this run, deploy-aks reads the outputs of the deployment as it is.
      inputs: (outputs) => ({
        ...common,
        ...(outputs.provision?.['outputs-json'] ? { 'deployment-outputs': outputs.provision['outputs-json'] } : {}),
        'image-tag': resolved.imageTag,
        build: String(build),
      }),
    });
  }
  if (args.phases.includes('verify')) {
    steps.push({
      phases: ['verify'],
      action: 'verify',
      inputs: (outputs) => {
        const provisioned = outputs.provision?.['outputs-json'] ? (JSON.parse(outputs.provision['outputs-json']) as Record<string, string>) : undefined;
        return {
          ...common,
          'mcp-url': outputs['deploy-aks']?.['mcp-url'] || provisioned?.mcpResourceUrl || need(outputs, 'deploy-aks', 'mcp-url'),
          audience: `api://${args.mcpApiClientId}`,
          ...(provisioned?.aksName ? { 'cluster-name': provisioned.aksName } : {}),
          ...(provisioned?.staticIpAddress ? { 'expected-ip': provisioned.staticIpAddress } : {}),
          ...(provisioned ? {} : { 'skip-infra': 'true' }),
        };
      },
    });
  }
  return steps;
}
