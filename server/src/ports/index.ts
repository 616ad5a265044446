export * from './blob-store';
export * from './search-index';
export type { ChatModel, ChatRequest, ChatResponse, ModelSelector } from '@mcp-aks/core';
