import * as core from '@actions/core';
import { ManagedServiceIdentityClient } from '@azure/arm-msi';
import { AppError } from '@mcp-aks/core';
import { armClientOptions, describeFailure, heading, markdownTable, withAzureRetry, writeSummary } from '@mcp-aks/actions-kit';
import { deploymentsClient, type PhaseContext } from '../core-phase';
import { outputValues } from '../template';
import { GraphClient } from './graph';
import { GRAPH_CALLS } from './graph-calls';
import { agentIdentityBody, blueprintBody, desiredBlueprintCredential, planFederatedCredential, readCoreOutputs, type FederatedCredential } from './plan';

interface GraphObject {
  id: string;
  appId?: string;
  displayName?: string;
  agentIdentityBlueprintId?: string;
}

/** Phase one must have run: its deployment succeeded and the identities it made exist. */
async function checkCoreResources(context: PhaseContext) {
  const { inputs } = context;
  const rg = inputs['resource-group'];
  const name = inputs['deployment-name'];
  const deployment = await withAzureRetry(() => deploymentsClient(context).deployments.get(rg, name), context.retry).catch((error: unknown) => {
    if (describeFailure(error).status === 404) {
      throw new AppError('not_found', `phase core has not run: deployment '${name}' was not found in resource group '${rg}'. Run this action with phase: core first.`);
    }
    throw error;
  });
  if (deployment.properties?.provisioningState !== 'Succeeded') {
    throw new AppError('conflict', `phase core is not complete: deployment '${name}' is ${deployment.properties?.provisioningState ?? 'in an unknown state'}; re-run phase core first.`);
  }
  const { values, missing } = readCoreOutputs(outputValues(deployment.properties?.outputs));
  if (missing.length) {
    throw new AppError('not_found', `deployment '${name}' lacks the outputs phase agent-identity needs: ${missing.join(', ')}. Re-run phase core with the current template.`);
  }
  const msi = new ManagedServiceIdentityClient(context.credential, inputs['subscription-id'], {
    ...armClientOptions(inputs['arm-endpoint']),
    credentialScopes: [`${inputs['arm-endpoint']}/.default`],
  });
  const identity = await withAzureRetry(() => msi.userAssignedIdentities.get(rg, values.agentIdentityName), context.retry).catch((error: unknown) => {
    if (describeFailure(error).status === 404) {
      throw new AppError('not_found', `managed identity '${values.agentIdentityName}' (id-agent) does not exist in '${rg}': run phase core first.`);
    }
    throw error;
  });
  return { ...values, agentIdentityPrincipalId: identity.principalId ?? values.agentIdentityPrincipalId };
}

export async function runAgentIdentityPhase(context: PhaseContext): Promise<void> {
  const { inputs } = context;
  const sponsors = (inputs['agent-sponsors'] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (sponsors.length === 0) {
    throw new AppError('invalid_input', "input 'agent-sponsors' is required for phase agent-identity: the object ids of the users accountable for the agent (Entra requires a sponsor)");
  }
  const coreOutputs = await checkCoreResources(context);
  const graphEndpoint = inputs['graph-endpoint'];
  // Each step reads what the one before just created: Graph answers from replicas that may not have it yet.
  const graph = new GraphClient(context.credential, graphEndpoint, context.retry, context.graphReplication);
  const uniqueName = `${inputs['agent-name']}-blueprint`;
  const rows: string[][] = [];

  // 1. The blueprint: upserted by its unique name on the agent-specific path (201 with the object when
  // created, 204 without a body when it existed, then found by a filtered list), so a re-run updates.
  const upsert = await graph.call<GraphObject>(GRAPH_CALLS.upsertBlueprint, { uniqueName }, {
    headers: { prefer: 'create-if-missing' },
    body: blueprintBody(`${inputs['agent-name']} blueprint`, sponsors, graphEndpoint),
  });
  const blueprint =
    upsert.status === 201 && upsert.body
      ? upsert.body
      : (await graph.call<{ value: GraphObject[] }>(GRAPH_CALLS.findBlueprint, { uniqueName })).body?.value?.[0];
  if (!blueprint?.appId || !blueprint.id) throw new AppError('upstream', `Graph returned no agent identity blueprint '${uniqueName}' after the upsert`);
  const blueprintCreated = upsert.status === 201;
  rows.push(['Agent identity blueprint', uniqueName, blueprintCreated ? 'created' : 'updated', blueprint.appId]);

  // 2. Its principal in this tenant.
  const principals = await graph.call<{ value: GraphObject[] }>(GRAPH_CALLS.findBlueprintPrincipal, { appId: blueprint.appId });
  const principal = principals.body?.value?.[0];
  if (!principal) {
    const created = await graph.call<GraphObject>(GRAPH_CALLS.createBlueprintPrincipal, {}, { body: { appId: blueprint.appId }, aboutNewObject: blueprintCreated });
    rows.push(['Blueprint principal', blueprint.appId, 'created', created.body?.id ?? '']);
  } else {
    rows.push(['Blueprint principal', blueprint.appId, 'unchanged', principal.id]);
  }

  // 3. The blueprint trusts id-agent (one credential, compared before written), on the blueprint's own path.
  const desired = desiredBlueprintCredential(inputs['authority-host'] ?? 'https://login.microsoftonline.com', coreOutputs.tenantId, coreOutputs.agentIdentityPrincipalId);
  const existing = await graph.call<{ value: FederatedCredential[] }>(GRAPH_CALLS.listBlueprintCredentials, { id: blueprint.id }, { aboutNewObject: blueprintCreated });
  const action = planFederatedCredential(existing.body?.value ?? [], desired);
  if (action.kind === 'create') await graph.call(GRAPH_CALLS.createBlueprintCredential, { id: blueprint.id }, { body: desired, aboutNewObject: blueprintCreated });
  if (action.kind === 'update') {
    await graph.call(GRAPH_CALLS.updateBlueprintCredential, { id: blueprint.id, credentialId: action.id }, {
      body: { issuer: desired.issuer, subject: desired.subject, audiences: desired.audiences, description: desired.description },
    });
  }
  rows.push(['Blueprint credential', desired.name, action.kind === 'create' ? 'created' : action.kind === 'update' ? 'updated' : 'unchanged', desired.subject]);

  // 4. The agent identity made from the blueprint.
  const found = await graph.call<{ value: GraphObject[] }>(GRAPH_CALLS.findAgentIdentity, { name: inputs['agent-name'] });
  let agent = (found.body?.value ?? []).find((a) => a.agentIdentityBlueprintId === blueprint.appId);
  if (agent) rows.push(['Agent identity', inputs['agent-name'], 'unchanged', agent.appId ?? agent.id]);
  else {
    agent = (
      await graph.call<GraphObject>(GRAPH_CALLS.createAgentIdentity, {}, {
        body: agentIdentityBody(inputs['agent-name'], blueprint.appId, sponsors, graphEndpoint),
        aboutNewObject: blueprintCreated || !principal,
      })
    ).body;
    rows.push(['Agent identity', inputs['agent-name'], 'created', agent?.appId ?? agent?.id ?? '']);
  }

  core.setOutput('blueprint-app-id', blueprint.appId);
  core.setOutput('agent-identity-id', agent?.id ?? '');
  core.setOutput('agent-identity-app-id', agent?.appId ?? '');
  await writeSummary(heading('Entra agent identity') + markdownTable(['Object', 'Name', 'Result', 'Id'], rows));
}
