import type { OpenAI } from 'openai';
import type { ChatCompletionCreateParamsNonStreaming, ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { AppError, notConfigured, silentLogger, type ChatModel, type ChatMessage, type ChatRequest, type ChatResponse, type Logger, type ModelCallRecord, type ModelSelector } from '@mcp-aks/core';
import { ModelCallError, modelError } from './model-errors';

export type ModelProvider = 'azure-openai' | 'openai-compatible';

export interface OpenAIChatModelOptions {
  client: OpenAI;
  provider: ModelProvider;
  /** The base deployment (Azure) or model name (compatible endpoints). */
  model: string;
  timeoutMs: number;
  selector?: ModelSelector;
  logger?: Logger;
  /** Values that must never appear in errors or logs (the API key of a compatible endpoint). */
  secrets?: string[];
}

/** The request body for chat.completions.create: a pure function of the provider, the model and the request. */
export function buildChatParams(provider: ModelProvider, model: string, request: ChatRequest): ChatCompletionCreateParamsNonStreaming {
  const params: ChatCompletionCreateParamsNonStreaming = { model, messages: request.messages.map(toOpenAIMessage) };
  if (request.temperature !== undefined) params.temperature = request.temperature;
  if (request.maxTokens !== undefined) {
    // Azure's v1 endpoint wants max_completion_tokens (reasoning models refuse max_tokens); local
    // servers (Ollama, older vLLM) only know max_tokens.
    if (provider === 'azure-openai') params.max_completion_tokens = request.maxTokens;
    else params.max_tokens = request.maxTokens;
  }
  return params;
}

function toOpenAIMessage(message: ChatMessage): ChatCompletionMessageParam {
  switch (message.role) {
    case 'system':
      return { role: 'system', content: message.content, ...(message.name ? { name: message.name } : {}) };
    case 'user':
      return { role: 'user', content: message.content, ...(message.name ? { name: message.name } : {}) };
    case 'assistant':
      return { role: 'assistant', content: message.content, ...(message.tool_calls?.length ? { tool_calls: message.tool_calls } : {}) };
    case 'tool':
      return { role: 'tool', content: message.content, tool_call_id: message.tool_call_id ?? '' };
  }
}

interface Choice {
  model: string;
  tuned: boolean;
  /** Where the choice came from: a fallback to the base model is only worth it for a selector's choice or an override. */
  source: 'request' | 'selector' | 'base';
}

/**
 * Chat completions through the openai package: Azure AI Foundry / Azure OpenAI (v1 endpoint, Entra
 * token, deployment name as model) or any OpenAI-compatible server.
 */
export class OpenAIChatModel implements ChatModel {
  readonly provider: ModelProvider;
  readonly defaultModel: string;
  private readonly logger: Logger;

  constructor(private readonly options: OpenAIChatModelOptions) {
    this.provider = options.provider;
    this.defaultModel = options.model;
    this.logger = options.logger ?? silentLogger;
  }

  private async choose(request: ChatRequest): Promise<Choice> {
    if (request.model && request.model !== this.defaultModel) return { model: request.model, tuned: true, source: 'request' };
    if (request.model) return { model: request.model, tuned: false, source: 'base' };
    if (this.options.selector) {
      try {
        const selected = await this.options.selector.select();
        if (selected && selected.model !== this.defaultModel) return { model: selected.model, tuned: selected.tuned, source: 'selector' };
      } catch (err) {
        this.logger.warn({ err }, 'model selector failed; using the base model');
      }
    }
    return { model: this.defaultModel, tuned: false, source: 'base' };
  }

  async complete(request: ChatRequest): Promise<ChatResponse> {
    const choice = await this.choose(request);
    try {
      return await this.call(choice, request);
    } catch (error) {
      if (choice.source === 'base' || request.signal?.aborted || !(error instanceof ModelCallError)) throw error;
      this.logger.warn({ model: choice.model, baseModel: this.defaultModel, code: error.code, reason: error.message }, 'tuned model failed; falling back to the base model');
      try {
        this.options.selector?.reportFailure?.(choice.model, error);
      } catch {
        // a selector's bookkeeping must not fail the call
      }
      return this.call({ model: this.defaultModel, tuned: false, source: 'base' }, request);
    }
  }

  private async call(choice: Choice, request: ChatRequest): Promise<ChatResponse> {
    const params = buildChatParams(this.provider, choice.model, request);
    const base: Omit<ModelCallRecord, 'latencyMs'> = {
      provider: this.provider,
      model: choice.model,
      ...(this.provider === 'azure-openai' ? { deployment: choice.model } : {}),
      tuned: choice.tuned,
      request: {
        messages: request.messages,
        ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
        ...(request.maxTokens !== undefined ? { maxTokens: request.maxTokens } : {}),
      },
    };
    const started = performance.now();
    try {
      const completion = await this.options.client.chat.completions.create(params, {
        timeout: this.options.timeoutMs,
        ...(request.signal ? { signal: request.signal } : {}),
      });
      const latencyMs = Math.round(performance.now() - started);
      const first = completion.choices[0];
      const content = first?.message?.content ?? '';
      const toolCalls = first?.message?.tool_calls;
      const usage = completion.usage
        ? { promptTokens: completion.usage.prompt_tokens, completionTokens: completion.usage.completion_tokens, totalTokens: completion.usage.total_tokens }
        : undefined;
      const finishReason = first?.finish_reason ?? undefined;
      const record: ModelCallRecord = {
        ...base,
        response: { content, ...(toolCalls?.length ? { toolCalls } : {}), ...(finishReason ? { finishReason } : {}) },
        ...(usage ? { usage } : {}),
        latencyMs,
      };
      if (!first) throw new ModelCallError(new AppError('upstream', `The model endpoint returned no choices for model ${choice.model}`), { ...record, error: 'no choices' });
      return { content, ...(finishReason ? { finishReason } : {}), model: completion.model || choice.model, ...(usage ? { usage } : {}), record };
    } catch (error) {
      if (error instanceof ModelCallError) throw error;
      const appError = modelError(error, { model: choice.model, timeoutMs: this.options.timeoutMs, secrets: this.options.secrets ?? [] });
      throw new ModelCallError(appError, { ...base, latencyMs: Math.round(performance.now() - started), error: appError.message });
    }
  }

  /** Lists models with a short timeout: proves the endpoint answers and the credential is accepted. */
  async ping(): Promise<void> {
    try {
      await this.options.client.models.list({ timeout: Math.min(this.options.timeoutMs, 5000), maxRetries: 0 });
    } catch (error) {
      throw modelError(error, { model: this.defaultModel, timeoutMs: Math.min(this.options.timeoutMs, 5000), secrets: this.options.secrets ?? [] });
    }
  }
}

export const MODEL_VARIABLES_HINT =
  'No model is configured. Set FOUNDRY_PROJECT_ENDPOINT and FOUNDRY_MODEL_DEPLOYMENT_NAME (Azure AI Foundry / Azure OpenAI), or OPENAI_BASE_URL and OPENAI_MODEL (any OpenAI-compatible endpoint such as Ollama, vLLM or LM Studio).';

/** The model when none is configured: the server runs, and model-backed tools say what to set. */
export class UnconfiguredChatModel implements ChatModel {
  readonly provider = 'none';
  readonly defaultModel = '';
  constructor(private readonly message: string = MODEL_VARIABLES_HINT) {}
  complete(): Promise<ChatResponse> {
    return Promise.reject(notConfigured(this.message));
  }
  /** Not a failure of the server: it is ready without a model. */
  ping(): Promise<void> {
    return Promise.resolve();
  }
}
