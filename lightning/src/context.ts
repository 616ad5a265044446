import type { ChatModel, Logger } from '@mcp-aks/core';
import type { LightningStore } from './store';

/** What every command needs: the store, the configured agent id, a logger, and optional progress output. */
export interface CommandContext {
  store: LightningStore;
  agentId: string;
  logger: Logger;
  /** Short human-readable progress lines (the CLI prints them to stderr). */
  progress?: (message: string) => void;
  /** For the LLM judge. */
  model?: ChatModel;
  now?: () => Date;
}

export const nowIso = (ctx: CommandContext) => (ctx.now ? ctx.now() : new Date()).toISOString();
