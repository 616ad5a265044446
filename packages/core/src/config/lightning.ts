import type { z } from 'zod';
import { envBool, envInt, envOptionalString, envString, envUrl } from './env';

/** Lightning's environment variables (the seed's names), shared by the server, the CLI and the action. */
export const lightningEnvShape = {
  ENABLE_LIGHTNING_CAPTURE: envBool(false),
  /** Capture every tool call, not only the model-backed ones. */
  LIGHTNING_CAPTURE_ALL_TOOLS: envBool(false),
  USE_TUNED_MODEL: envBool(false),
  LIGHTNING_AGENT_ID: envString('mcp-agents'),
  COSMOS_ACCOUNT_URI: envUrl({ https: true }),
  COSMOS_DATABASE_NAME: envString('agent_rl'),
  /** Seconds between refreshes of the active tuned deployment. */
  TUNED_MODEL_REFRESH_SECONDS: envInt(60, 5, 86_400),
  LIGHTNING_DATASET_CONTAINER_NAME: envString('lightning-datasets'),
  LIGHTNING_SPOOL_DIR: envOptionalString(),
} satisfies z.ZodRawShape;
