import { AppError } from './errors';
import type { ChatMessage, ModelCallRecord } from './tools';

export interface ChatRequest {
  messages: ChatMessage[];
  temperature?: number;
  maxTokens?: number;
  /** Overrides the configured deployment/model, e.g. with the active tuned deployment. */
  model?: string;
  signal?: AbortSignal;
}

export interface ChatResponse {
  content: string;
  finishReason?: string;
  model: string;
  usage?: { promptTokens: number; completionTokens: number; totalTokens: number };
  /** The exchange as Lightning records it. */
  record: ModelCallRecord;
}

export interface ChatModel {
  /** Provider and default model, for logs, readiness and episodes. */
  readonly provider: string;
  readonly defaultModel: string;
  complete(request: ChatRequest): Promise<ChatResponse>;
  ping(): Promise<void>;
}

/**
 * Chooses the model for each call: the base deployment, or the active tuned one when USE_TUNED_MODEL
 * is on (Lightning implements it). Returning undefined means the base deployment.
 */
export interface ModelSelector {
  select(): Promise<{ model: string; tuned: boolean } | undefined>;
  /** Reports that the selected tuned model failed, so the selector can fall back. */
  reportFailure?(model: string, error: unknown): void;
}

/** A failed model call: the AppError a tool reports, plus the exchange as Lightning records it. */
export class ModelCallError extends AppError {
  readonly record: ModelCallRecord;
  constructor(error: AppError, record: ModelCallRecord) {
    super(error.code, error.message, { cause: error.cause });
    this.name = 'ModelCallError';
    this.record = record;
  }
}
