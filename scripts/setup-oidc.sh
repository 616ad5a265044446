#!/usr/bin/env bash
# One-time set-up so GitHub Actions can deploy with OpenID Connect and no secrets. Idempotent: run it again
# to repair or update. Needs the Azure CLI signed in (az login) as someone who can create app registrations
# and assign roles on the subscription (Owner, or User Access Administrator plus Application Developer).
#
#   scripts/setup-oidc.sh --repo OWNER/NAME --resource-group RG [--location eastus2] [--subscription ID]
#                         [--environment production] [--branch main] [--app-name NAME] [--api-app-name NAME]
#                         [--scope mcp.tools] [--set-github-variables]
#
# It creates or updates:
#   1. the resource group;
#   2. the deployer app registration and its service principal, with federated credentials trusting the
#      repository's workflows (the GitHub environment, and the branch for dispatched and scheduled runs);
#   3. the deployer's roles on the resource group: Contributor, and Role Based Access Control Administrator
#      limited by a condition to the data-plane roles infra/bicep/modules/roles.bicep assigns;
#   4. the MCP API app registration: identifier URI api://<appId>, v2 access tokens, the delegated scope the
#      gateway and the server require, pre-authorized for the Azure CLI and VS Code, and an app role of the
#      same name granted to the deployer (so the deploy workflow's app-only token passes the verify checks);
#   5. the Microsoft Graph application permissions phase two needs to create the agent identity (admin
#      consent: needs a Privileged Role Administrator; skipped with a warning where it is refused);
# and prints the GitHub repository variables the workflows read (or sets them with gh).
set -euo pipefail

repo="" resource_group="" location="eastus2" subscription="" environment="production" branch="main"
app_name="github-mcp-aks-deployer" api_app_name="mcp-aks-api" scope_name="mcp.tools" set_variables="false"

usage() { sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; }
die() { echo "setup-oidc: $*" >&2; exit 1; }

while [ $# -gt 0 ]; do
  case "$1" in
    --repo) repo="${2:?}"; shift 2 ;;
    --resource-group) resource_group="${2:?}"; shift 2 ;;
    --location) location="${2:?}"; shift 2 ;;
    --subscription) subscription="${2:?}"; shift 2 ;;
    --environment) environment="${2:?}"; shift 2 ;;
    --branch) branch="${2:?}"; shift 2 ;;
    --app-name) app_name="${2:?}"; shift 2 ;;
    --api-app-name) api_app_name="${2:?}"; shift 2 ;;
    --scope) scope_name="${2:?}"; shift 2 ;;
    --set-github-variables) set_variables="true"; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
done

[ -n "$repo" ] || die "--repo OWNER/NAME is required"
[[ "$repo" =~ ^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$ ]] || die "--repo must look like OWNER/NAME, got '$repo'"
[ -n "$resource_group" ] || die "--resource-group is required"
[[ "$scope_name" =~ ^[A-Za-z0-9._-]+$ ]] || die "--scope must be letters, digits, dots, dashes or underscores"
command -v az >/dev/null || die "the Azure CLI (az) is required"
command -v jq >/dev/null || die "jq is required"
az account show >/dev/null 2>&1 || die "sign in first: az login"

# Built-in roles the deployer may assign (the ones infra/bicep/modules/roles.bicep uses), and no others.
assignable_roles=(
  7f951dda-4ed3-4680-a7ca-43fe172d538d # AcrPull
  4d97b98b-1d4f-4787-a291-c67834d212e7 # Network Contributor
  b1ff04bb-8a4e-4dc4-8eb5-8693973ce19b # Azure Kubernetes Service RBAC Cluster Admin
  ba92f5b4-2d11-453d-a403-e96b0029c9fe # Storage Blob Data Contributor
  2a2b9908-6ea1-4ae2-8e65-a410df84e7d1 # Storage Blob Data Reader
  1407120a-92aa-4202-b7e9-c0e197c71c8f # Search Index Data Reader
  8ebe5a00-799e-43f5-93ac-243d3dce84a7 # Search Index Data Contributor
  7ca78c08-252a-4471-8644-bb5ff32d4ba0 # Search Service Contributor
  5e0bd9bd-7b93-4f28-af87-19fc36ad61bd # Cognitive Services OpenAI User
  a001fd3d-188f-4b5d-821b-7da978bf7442 # Cognitive Services OpenAI Contributor
)
contributor=b24988ac-6180-42a0-ab88-20f7382dd24c
rbac_admin=f58310d9-a9f6-439a-9e8d-f62e7b41a168
azure_cli_client=04b07795-8ddb-461a-bbee-02f9e1bf7b46
vscode_client=aebc6443-996d-45c2-90f0-388ff96faa56
graph="https://graph.microsoft.com/v1.0"

log() { echo "setup-oidc: $*" >&2; }

