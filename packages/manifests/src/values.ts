import { z } from 'zod';

const guid = () => z.guid({ message: 'expected a GUID' });
const httpsUrl = () =>
  z.url({ protocol: /^https$/, message: 'expected an https URL' });
const name = () => z.string().trim().min(1).max(253);
/** An IPv4 CIDR range. */
const sourceRange = z.cidrv4();

/**
 * Everything the templates in k8s/ need. Defaults are the seed's names; most values come from the Bicep
 * outputs (see valuesFromDeploymentOutputs) plus the image the deploy action built.
 */
export const manifestValuesSchema = z
  .object({
    /** Image reference, e.g. myacr.azurecr.io/mcp-server:<commit sha> or @sha256:<digest>. */
    image: z
      .string()
      .trim()
      .regex(/^[a-z0-9.-]+(:[0-9]+)?\/[a-z0-9._/-]+(:[A-Za-z0-9._-]{1,128}|@sha256:[a-f0-9]{64})$/, {
        message: 'expected registry/repository:tag or registry/repository@sha256:digest',
      }),
    replicas: z.number().int().min(2).max(50).default(2),
    maxReplicas: z.number().int().min(2).max(100).default(6),
    tenantId: guid(),
    /** Client id of id-mcp: the service account annotation and AZURE_CLIENT_ID. */
    mcpClientId: guid(),
    /** The internal LoadBalancer's fixed private address, in loadBalancerSubnetName. */
    staticIp: z.ipv4(),
    /** Subnet of the virtual network that holds the internal LoadBalancer's frontend. */
    loadBalancerSubnetName: name(),
    /** API Management's subnet: the only source range the LoadBalancer admits. */
    apimSubnetAddressPrefix: sourceRange,
    /** Issuer of the callers' tokens: https://login.microsoftonline.com/<tenant>/v2.0. */
    authIssuer: httpsUrl(),
    /** Accepted audiences: the MCP API app's client id and/or identifier URI. */
    authAudiences: z.array(z.string().trim().min(1)).min(1),
    authRequiredScopes: z.array(z.string().trim().min(1)).min(1),
    /** Client id of the public client app MCP clients sign in with; turns on the server's OAuth façade. */
    oauthPublicClientId: guid().optional(),
    /** Browser origins the server admits (ALLOWED_ORIGINS): the corsAllowedOrigins APIM's cors policy allows. */
    corsAllowedOrigins: z
      .array(
        z
          .string()
          .trim()
          .regex(/^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/, { message: 'expected scheme://host[:port] without a path' }),
      )
      .default([]),
    /** The public URL of /mcp behind APIM. */
    mcpResourceUrl: httpsUrl(),
    foundryProjectEndpoint: httpsUrl(),
    chatDeploymentName: name(),
    /** The model and version the chat deployment serves: Lightning fine-tunes it unless told otherwise. */
    chatModelName: z.string().trim().max(253).default(''),
    chatModelVersion: z.string().trim().max(253).default(''),
    embeddingDeploymentName: name(),
    cosmosEndpoint: httpsUrl(),
    cosmosDatabaseName: name().default('mcpdb'),
    lightningDatabaseName: name().default('agent_rl'),
    searchEndpoint: httpsUrl(),
    searchIndexName: name().default('task-instructions'),
    storageAccountUrl: httpsUrl(),
    snippetsContainerName: name().default('snippets'),
    ontologyContainerName: name().default('ontologies'),
    lightningDatasetContainerName: name().default('lightning-datasets'),
    fabricEnabled: z.boolean().default(false),
    lightningCaptureEnabled: z.boolean().default(false),
    useTunedModel: z.boolean().default(false),
    lightningAgentId: name().default('mcp-agents'),
    logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
  })
  .superRefine((v, ctx) => {
    if (v.maxReplicas < v.replicas) {
      ctx.addIssue({ code: 'custom', path: ['maxReplicas'], message: `must be at least replicas (${v.replicas})` });
    }
  });

/** What callers pass (defaults optional). */
export type ManifestValuesInput = z.input<typeof manifestValuesSchema>;
/** Validated values with defaults applied. */
export type ManifestValues = z.output<typeof manifestValuesSchema>;

export class ManifestValuesError extends Error {
  override readonly name = 'ManifestValuesError';
  constructor(readonly fields: string[], message: string) {
    super(message);
  }
}

export function parseManifestValues(input: unknown): ManifestValues {
  const result = manifestValuesSchema.safeParse(input);
  if (result.success) return result.data;
  const fields = [...new Set(result.error.issues.map((i) => i.path.join('.') || '(values)'))];
  const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(values)'}: ${i.message}`);
  throw new ManifestValuesError(fields, `Invalid manifest values:\n${lines.join('\n')}`);
}
