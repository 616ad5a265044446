#!/usr/bin/env bash
# One-time set-up so GitHub Actions can deploy with OpenID Connect and no secrets. Idempotent: run it again
# to repair or update. Needs the Azure CLI signed in (az login) as someone who can create app registrations
# and assign roles on the subscription (Owner, or User Access Administrator plus Application Developer), and
# jq. With the GitHub CLI (gh, signed in as a repository admin) it also reads the repository's OIDC subject
# format and protects the environments; without it, pass --subject-prefix and follow the printed steps.
#
#   scripts/setup-oidc.sh --repo OWNER/NAME --resource-group RG [--location eastus2] [--subscription ID]
#                         [--subject-prefix repo:OWNER@OWNER_ID/NAME@REPO_ID | repo:OWNER/NAME]
#                         [--environment production] [--branch main] [--app-name NAME]
#                         [--lightning-app-name NAME] [--api-app-name NAME] [--client-app-name NAME]
#                         [--scope mcp.tools] [--set-github-variables]
#
# It creates or updates:
#   1. the resource group;
#   2. the deployer app registration, trusted only by the production environment and the main branch
#      (federated credentials whose subject matches the repository's actual OIDC subject format);
#   3. the deployer's roles on the resource group: Contributor, and Role Based Access Control Administrator
#      limited by a condition to the roles the Bicep assigns;
#   4. the Lightning app registration, trusted only by the lightning environment, with no deployer rights:
#      here a custom role that reads deployment outputs; its data roles come from the Bicep
#      (lightningPrincipalId);
#   5. the MCP API app registration: identifier URI api://<appId>, v2 access tokens, the delegated scope the
#      gateway and the server require, pre-authorized for the Azure CLI, VS Code and the MCP client app, and
#      an app role of the same name granted to the deployer (the deploy workflow's verify checks);
#   6. the MCP client app: a public client with the redirect URIs of VS Code, Claude Code, Claude Desktop
#      (mcp-remote, connectors), GitHub Copilot CLI and the MCP Inspector, allowed the MCP API scope;
#   7. the Microsoft Graph application permissions phase two needs (admin consent; a warning if refused);
#   8. deployment-branch rules: only main may deploy to the production and lightning environments;
# and prints the GitHub repository variables the workflows read (or sets them with gh).
set -euo pipefail

repo="" resource_group="" location="eastus2" subscription="" environment="production" branch="main"
subject_prefix=""
app_name="github-mcp-aks-deployer" lightning_app_name="github-mcp-aks-lightning" api_app_name="mcp-aks-api"
client_app_name="mcp-aks-clients" scope_name="mcp.tools" set_variables="false"

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
die() { echo "setup-oidc: $*" >&2; exit 1; }

while [ $# -gt 0 ]; do
  case "$1" in
    --repo) repo="${2:?}"; shift 2 ;;
    --resource-group) resource_group="${2:?}"; shift 2 ;;
    --location) location="${2:?}"; shift 2 ;;
    --subscription) subscription="${2:?}"; shift 2 ;;
    --subject-prefix) subject_prefix="${2:?}"; shift 2 ;;
    --environment) environment="${2:?}"; shift 2 ;;
    --branch) branch="${2:?}"; shift 2 ;;
    --app-name) app_name="${2:?}"; shift 2 ;;
    --lightning-app-name) lightning_app_name="${2:?}"; shift 2 ;;
    --api-app-name) api_app_name="${2:?}"; shift 2 ;;
    --client-app-name) client_app_name="${2:?}"; shift 2 ;;
    --scope) scope_name="${2:?}"; shift 2 ;;
    --set-github-variables) set_variables="true"; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
done

