import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOpenAIClient, isAppError, loadServerEnv, silentLogger, type Logger, type ModelSelector } from '@mcp-aks/core';
import { createAdapters } from '../../src/adapters';
import { ModelCallError, redact } from '../../src/adapters/model/model-errors';
import { buildChatParams, OpenAIChatModel, UnconfiguredChatModel } from '../../src/adapters/model/openai-chat-model';
import { captureLogger, fakeCredential } from './support/fakes';
import { chatCompletion, OpenAIStandIn, openAIError } from './support/openai-stand-in';

let server: OpenAIStandIn;
let dataDir: string;
beforeAll(async () => {
  server = await new OpenAIStandIn().start();
  dataDir = await mkdtemp(join(tmpdir(), 'chat-model-'));
});
afterAll(async () => {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
});
beforeEach(() => {
  server.requests.length = 0;
  server.chat = (body) => ({ status: 200, body: chatCompletion(String(body.model), 'the answer') });
});

const messages = [
  { role: 'system' as const, content: 'You are terse.' },
  { role: 'user' as const, content: 'What is 2+2?' },
];

function compatibleModel(options: { timeoutMs?: number; selector?: ModelSelector; logger?: Logger; apiKey?: string } = {}) {
  const apiKey = options.apiKey ?? 'sk-test-compatible-key-123';
  return new OpenAIChatModel({
    client: createOpenAIClient({ kind: 'compatible', baseURL: `${server.origin}/v1`, apiKey }, { maxRetries: 0, timeoutMs: options.timeoutMs ?? 5000 }),
    provider: 'openai-compatible',
    model: 'llama3.2',
    timeoutMs: options.timeoutMs ?? 5000,
    secrets: [apiKey],
    ...(options.selector ? { selector: options.selector } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  });
}

describe('OpenAI-compatible endpoint', () => {
  it('sends the chat completion with the API key and returns a full record', async () => {
    const model = compatibleModel();
    const response = await model.complete({ messages, temperature: 0.2, maxTokens: 50 });

    expect(server.requests).toHaveLength(1);
    const request = server.requests[0]!;
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/v1/chat/completions');
    expect(request.headers.authorization).toBe('Bearer sk-test-compatible-key-123');
    expect(request.body).toEqual({ model: 'llama3.2', messages, temperature: 0.2, max_tokens: 50 });

    expect(response).toMatchObject({ content: 'the answer', finishReason: 'stop', model: 'llama3.2', usage: { promptTokens: 11, completionTokens: 7, totalTokens: 18 } });
    expect(response.record).toMatchObject({
      provider: 'openai-compatible',
      model: 'llama3.2',
      tuned: false,
      request: { messages, temperature: 0.2, maxTokens: 50 },
      response: { content: 'the answer', finishReason: 'stop' },
      usage: { promptTokens: 11, completionTokens: 7, totalTokens: 18 },
    });
    expect(response.record.latencyMs).toBeGreaterThanOrEqual(0);
    expect(response.record.error).toBeUndefined();
  });

  it('honours a model override and marks the call tuned', async () => {
    const response = await compatibleModel().complete({ messages, model: 'llama3.2-ft-001' });
    expect(server.requests[0]?.body?.model).toBe('llama3.2-ft-001');
    expect(response.record).toMatchObject({ model: 'llama3.2-ft-001', tuned: true });
  });

  it('maps an error answer to upstream with the status and a short reason, never the key', async () => {
    server.chat = () => openAIError(401, 'Incorrect API key provided: sk-test-compatible-key-123. Find your key at ...', 'invalid_api_key');
    const error = await compatibleModel()
      .complete({ messages })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelCallError);
    const failure = error as ModelCallError;
    expect(failure.code).toBe('upstream');
    expect(failure.message).toContain('401');
    expect(failure.message).toContain('Incorrect API key provided');
    expect(failure.message).not.toContain('sk-test-compatible-key-123');
    expect(failure.record).toMatchObject({ provider: 'openai-compatible', model: 'llama3.2', tuned: false });
    expect(failure.record.error).toBe(failure.message);
  });

  it('maps a timeout to unavailable', async () => {
    server.chat = (body) => ({ status: 200, body: chatCompletion(String(body.model), 'late'), delayMs: 1500 });
    const error = await compatibleModel({ timeoutMs: 300 })
      .complete({ messages })
      .catch((e: unknown) => e);
    expect(isAppError(error, 'unavailable')).toBe(true);
    expect((error as Error).message).toContain('300 ms');
  });

  it('maps an unreachable endpoint to unavailable', async () => {
    const model = new OpenAIChatModel({
      client: createOpenAIClient({ kind: 'compatible', baseURL: 'http://127.0.0.1:1/v1' }, { maxRetries: 0 }),
      provider: 'openai-compatible',
      model: 'm',
      timeoutMs: 2000,
    });
    const error = await model.complete({ messages }).catch((e: unknown) => e);
    expect(isAppError(error, 'unavailable')).toBe(true);
    expect((error as Error).message).toContain('could not be reached');
  });

  it('falls back to the base model when the selected tuned model fails, and tells the selector', async () => {
    server.chat = (body) =>
      body.model === 'llama3.2-ft-broken' ? openAIError(404, 'The model llama3.2-ft-broken does not exist', 'model_not_found') : { status: 200, body: chatCompletion(String(body.model), 'from base') };
    const failures: string[] = [];
    const selector: ModelSelector = {
      select: () => Promise.resolve({ model: 'llama3.2-ft-broken', tuned: true }),
      reportFailure: (model) => failures.push(model),
    };
    const { logger, lines } = captureLogger();
    const response = await compatibleModel({ selector, logger }).complete({ messages });
    expect(server.requests.map((r) => r.body?.model)).toEqual(['llama3.2-ft-broken', 'llama3.2']);
    expect(response).toMatchObject({ content: 'from base', record: { model: 'llama3.2', tuned: false } });
    expect(failures).toEqual(['llama3.2-ft-broken']);
    logger.flush();
    await new Promise((r) => setTimeout(r, 20));
    expect(lines().find((l) => l.msg === 'tuned model failed; falling back to the base model')).toMatchObject({ level: 'warn', model: 'llama3.2-ft-broken' });
  });

  it('uses the selected tuned model when it works', async () => {
    const selector: ModelSelector = { select: () => Promise.resolve({ model: 'llama3.2-ft-good', tuned: true }) };
    const response = await compatibleModel({ selector }).complete({ messages });
    expect(server.requests.map((r) => r.body?.model)).toEqual(['llama3.2-ft-good']);
    expect(response.record).toMatchObject({ model: 'llama3.2-ft-good', tuned: true });
  });

  it('pings by listing models', async () => {
    await compatibleModel().ping();
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/models']);
  });
});