if [ -n "$subscription" ]; then az account set --subscription "$subscription"; fi
subscription="$(az account show --query id -o tsv)"
tenant="$(az account show --query tenantId -o tsv)"

log "resource group $resource_group in $location"
az group create --name "$resource_group" --location "$location" --output none
rg_id="$(az group show --name "$resource_group" --query id -o tsv)"

# An app registration by display name: reuse the one that exists, else create it. Prints its appId.
ensure_app() {
  local name="$1" app_id
  app_id="$(az ad app list --display-name "$name" --query '[0].appId' -o tsv)"
  if [ -z "$app_id" ]; then
    log "creating app registration $name"
    app_id="$(az ad app create --display-name "$name" --sign-in-audience AzureADMyOrg --query appId -o tsv)"
  fi
  if ! az ad sp show --id "$app_id" >/dev/null 2>&1; then
    log "creating service principal of $name"
    az ad sp create --id "$app_id" --output none
  fi
  echo "$app_id"
}

ensure_federated_credential() {
  local app_id="$1" name="$2" subject="$3"
  if az ad app federated-credential list --id "$app_id" --query "[?name=='$name'] | [0].name" -o tsv | grep -q .; then
    log "federated credential $name exists"
    return
  fi
  log "federated credential $name -> $subject"
  az ad app federated-credential create --id "$app_id" --parameters "$(jq -cn --arg name "$name" --arg subject "$subject" \
    '{name: $name, issuer: "https://token.actions.githubusercontent.com", subject: $subject, audiences: ["api://AzureADTokenExchange"]}')" --output none
}

ensure_role() {
  local principal="$1" role="$2" condition="${3:-}"
  if [ -n "$(az role assignment list --assignee "$principal" --role "$role" --scope "$rg_id" --query '[0].id' -o tsv)" ]; then
    log "role $role on $resource_group exists"
    return
  fi
  log "assigning role $role on $resource_group"
  if [ -n "$condition" ]; then
    az role assignment create --assignee-object-id "$principal" --assignee-principal-type ServicePrincipal \
      --role "$role" --scope "$rg_id" --condition "$condition" --condition-version 2.0 --output none
  else
    az role assignment create --assignee-object-id "$principal" --assignee-principal-type ServicePrincipal \
      --role "$role" --scope "$rg_id" --output none
  fi
}

# --- 1-3: the deployer -------------------------------------------------------------------------------
deployer_app_id="$(ensure_app "$app_name")"
deployer_sp="$(az ad sp show --id "$deployer_app_id" --query id -o tsv)"
ensure_federated_credential "$deployer_app_id" "github-environment-$environment" "repo:$repo:environment:$environment"
ensure_federated_credential "$deployer_app_id" "github-branch-$branch" "repo:$repo:ref:refs/heads/$branch"
ensure_federated_credential "$deployer_app_id" "github-environment-lightning" "repo:$repo:environment:lightning"

ensure_role "$deployer_sp" "$contributor"
role_list="$(IFS=,; echo "${assignable_roles[*]}" | sed 's/,/, /g')"
condition="((!(ActionMatches{'Microsoft.Authorization/roleAssignments/write'})) OR (@Request[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals {$role_list})) AND ((!(ActionMatches{'Microsoft.Authorization/roleAssignments/delete'})) OR (@Resource[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals {$role_list}))"
ensure_role "$deployer_sp" "$rbac_admin" "$condition"

# --- 4: the MCP API app registration -------------------------------------------------------------------
api_app_id="$(ensure_app "$api_app_name")"
api_object_id="$(az ad app show --id "$api_app_id" --query id -o tsv)"
scope_id="$(az ad app show --id "$api_app_id" --query "api.oauth2PermissionScopes[?value=='$scope_name'] | [0].id" -o tsv)"
[ -n "$scope_id" ] || scope_id="$(cat /proc/sys/kernel/random/uuid)"
log "MCP API app $api_app_id: identifier URI api://$api_app_id, scope $scope_name"
scopes="$(jq -cn --arg id "$scope_id" --arg value "$scope_name" '[{
  id: $id, value: $value, type: "User", isEnabled: true,
  adminConsentDisplayName: "Use the MCP tools", adminConsentDescription: "Call the MCP server tools as the signed-in user.",
  userConsentDisplayName: "Use the MCP tools", userConsentDescription: "Call the MCP server tools on your behalf."
}]')"
az rest --method PATCH --uri "$graph/applications/$api_object_id" --headers Content-Type=application/json --body "$(jq -cn \
  --arg uri "api://$api_app_id" --argjson scopes "$scopes" \
  '{identifierUris: [$uri], api: {requestedAccessTokenVersion: 2, oauth2PermissionScopes: $scopes}}')" --output none
