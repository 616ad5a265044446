import * as core from '@actions/core';
import { AppError } from '@mcp-aks/core';
import { checksTable, createActionsCredential, heading, parseInputs, runAction, writeSummary } from '@mcp-aks/actions-kit';
import { verifyInputs } from './inputs';
import { verify } from './verify';
import { failedChecks } from './checks';

export async function run(): Promise<void> {
  await runAction(async () => {
    const inputs = parseInputs(verifyInputs, (name) => core.getInput(name));
    if (inputs['require-auth'] && !inputs.audience) throw new AppError('invalid_input', "input 'audience' is required when require-auth is true (the MCP API's app id URI or client id)");
    const infraWanted = !inputs['skip-infra'];
    if (infraWanted && (!inputs['subscription-id'] || !inputs['resource-group'] || !inputs['cluster-name'])) {
      throw new AppError('invalid_input', "the cluster checks need 'subscription-id', 'resource-group' and 'cluster-name' (or set skip-infra: true)");
    }
    const credential = createActionsCredential({
      clientId: inputs['client-id'],
      tenantId: inputs['tenant-id'],
      authorityHost: inputs['authority-host'],
      getIDToken: (audience) => core.getIDToken(audience),
    });
    const checks = await verify(
      {
        mcpUrl: inputs['mcp-url'],
        audience: inputs.audience,
        requireAuth: inputs['require-auth'],
        snippetRoundTrip: inputs['snippet-round-trip'],
        timeoutMs: inputs['timeout-seconds'] * 1000,
        backendAddress: inputs['backend-address'],
        infra: infraWanted
          ? {
              subscriptionId: inputs['subscription-id']!,
              armEndpoint: inputs['arm-endpoint'],
              resourceGroup: inputs['resource-group']!,
              clusterName: inputs['cluster-name']!,
              expectedIp: inputs['expected-ip'],
              retry: { attempts: 3, baseDelayMs: 2000, maxDelayMs: 10_000 },
            }
          : undefined,
      },
      credential,
    );
    for (const check of checks) core.info(`${check.skipped ? 'SKIP' : check.ok ? 'PASS' : 'FAIL'} ${check.name}: ${check.detail}`);
    const failed = failedChecks(checks);
    core.setOutput('passed', String(failed.length === 0));
    core.setOutput('results-json', JSON.stringify(checks));
    await writeSummary(heading(`Verification of ${inputs['mcp-url']}`) + checksTable(checks));
    if (failed.length) throw new AppError('upstream', `${failed.length} check(s) failed: ${failed.map((c) => `${c.name} (${c.detail})`).join('; ')}`);
  });
}
