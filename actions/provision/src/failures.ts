import type { HttpFailure } from '@mcp-aks/actions-kit';

/** Advice for the deployment failures people meet again and again; undefined when there is none. */
export function adviceFor(failure: HttpFailure, context: { location?: string }): string | undefined {
  const all = [{ code: failure.code, message: failure.message }, ...failure.details];
  const softDeleted = all.find((d) => d.code === 'ServiceAlreadyExistsInSoftDeletedState' || /was soft-deleted/i.test(d.message ?? ''));
  if (softDeleted) {
    const name = /service ([A-Za-z0-9-]+) was soft-deleted/i.exec(softDeleted.message ?? '')?.[1] ?? '<apim-name>';
    const location = context.location ?? '<location>';
    return `API Management '${name}' is soft-deleted from an earlier deployment. Purge it, then re-run: az apim deletedservice purge --service-name ${name} --location ${location}`;
  }
  if (all.some((d) => d.code === 'DeploymentActive')) {
    return 'Another deployment with the same name is still running in this resource group; wait for it (or cancel it) and re-run.';
  }
  if (all.some((d) => d.code === 'KeyBasedAuthenticationNotPermitted' || /key based authentication is not permitted/i.test(d.message ?? ''))) {
    return 'The storage account refuses shared keys: run phase core first, then the agent-identity phase (the two-phase deployment).';
  }
  return undefined;
}