# Pre-authorization refers to the scope id, so it goes in a second update once the scope exists.
az rest --method PATCH --uri "$graph/applications/$api_object_id" --headers Content-Type=application/json --body "$(jq -cn \
  --arg scope "$scope_id" --arg cli "$azure_cli_client" --arg code "$vscode_client" \
  '{api: {preAuthorizedApplications: [{appId: $cli, delegatedPermissionIds: [$scope]}, {appId: $code, delegatedPermissionIds: [$scope]}]}}')" --output none

# The same name as an app role, for app-only callers (the deploy workflow's verify step).
role_id="$(az ad app show --id "$api_app_id" --query "appRoles[?value=='$scope_name'] | [0].id" -o tsv)"
if [ -z "$role_id" ]; then
  role_id="$(cat /proc/sys/kernel/random/uuid)"
  log "app role $scope_name on the MCP API app"
  az rest --method PATCH --uri "$graph/applications/$api_object_id" --headers Content-Type=application/json --body "$(jq -cn \
    --arg id "$role_id" --arg value "$scope_name" \
    '{appRoles: [{id: $id, value: $value, allowedMemberTypes: ["Application"], isEnabled: true, displayName: "Use the MCP tools (app-only)", description: "Call the MCP server tools as an application."}]}')" --output none
fi
api_sp="$(az ad sp show --id "$api_app_id" --query id -o tsv)"
# Grants an app role of a resource service principal to the deployer, once.
grant_app_role() {
  local resource_sp="$1" app_role="$2" label="$3"
  if az rest --method GET --uri "$graph/servicePrincipals/$deployer_sp/appRoleAssignments" --query "value[?appRoleId=='$app_role' && resourceId=='$resource_sp'] | [0].id" -o tsv | grep -q .; then
    log "$label already granted to the deployer"
    return
  fi
  log "granting $label to the deployer"
  az rest --method POST --uri "$graph/servicePrincipals/$deployer_sp/appRoleAssignments" --headers Content-Type=application/json \
    --body "$(jq -cn --arg p "$deployer_sp" --arg r "$resource_sp" --arg a "$app_role" '{principalId: $p, resourceId: $r, appRoleId: $a}')" --output none \
    || log "WARNING: could not grant $label (an administrator must consent to it)"
}
grant_app_role "$api_sp" "$role_id" "MCP API role $scope_name"

# --- 5: Graph permissions for phase two (the Entra agent identity) ---------------------------------------
graph_sp="$(az ad sp show --id 00000003-0000-0000-c000-000000000000 --query id -o tsv)"
# Exactly the permissions the documented calls of phase two name (actions/README.md, "Phase two").
for permission in AgentIdentity.CreateAsManager AgentIdentity.Read.All AgentIdentityBlueprint.Read.All AgentIdentityBlueprint.ReadWrite.All AgentIdentityBlueprintPrincipal.Create AgentIdentityBlueprintPrincipal.Read.All; do
  permission_id="$(az ad sp show --id 00000003-0000-0000-c000-000000000000 --query "appRoles[?value=='$permission'] | [0].id" -o tsv)"
  if [ -z "$permission_id" ]; then
    log "WARNING: Microsoft Graph has no application permission $permission in this tenant; phase two needs it"
    continue
  fi
  grant_app_role "$graph_sp" "$permission_id" "Microsoft Graph $permission"
done

# --- GitHub variables ------------------------------------------------------------------------------------
variables=(
  "AZURE_CLIENT_ID=$deployer_app_id"
  "AZURE_TENANT_ID=$tenant"
  "AZURE_SUBSCRIPTION_ID=$subscription"
  "AZURE_RESOURCE_GROUP=$resource_group"
  "AZURE_LOCATION=$location"
  "AZURE_DEPLOYER_PRINCIPAL_ID=$deployer_sp"
  "MCP_API_CLIENT_ID=$api_app_id"
  "MCP_SCOPE_NAME=$scope_name"
)
if [ "$set_variables" = "true" ]; then
  command -v gh >/dev/null || die "--set-github-variables needs the GitHub CLI (gh), signed in"
  for pair in "${variables[@]}"; do gh variable set "${pair%%=*}" --repo "$repo" --body "${pair#*=}"; done
  log "set ${#variables[@]} variables on $repo"
else
  echo "Set these repository variables (Settings > Secrets and variables > Actions > Variables), or rerun with --set-github-variables:"
fi
printf '  %s\n' "${variables[@]}"
echo "Create the GitHub environments '$environment' (with the reviewers you want) and 'lightning' before the first deploy."
echo "Optional variables: AZURE_DEPLOYMENT_PARAMETERS (JSON of more main.bicep parameters), AGENT_IDENTITY_ENABLED=true after phase two, AGENT_SPONSORS, LIGHTNING_AUTO_PROMOTE=true."