# GitHub subjects: repo:OWNER/NAME:... (name form) or, for repositories created from 2026-07-15 on,
# repo:OWNER@OWNER_ID/NAME@REPO_ID:... (immutable form). --repo and --subject-prefix accept either.
name_part='[A-Za-z0-9_.-]+'
repo_pattern="^(${name_part})(@[0-9]+)?/(${name_part})(@[0-9]+)?$"
[ -n "$repo" ] || die "--repo OWNER/NAME is required"
[[ "$repo" =~ $repo_pattern ]] || die "--repo must look like OWNER/NAME (or OWNER@OWNER_ID/NAME@REPO_ID), got '$repo'"
owner="${BASH_REMATCH[1]}" name="${BASH_REMATCH[3]}"
repo_ids="${BASH_REMATCH[2]}${BASH_REMATCH[4]}"
repo_slug="$owner/$name"
[ -n "$resource_group" ] || die "--resource-group is required"
[[ "$scope_name" =~ ^[A-Za-z0-9._-]+$ ]] || die "--scope must be letters, digits, dots, dashes or underscores"
[[ "$branch" =~ ^[A-Za-z0-9._/-]+$ ]] || die "--branch must be a branch name"
[[ "$environment" =~ ^[A-Za-z0-9._-]+$ ]] || die "--environment must be an environment name"
if [ -n "$subject_prefix" ]; then
  [[ "$subject_prefix" =~ ^repo:(${name_part})(@[0-9]+)?/(${name_part})(@[0-9]+)?$ ]] \
    || die "--subject-prefix must look like repo:OWNER@OWNER_ID/NAME@REPO_ID or repo:OWNER/NAME, got '$subject_prefix'"
  [ "${BASH_REMATCH[1]}/${BASH_REMATCH[3]}" = "$repo_slug" ] || die "--subject-prefix names ${BASH_REMATCH[1]}/${BASH_REMATCH[3]}, not $repo_slug"
fi
command -v jq >/dev/null || die "jq is required"
command -v az >/dev/null || die "the Azure CLI (az) is required"
have_gh="false"
if command -v gh >/dev/null && gh auth status >/dev/null 2>&1; then have_gh="true"; fi
if [ "$set_variables" = "true" ] && [ "$have_gh" != "true" ]; then die "--set-github-variables needs the GitHub CLI (gh), signed in"; fi

log() { echo "setup-oidc: $*" >&2; }

# --- The repository's OIDC subject -------------------------------------------------------------------
# https://docs.github.com/actions/reference/security/oidc ("Immutable subject claims"): the default subject
# carries the owner and repository ids for repositories created (or renamed) on or after 2026-07-15.
if [ -z "$subject_prefix" ] && [ -n "$repo_ids" ]; then
  subject_prefix="repo:$repo"
fi
if [ -z "$subject_prefix" ]; then
  [ "$have_gh" = "true" ] || die "without the GitHub CLI, pass --subject-prefix: repo:$owner@<owner id>/$name@<repository id> for a repository with immutable subject claims (created from 2026-07-15 on), else repo:$repo_slug"
  repo_json="$(gh api "repos/$repo_slug")" || die "cannot read repos/$repo_slug with gh"
  owner_id="$(jq -r '.owner.id' <<<"$repo_json")" repo_id="$(jq -r '.id' <<<"$repo_json")"
  created_at="$(jq -r '.created_at' <<<"$repo_json")"
  custom="$(gh api "repos/$repo_slug/actions/oidc/customization/sub" 2>/dev/null || echo '{"use_default": true}')"
  if [ "$(jq -r '.use_default' <<<"$custom")" != "true" ] && [ "$(jq -c '.include_claim_keys // []' <<<"$custom")" != '["repo","context"]' ]; then
    die "repos/$repo_slug uses a custom OIDC subject template ($(jq -c '.include_claim_keys' <<<"$custom")); the federated credentials here trust the default template: reset it, or create the credentials by hand"
  fi
  # A repository renamed on or after that date also switches; pass --subject-prefix for one created earlier.
  if [[ "$created_at" > "2026-07-15" ]]; then
    subject_prefix="repo:$owner@$owner_id/$name@$repo_id"
  else
    subject_prefix="repo:$repo_slug"
  fi
fi
log "OIDC subjects start with $subject_prefix"

az account show -o none 2>/dev/null || die "sign in first: az login"