describe('Azure AI Foundry / Azure OpenAI through createAdapters', () => {
  it('calls {endpoint}/openai/v1/chat/completions with an Entra token and the deployment as model', async () => {
    const credential = fakeCredential('entra-token-abc');
    const env = loadServerEnv({
      DATA_DIR: dataDir,
      FOUNDRY_PROJECT_ENDPOINT: `${server.origin}/api/projects/proj1`,
      FOUNDRY_MODEL_DEPLOYMENT_NAME: 'gpt-4o-mini',
    });
    const adapters = await createAdapters(env, { logger: silentLogger, credential: () => credential, seed: false });
    expect(adapters.modelConfigured).toBe(true);
    expect(adapters.model).toMatchObject({ provider: 'azure-openai', defaultModel: 'gpt-4o-mini' });

    const response = await adapters.model.complete({ messages, maxTokens: 64 });
    const request = server.requests[0]!;
    expect(request.path).toBe('/openai/v1/chat/completions');
    expect(request.headers.authorization).toBe('Bearer entra-token-abc');
    expect(request.body).toEqual({ model: 'gpt-4o-mini', messages, max_completion_tokens: 64 });
    expect(credential.scopes[0]).toEqual(['https://cognitiveservices.azure.com/.default']);
    expect(response.record).toMatchObject({ provider: 'azure-openai', model: 'gpt-4o-mini', deployment: 'gpt-4o-mini', tuned: false });
    await adapters.close();
  });

  it('uses an OpenAI-compatible endpoint from OPENAI_BASE_URL/OPENAI_MODEL/OPENAI_API_KEY', async () => {
    const env = loadServerEnv({ DATA_DIR: dataDir, OPENAI_BASE_URL: `${server.origin}/v1`, OPENAI_MODEL: 'qwen2.5', OPENAI_API_KEY: 'local-key' });
    const adapters = await createAdapters(env, {
      logger: silentLogger,
      credential: () => {
        throw new Error('no Azure credential is needed');
      },
      seed: false,
    });
    await adapters.model.complete({ messages });
    expect(server.requests[0]).toMatchObject({ path: '/v1/chat/completions', headers: { authorization: 'Bearer local-key' }, body: { model: 'qwen2.5' } });
  });
});

describe('no model configured', () => {
  it('throws not_configured naming the variables to set, and still pings', async () => {
    const adapters = await createAdapters(loadServerEnv({ DATA_DIR: dataDir }), { logger: silentLogger, credential: () => fakeCredential(), seed: false });
    expect(adapters.modelConfigured).toBe(false);
    await expect(adapters.model.ping()).resolves.toBeUndefined();
    const error = await adapters.model.complete({ messages }).catch((e: unknown) => e);
    expect(isAppError(error, 'not_configured')).toBe(true);
    for (const name of ['FOUNDRY_PROJECT_ENDPOINT', 'FOUNDRY_MODEL_DEPLOYMENT_NAME', 'OPENAI_BASE_URL', 'OPENAI_MODEL']) expect((error as Error).message).toContain(name);
  });

  it('names the missing deployment when only the endpoint is set', async () => {
    const env = loadServerEnv({ DATA_DIR: dataDir, FOUNDRY_PROJECT_ENDPOINT: 'https://res.services.ai.azure.com/api/projects/p' });
    const adapters = await createAdapters(env, { logger: silentLogger, credential: () => fakeCredential(), seed: false });
    expect(adapters.modelConfigured).toBe(false);
    await expect(adapters.model.complete({ messages })).rejects.toThrow(/FOUNDRY_MODEL_DEPLOYMENT_NAME/);
    expect(new UnconfiguredChatModel().provider).toBe('none');
  });
});

describe('pure pieces', () => {
  it('builds max_completion_tokens for Azure and max_tokens elsewhere', () => {
    expect(buildChatParams('azure-openai', 'd', { messages: [], maxTokens: 5 })).toEqual({ model: 'd', messages: [], max_completion_tokens: 5 });
    expect(buildChatParams('openai-compatible', 'm', { messages: [], maxTokens: 5, temperature: 0 })).toEqual({ model: 'm', messages: [], max_tokens: 5, temperature: 0 });
  });

  it('redacts keys and tokens', () => {
    expect(redact('key sk-abcdefghijklmnop and Bearer eyJa.b.c and custom-secret', ['custom-secret'])).toBe('key [redacted] and [redacted] and [redacted]');
  });
});
