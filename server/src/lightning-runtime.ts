import * as lightning from '@mcp-aks/lightning';
import type { AnyToolDefinition, ChatModel, Logger, ModelSelector, ServerEnv, TokenCredential, ToolCallObserver } from '@mcp-aks/core';

interface LightningRuntime {
  tools: AnyToolDefinition[];
  observer?: ToolCallObserver;
  modelSelector?: ModelSelector;
  ping?(): Promise<void>;
  close(): Promise<void>;
}
type Factory = (options: { env: ServerEnv; logger: Logger; credential?: () => TokenCredential; model?: ChatModel }) => Promise<LightningRuntime>;
const factory = (lightning as unknown as { createLightningRuntime?: Factory }).createLightningRuntime;
export const createLightningRuntime: Factory = factory ?? (async () => ({ tools: [], close: async () => {} }));