# Built-in roles the deployer may assign (the ones the Bicep assigns: roles.bicep, network.bicep), and no others.
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
issuer="https://token.actions.githubusercontent.com"

# The redirect URIs MCP clients use with a pre-registered public client: the same list as the server's
# OAuth façade (server/src/oauth/redirect-uris.ts, checked by a test). Entra ignores the port of http
# loopback redirect URIs, so one entry covers every port a client picks.
client_redirect_uris=(
  https://vscode.dev/redirect
  https://insiders.vscode.dev/redirect
  http://127.0.0.1/
  http://localhost/callback
  https://claude.ai/api/mcp/auth_callback
  http://localhost/oauth/callback
  http://localhost/oauth/callback/debug
)

if [ -n "$subscription" ]; then az account set --subscription "$subscription"; fi
account="$(az account show -o json)"
subscription="$(jq -r '.id' <<<"$account")"
tenant="$(jq -r '.tenantId' <<<"$account")"

log "resource group $resource_group in $location"
az group create --name "$resource_group" --location "$location" -o none
rg_id="$(az group show --name "$resource_group" -o json | jq -r '.id')"

# An app registration by display name: reuse the one that exists, else create it. Prints its appId.
ensure_app() {
  local display_name="$1" app_id
  app_id="$(az ad app list --display-name "$display_name" -o json | jq -r '.[0].appId // empty')"
  if [ -z "$app_id" ]; then
    log "creating app registration $display_name"
    app_id="$(az ad app create --display-name "$display_name" --sign-in-audience AzureADMyOrg -o json | jq -r '.appId')"
  fi
  if ! az ad sp show --id "$app_id" -o none 2>/dev/null; then
    log "creating service principal of $display_name"
    az ad sp create --id "$app_id" -o none
  fi
  echo "$app_id"
}

sp_of() { az ad sp show --id "$1" -o json | jq -r '.id'; }
object_of() { az ad app show --id "$1" -o json | jq -r '.id'; }

# A federated credential with this name and subject: created, or updated when the subject changed (a
# repository that moved to immutable subjects, a renamed branch).
ensure_federated_credential() {
  local app_id="$1" cred_name="$2" subject="$3" current body
  current="$(az ad app federated-credential list --id "$app_id" -o json | jq -r --arg n "$cred_name" '.[] | select(.name == $n) | .subject')"
  body="$(jq -cn --arg name "$cred_name" --arg subject "$subject" --arg issuer "$issuer" \
    '{name: $name, issuer: $issuer, subject: $subject, audiences: ["api://AzureADTokenExchange"]}')"
  if [ "$current" = "$subject" ]; then
    log "federated credential $cred_name exists"
  elif [ -n "$current" ]; then
    log "federated credential $cred_name: $current -> $subject"
    az ad app federated-credential update --id "$app_id" --federated-credential-id "$cred_name" --parameters "$body" -o none
  else
    log "federated credential $cred_name -> $subject"
    az ad app federated-credential create --id "$app_id" --parameters "$body" -o none
  fi
}

remove_federated_credential() {
  local app_id="$1" cred_name="$2"
  if az ad app federated-credential list --id "$app_id" -o json | jq -e --arg n "$cred_name" 'any(.[]; .name == $n)' >/dev/null; then
    log "removing federated credential $cred_name"
    az ad app federated-credential delete --id "$app_id" --federated-credential-id "$cred_name" -o none
  fi
}

ensure_role() {
  local principal="$1" role="$2" scope="$3" condition="${4:-}"
  if [ "$(az role assignment list --assignee "$principal" --role "$role" --scope "$scope" -o json | jq 'length')" != "0" ]; then
    log "role $role on $scope exists"
    return
  fi
  log "assigning role $role on $scope"
  if [ -n "$condition" ]; then
    az role assignment create --assignee-object-id "$principal" --assignee-principal-type ServicePrincipal \
      --role "$role" --scope "$scope" --condition "$condition" --condition-version 2.0 -o none
  else
    az role assignment create --assignee-object-id "$principal" --assignee-principal-type ServicePrincipal \
      --role "$role" --scope "$scope" -o none
  fi
}

