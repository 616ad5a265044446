import type { OpenAI } from 'openai';
import type { ChatModel, ChatRequest, ChatResponse } from '@mcp-aks/core';

/**
 * A minimal ChatModel over the OpenAI client, for the CLI's LLM judge (the server hands Lightning its
 * own adapter instead).
 */
export class OpenAIChatModel implements ChatModel {
  readonly provider: string;
  constructor(
    private readonly client: OpenAI,
    readonly defaultModel: string,
    provider = 'openai',
  ) {
    this.provider = provider;
  }

  async complete(request: ChatRequest): Promise<ChatResponse> {
    const model = request.model ?? this.defaultModel;
    const started = performance.now();
    const completion = await this.client.chat.completions.create(
      {
        model,
        messages: request.messages.map((m) => ({ role: m.role, content: m.content }) as OpenAI.Chat.ChatCompletionMessageParam),
        ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
        ...(request.maxTokens !== undefined ? { max_tokens: request.maxTokens } : {}),
      },
      request.signal ? { signal: request.signal } : {},
    );
    const choice = completion.choices[0];
    const content = choice?.message?.content ?? '';
    const usage = completion.usage
      ? { promptTokens: completion.usage.prompt_tokens, completionTokens: completion.usage.completion_tokens, totalTokens: completion.usage.total_tokens }
      : undefined;
    return {
      content,
      ...(choice?.finish_reason ? { finishReason: choice.finish_reason } : {}),
      model: completion.model ?? model,
      ...(usage ? { usage } : {}),
      record: {
        provider: this.provider,
        model,
        tuned: false,
        request: { messages: request.messages },
        response: { content, ...(choice?.finish_reason ? { finishReason: choice.finish_reason } : {}) },
        ...(usage ? { usage } : {}),
        latencyMs: Math.round(performance.now() - started),
      },
    };
  }

  async ping(): Promise<void> {
    await this.client.models.list();
  }
}
