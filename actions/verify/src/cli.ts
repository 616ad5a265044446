import { parseArgs } from 'node:util';
import { AzureCliCredential, DeviceCodeCredential, type TokenCredential } from '@azure/identity';
import { checksTable, failureMessage } from '@mcp-aks/actions-kit';
import { verify } from './verify';
import { failedChecks } from './checks';

/** The Azure CLI's public client: device-code sign-in without an app registration of your own. */
const AZURE_CLI_CLIENT_ID = '04b07795-8ddb-461a-bbee-02f9e1bf7b46';

export const USAGE = `mcp-verify: check an MCP server behind API Management (and its AKS deployment)

Usage: mcp-verify --url https://<apim>.azure-api.net/mcp [options]

  --url <url>             the MCP endpoint (required)
  --audience <id|uri>     token audience: the MCP API's app id URI or client id
  --use-az-token          get the token from the Azure CLI sign-in (az login)
  --generate-token        sign in interactively with a device code
  --tenant-id <id>        tenant for --generate-token (and the CLI token)
  --client-id <id>        public client for --generate-token (default: the Azure CLI's)
  --authority-host <url>  Entra authority for sovereign clouds (default https://login.microsoftonline.com)
  --skip-infra            skip the AKS checks
  --subscription-id <id>  --resource-group <rg>  --cluster-name <aks>   for the AKS checks
  --expected-ip <ip>      the fixed private address the service must have
  --backend <ip[:port]>   check that the backend refuses direct callers
  --no-snippets           skip the snippet round trip
  --no-auth               the endpoint has no authentication (local runs)
  --timeout <seconds>     per request (default 30)
  --json                  print the results as JSON
  -h, --help
`;

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: Record<string, string | undefined>;
}

/** Returns the process exit code: 0 all passed, 1 a check failed, 2 bad usage. */
export async function runCli(argv: string[], io: CliIo = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), env: process.env }): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        url: { type: 'string' },
        audience: { type: 'string' },
        'use-az-token': { type: 'boolean', default: false },
        'generate-token': { type: 'boolean', default: false },
        'tenant-id': { type: 'string' },
        'client-id': { type: 'string' },
        'authority-host': { type: 'string' },
        'skip-infra': { type: 'boolean', default: false },
        'subscription-id': { type: 'string' },
        'resource-group': { type: 'string' },
        'cluster-name': { type: 'string' },
        'expected-ip': { type: 'string' },
        backend: { type: 'string' },
        'no-snippets': { type: 'boolean', default: false },
        'no-auth': { type: 'boolean', default: false },
        timeout: { type: 'string', default: '30' },
        'arm-endpoint': { type: 'string', default: 'https://management.azure.com' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const problems: string[] = [];
  if (!values.url || !/^https?:\/\//.test(values.url)) problems.push('--url with an http(s) URL is required');
  if (values['use-az-token'] && values['generate-token']) problems.push('choose one of --use-az-token and --generate-token');
  const wantsToken = values['use-az-token'] || values['generate-token'];
  if (wantsToken && !values.audience) problems.push('--audience is required to get a token');
  if (!values['no-auth'] && !wantsToken) problems.push('pass --use-az-token or --generate-token (or --no-auth for an endpoint without authentication)');
  if (!values['skip-infra'] && !(values['subscription-id'] && values['resource-group'] && values['cluster-name'])) {
    problems.push('the AKS checks need --subscription-id, --resource-group and --cluster-name (or pass --skip-infra)');
  }
  const timeout = Number(values.timeout);
  if (!Number.isInteger(timeout) || timeout <= 0) problems.push('--timeout must be a whole number of seconds');
  if (problems.length) {
    io.err(`${problems.join('\n')}\n\n${USAGE}`);
    return 2;
  }

  let credential: TokenCredential | undefined;
  if (values['generate-token']) {
    credential = new DeviceCodeCredential({
      tenantId: values['tenant-id'] ?? 'organizations',
      clientId: values['client-id'] ?? AZURE_CLI_CLIENT_ID,
      userPromptCallback: (info) => io.err(`${info.message}\n`),
      // An authority named explicitly is used as it is: no instance discovery against the public cloud.
      ...(values['authority-host'] ? { authorityHost: values['authority-host'], disableInstanceDiscovery: true } : {}),
    });
  } else if (values['use-az-token'] || !values['skip-infra']) {
    credential = new AzureCliCredential(values['tenant-id'] ? { tenantId: values['tenant-id'] } : {});
  }

  try {
    const checks = await verify(
      {
        mcpUrl: values.url!,
        audience: wantsToken ? values.audience : undefined,
        requireAuth: !values['no-auth'],
        snippetRoundTrip: !values['no-snippets'],
        timeoutMs: timeout * 1000,
        backendAddress: values.backend,
        infra: values['skip-infra']
          ? undefined
          : {
              subscriptionId: values['subscription-id']!,
              armEndpoint: values['arm-endpoint']!.replace(/\/+$/, ''),
              resourceGroup: values['resource-group']!,
              clusterName: values['cluster-name']!,
              expectedIp: values['expected-ip'],
              retry: { attempts: 3, baseDelayMs: 2000, maxDelayMs: 10_000 },
            },
      },
      credential,
    );
    io.out(values.json ? `${JSON.stringify(checks, null, 2)}\n` : checksTable(checks));
    const failed = failedChecks(checks);
    if (failed.length) io.err(`${failed.length} check(s) failed\n`);
    return failed.length ? 1 : 0;
  } catch (error) {
    io.err(`mcp-verify: ${failureMessage(error)}\n`);
    return 1;
  }
}
