import { odataString } from './graph';

/**
 * Every Microsoft Graph v1.0 call of phase two, on the agent-identity paths Microsoft Graph documents, with
 * the application permission its page names (least privileged, or the one granted that the page lists as
 * higher). The deployer app is granted exactly GRAPH_APPLICATION_PERMISSIONS (scripts/setup-oidc.sh; a
 * test keeps the two equal), and actions/README.md lists the same table.
 */
export interface GraphCall {
  method: 'GET' | 'POST' | 'PATCH';
  /** The documented path, placeholders in braces. */
  path: string;
  permission: string;
  doc: string;
}

const GRAPH_DOCS = 'https://learn.microsoft.com/graph/api';

export const GRAPH_CALLS = {
  upsertBlueprint: {
    method: 'PATCH',
    path: "/applications(uniqueName='{uniqueName}')/microsoft.graph.agentIdentityBlueprint",
    permission: 'AgentIdentityBlueprint.ReadWrite.All',
    doc: `${GRAPH_DOCS}/agentidentityblueprint-upsert?view=graph-rest-1.0`,
  },
  findBlueprint: {
    method: 'GET',
    path: "/applications/microsoft.graph.agentIdentityBlueprint?$filter=uniqueName eq '{uniqueName}'",
    permission: 'AgentIdentityBlueprint.Read.All',
    doc: `${GRAPH_DOCS}/agentidentityblueprint-list?view=graph-rest-1.0`,
  },
  listBlueprintCredentials: {
    method: 'GET',
    path: '/applications/{id}/microsoft.graph.agentIdentityBlueprint/federatedIdentityCredentials',
    permission: 'AgentIdentityBlueprint.Read.All',
    doc: `${GRAPH_DOCS}/federatedidentitycredential-list`,
  },
  createBlueprintCredential: {
    method: 'POST',
    path: '/applications/{id}/microsoft.graph.agentIdentityBlueprint/federatedIdentityCredentials',
    permission: 'AgentIdentityBlueprint.ReadWrite.All',
    doc: `${GRAPH_DOCS}/federatedidentitycredential-post`,
  },
  updateBlueprintCredential: {
    method: 'PATCH',
    path: '/applications/{id}/microsoft.graph.agentIdentityBlueprint/federatedIdentityCredentials/{credentialId}',
    permission: 'AgentIdentityBlueprint.ReadWrite.All',
    doc: `${GRAPH_DOCS}/federatedidentitycredential-update`,
  },
  findBlueprintPrincipal: {
    method: 'GET',
    path: "/servicePrincipals/microsoft.graph.agentIdentityBlueprintPrincipal?$filter=appId eq '{appId}'",
    permission: 'AgentIdentityBlueprintPrincipal.Read.All',
    doc: `${GRAPH_DOCS}/agentidentityblueprintprincipal-list?view=graph-rest-1.0`,
  },
  createBlueprintPrincipal: {
    method: 'POST',
    path: '/servicePrincipals/microsoft.graph.agentIdentityBlueprintPrincipal',
    permission: 'AgentIdentityBlueprintPrincipal.Create',
    doc: `${GRAPH_DOCS}/agentidentityblueprintprincipal-post?view=graph-rest-1.0`,
  },
  findAgentIdentity: {
    method: 'GET',
    path: "/servicePrincipals/microsoft.graph.agentIdentity?$filter=displayName eq '{name}'",
    permission: 'AgentIdentity.Read.All',
    doc: `${GRAPH_DOCS}/agentidentity-list?view=graph-rest-1.0`,
  },
  createAgentIdentity: {
    method: 'POST',
    path: '/servicePrincipals/microsoft.graph.agentIdentity',
    permission: 'AgentIdentity.CreateAsManager',
    doc: `${GRAPH_DOCS}/agentidentity-post?view=graph-rest-1.0`,
  },
} as const satisfies Record<string, GraphCall>;

/** What the deployer app is granted: the permissions of the calls above, nothing else. */
export const GRAPH_APPLICATION_PERMISSIONS = [...new Set(Object.values(GRAPH_CALLS).map((c) => c.permission))].sort();

/** The v1.0 path of a call with its placeholders filled (OData literals quoted, query values encoded). */
export function graphPath(call: GraphCall, values: Record<string, string>): string {
  const [path, query] = call.path.split('?');
  const fill = (text: string, literal: boolean) =>
    text.replace(/'\{(\w+)\}'|\{(\w+)\}/g, (_m, quoted: string | undefined, bare: string | undefined) => {
      const name = (quoted ?? bare)!;
      const value = values[name];
      if (value === undefined) throw new Error(`graphPath: no value for {${name}} in ${call.path}`);
      return quoted ? odataString(value) : literal ? value : encodeURIComponent(value);
    });
  const filled = `/v1.0${fill(path!, false)}`;
  if (!query) return filled;
  const [key, expression] = query.split(/=(.*)/s) as [string, string];
  return `${filled}?${key}=${encodeURIComponent(fill(expression, true))}`;
}
