import * as core from '@actions/core';
import { createActionsCredential, parseInputs, ROLE_PROPAGATION_WINDOW_MS, runAction } from '@mcp-aks/actions-kit';
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
      retry: {
        attempts: inputs['retry-attempts'],
        baseDelayMs: inputs['retry-delay-seconds'] * 1000,
        maxDelayMs: 120_000,
        // Phase two reads what phase one just granted (the deployer's roles): wait out their propagation, bounded.
        propagation: {
          windowMs: ROLE_PROPAGATION_WINDOW_MS,
          delayMs: inputs['retry-delay-seconds'] * 3000,
          onWait: (failure, attempt, delayMs) => core.warning(`${failure.status} ${failure.code}: waiting ${Math.round(delayMs / 1000)}s for a new role assignment to apply (attempt ${attempt})`),
        },
      },
    };
    if (inputs.phase === 'core') await runCorePhase(context);
    else await runAgentIdentityPhase(context);
  });
}