graph_patch() { az rest --method PATCH --uri "$graph/$1" --headers Content-Type=application/json --body "$2" -o none; }

# --- 1-3: the deployer -------------------------------------------------------------------------------
deployer_app_id="$(ensure_app "$app_name")"
deployer_sp="$(sp_of "$deployer_app_id")"
ensure_federated_credential "$deployer_app_id" "github-environment-$environment" "$subject_prefix:environment:$environment"
ensure_federated_credential "$deployer_app_id" "github-branch-$branch" "$subject_prefix:ref:refs/heads/$branch"
# Earlier versions let the Lightning workflow sign in as the deployer.
remove_federated_credential "$deployer_app_id" "github-environment-lightning"

ensure_role "$deployer_sp" "$contributor" "$rg_id"
role_list="$(IFS=,; echo "${assignable_roles[*]}" | sed 's/,/, /g')"
condition="((!(ActionMatches{'Microsoft.Authorization/roleAssignments/write'})) OR (@Request[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals {$role_list})) AND ((!(ActionMatches{'Microsoft.Authorization/roleAssignments/delete'})) OR (@Resource[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals {$role_list}))"
ensure_role "$deployer_sp" "$rbac_admin" "$rg_id" "$condition"

# --- 4: the Lightning identity ---------------------------------------------------------------------------
lightning_app_id="$(ensure_app "$lightning_app_name")"
lightning_sp="$(sp_of "$lightning_app_id")"
ensure_federated_credential "$lightning_app_id" "github-environment-lightning" "$subject_prefix:environment:lightning"
# The workflow reads the deployment's outputs (endpoints and names); no built-in role is that narrow.
outputs_reader_name="MCP deployment outputs reader ($resource_group)"
outputs_reader="$(az role definition list --name "$outputs_reader_name" --scope "$rg_id" -o json | jq -r '.[0].name // empty')"
if [ -z "$outputs_reader" ]; then
  log "creating role $outputs_reader_name"
  outputs_reader="$(az role definition create --role-definition "$(jq -cn --arg name "$outputs_reader_name" --arg scope "$rg_id" '{
    Name: $name, IsCustom: true, Description: "Read the resource group and its ARM deployments (outputs), nothing else.",
    Actions: ["Microsoft.Resources/subscriptions/resourceGroups/read", "Microsoft.Resources/deployments/read"],
    NotActions: [], DataActions: [], NotDataActions: [], AssignableScopes: [$scope]}')" -o json | jq -r '.name')"
fi
ensure_role "$lightning_sp" "$outputs_reader" "$rg_id"

# --- 5: the MCP API app registration -------------------------------------------------------------------
api_app_id="$(ensure_app "$api_app_name")"
api_app="$(az ad app show --id "$api_app_id" -o json)"
api_object_id="$(jq -r '.id' <<<"$api_app")"
scope_id="$(jq -r --arg v "$scope_name" '[.api.oauth2PermissionScopes[]? | select(.value == $v)][0].id // empty' <<<"$api_app")"
[ -n "$scope_id" ] || scope_id="$(cat /proc/sys/kernel/random/uuid)"
log "MCP API app $api_app_id: identifier URI api://$api_app_id, scope $scope_name"
scopes="$(jq -cn --arg id "$scope_id" --arg value "$scope_name" '[{
  id: $id, value: $value, type: "User", isEnabled: true,
  adminConsentDisplayName: "Use the MCP tools", adminConsentDescription: "Call the MCP server tools as the signed-in user.",
  userConsentDisplayName: "Use the MCP tools", userConsentDescription: "Call the MCP server tools on your behalf."
}]')"
graph_patch "applications/$api_object_id" "$(jq -cn --arg uri "api://$api_app_id" --argjson scopes "$scopes" \
  '{identifierUris: [$uri], api: {requestedAccessTokenVersion: 2, oauth2PermissionScopes: $scopes}}')"

