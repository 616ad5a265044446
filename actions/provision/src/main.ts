import * as core from '@actions/core';
import { actionRetryOptions, createActionsCredential, graphReplicationOptions, parseInputs, runAction } from '@mcp-aks/actions-kit';
import { provisionInputs } from './inputs';
import { runCorePhase, type PhaseContext } from './core-phase';
import { runAgentIdentityPhase } from './agent-identity/phase';

export async function run(): Promise<void> {
  await runAction(async () => {
    const inputs = parseInputs(provisionInputs, (name) => core.getInput(name));
    const credential = createActionsCredential({
      clientId: inputs['client-id'],
      tenantId: inputs['tenant-id'],
      authorityHost: inputs['authority-host'],
      getIDToken: (audience) => core.getIDToken(audience),
    });
    const context: PhaseContext = {
      inputs,
      credential,
      workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
      // Phase two reads what phase one just granted (the deployer's roles): wait out their propagation, bounded.
      retry: actionRetryOptions(inputs, { maxDelayMs: 120_000, warn: (m) => core.warning(m) }),
      // ... and Microsoft Graph's replication of the objects it creates one after another.
      graphReplication: graphReplicationOptions(inputs, { warn: (m) => core.warning(m) }),
    };
    if (inputs.phase === 'core') await runCorePhase(context);
    else await runAgentIdentityPhase(context);
  });
}