# The same name as an app role, for app-only callers (the deploy workflow's verify step).
role_id="$(jq -r --arg v "$scope_name" '[.appRoles[]? | select(.value == $v)][0].id // empty' <<<"$api_app")"
if [ -z "$role_id" ]; then
  role_id="$(cat /proc/sys/kernel/random/uuid)"
  log "app role $scope_name on the MCP API app"
  graph_patch "applications/$api_object_id" "$(jq -cn --arg id "$role_id" --arg value "$scope_name" \
    '{appRoles: [{id: $id, value: $value, allowedMemberTypes: ["Application"], isEnabled: true, displayName: "Use the MCP tools (app-only)", description: "Call the MCP server tools as an application."}]}')"
fi
api_sp="$(sp_of "$api_app_id")"
# Grants an app role of a resource service principal to the deployer, once.
grant_app_role() {
  local resource_sp="$1" app_role="$2" label="$3"
  if az rest --method GET --uri "$graph/servicePrincipals/$deployer_sp/appRoleAssignments" -o json \
    | jq -e --arg r "$resource_sp" --arg a "$app_role" 'any(.value[]; .appRoleId == $a and .resourceId == $r)' >/dev/null; then
    log "$label already granted to the deployer"
    return
  fi
  log "granting $label to the deployer"
  az rest --method POST --uri "$graph/servicePrincipals/$deployer_sp/appRoleAssignments" --headers Content-Type=application/json \
    --body "$(jq -cn --arg p "$deployer_sp" --arg r "$resource_sp" --arg a "$app_role" '{principalId: $p, resourceId: $r, appRoleId: $a}')" -o none \
    || log "WARNING: could not grant $label (an administrator must consent to it)"
}
grant_app_role "$api_sp" "$role_id" "MCP API role $scope_name"

# --- 6: the MCP client app (public client; Entra has no dynamic client registration) ---------------------
client_app_id="$(ensure_app "$client_app_name")"
client_object_id="$(object_of "$client_app_id")"
log "MCP client app $client_app_id: public client, ${#client_redirect_uris[@]} redirect URIs, scope $scope_name"
graph_patch "applications/$client_object_id" "$(jq -cn --arg api "$api_app_id" --arg scope "$scope_id" \
  --argjson uris "$(printf '%s\n' "${client_redirect_uris[@]}" | jq -R . | jq -cs .)" '{
  isFallbackPublicClient: true,
  publicClient: {redirectUris: $uris},
  requiredResourceAccess: [{resourceAppId: $api, resourceAccess: [{id: $scope, type: "Scope"}]}]
}')"
# Pre-authorization refers to the scope id, so it goes in a second update once the scope exists. Clients
# listed here get the scope without a consent prompt.
graph_patch "applications/$api_object_id" "$(jq -cn --arg scope "$scope_id" --arg cli "$azure_cli_client" --arg code "$vscode_client" --arg mcp "$client_app_id" \
  '{api: {preAuthorizedApplications: [$cli, $code, $mcp | {appId: ., delegatedPermissionIds: [$scope]}]}}')"

# --- 7: Graph permissions for phase two (the Entra agent identity) ---------------------------------------
graph_sp_json="$(az ad sp show --id 00000003-0000-0000-c000-000000000000 -o json)"
graph_sp="$(jq -r '.id' <<<"$graph_sp_json")"
# Exactly the permissions the documented calls of phase two name (actions/README.md, "Phase two").
for permission in AgentIdentity.CreateAsManager AgentIdentity.Read.All AgentIdentityBlueprint.Read.All AgentIdentityBlueprint.ReadWrite.All AgentIdentityBlueprintPrincipal.Create AgentIdentityBlueprintPrincipal.Read.All; do
  permission_id="$(jq -r --arg v "$permission" '[.appRoles[]? | select(.value == $v)][0].id // empty' <<<"$graph_sp_json")"
  if [ -z "$permission_id" ]; then
    log "WARNING: Microsoft Graph has no application permission $permission in this tenant; phase two needs it"
    continue
  fi
  grant_app_role "$graph_sp" "$permission_id" "Microsoft Graph $permission"
done

# --- 8: only main deploys: deployment-branch rules on the environments -----------------------------------
# https://docs.github.com/rest/deployments/environments and /rest/deployments/branch-policies
protect_environment() {
  local env_name="$1" current body policies
  current="$(gh api "repos/$repo_slug/environments/$env_name" 2>/dev/null || echo '{}')"
  # Keep the reviewers and wait timer someone set; replace only the branch policy.
  body="$(jq -c '{
    wait_timer: ([.protection_rules[]? | select(.type == "wait_timer") | .wait_timer][0] // 0),
    prevent_self_review: ([.protection_rules[]? | select(.type == "required_reviewers") | .prevent_self_review][0] // false),
    reviewers: [.protection_rules[]? | select(.type == "required_reviewers") | .reviewers[]? | {type: .type, id: .reviewer.id}],
    deployment_branch_policy: {protected_branches: false, custom_branch_policies: true}
  }' <<<"$current")"
  gh api -X PUT "repos/$repo_slug/environments/$env_name" --input - <<<"$body" >/dev/null
  policies="$(gh api "repos/$repo_slug/environments/$env_name/deployment-branch-policies")"
  for stale in $(jq -r --arg b "$branch" '.branch_policies[] | select(.name != $b or (.type // "branch") != "branch") | .id' <<<"$policies"); do
    gh api -X DELETE "repos/$repo_slug/environments/$env_name/deployment-branch-policies/$stale" >/dev/null
  done
  if ! jq -e --arg b "$branch" 'any(.branch_policies[]; .name == $b and (.type // "branch") == "branch")' <<<"$policies" >/dev/null; then
    gh api -X POST "repos/$repo_slug/environments/$env_name/deployment-branch-policies" -f name="$branch" -f type=branch >/dev/null
  fi
  log "environment $env_name: only branch $branch may deploy"
}
if [ "$have_gh" = "true" ]; then
  protect_environment "$environment"
  protect_environment lightning
fi

# --- GitHub variables ------------------------------------------------------------------------------------
variables=(
  "AZURE_CLIENT_ID=$deployer_app_id"
  "AZURE_TENANT_ID=$tenant"
  "AZURE_SUBSCRIPTION_ID=$subscription"
  "AZURE_RESOURCE_GROUP=$resource_group"
  "AZURE_LOCATION=$location"
  "AZURE_DEPLOYER_PRINCIPAL_ID=$deployer_sp"
  "LIGHTNING_CLIENT_ID=$lightning_app_id"
  "LIGHTNING_PRINCIPAL_ID=$lightning_sp"
  "MCP_API_CLIENT_ID=$api_app_id"
  "MCP_PUBLIC_CLIENT_ID=$client_app_id"
  "MCP_SCOPE_NAME=$scope_name"
)
if [ "$set_variables" = "true" ]; then
  for pair in "${variables[@]}"; do gh variable set "${pair%%=*}" --repo "$repo_slug" --body "${pair#*=}"; done
  log "set ${#variables[@]} variables on $repo_slug"
else
  echo "Set these repository variables (Settings > Secrets and variables > Actions > Variables), or rerun with --set-github-variables:"
fi
printf '  %s\n' "${variables[@]}"
if [ "$have_gh" != "true" ]; then
  cat <<EOF
Without the GitHub CLI the environments are not protected yet. In Settings > Environments, for each of
'$environment' and 'lightning' (create it if missing): Deployment branches and tags > Selected branches and
tags > Add deployment branch or tag rule > Ref type: Branch, Name pattern: $branch; remove any other rule.
Add the reviewers you want on '$environment'. Until then any branch could run a job in those environments.
EOF
fi
echo "MCP client app (public client) for agents: $client_app_id (scope api://$api_app_id/$scope_name)."
echo "Optional variables: AZURE_DEPLOYMENT_PARAMETERS (JSON of more main.bicep parameters), AGENT_IDENTITY_ENABLED=true after phase two, AGENT_SPONSORS, LIGHTNING_AUTO_PROMOTE=true."
