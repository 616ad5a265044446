import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown> | undefined;
}

export type Reply = { status: number; body: unknown; delayMs?: number };

/**
 * A tiny OpenAI-compatible server on 127.0.0.1: records every request and answers with the shapes the
 * OpenAI API documents (chat.completion objects, error objects, model lists, embeddings).
 */
export class OpenAIStandIn {
  readonly requests: RecordedRequest[] = [];
  /** Decides the reply for a chat completion; the default echoes the last user message. */
  chat: (body: Record<string, unknown>) => Reply = (body) => ({ status: 200, body: chatCompletion(String(body.model), `echo: ${lastUserMessage(body)}`) });
  embeddings: (body: Record<string, unknown>) => Reply = (body) => {
    const inputs = Array.isArray(body.input) ? body.input : [body.input];
    return {
      status: 200,
      body: {
        object: 'list',
        model: body.model,
        data: inputs.map((text, index) => ({ object: 'embedding', index, embedding: fakeEmbedding(String(text)) })),
        usage: { prompt_tokens: inputs.length, total_tokens: inputs.length },
      },
    };
  };
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
    return this;
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
    const path = req.url ?? '';
    this.requests.push({ method: req.method ?? '', path, headers: req.headers, body });
    let reply: Reply;
    if (req.method === 'POST' && path.endsWith('/chat/completions')) reply = this.chat(body ?? {});
    else if (req.method === 'POST' && path.endsWith('/embeddings')) reply = this.embeddings(body ?? {});
    else if (req.method === 'GET' && path.endsWith('/models')) reply = { status: 200, body: { object: 'list', data: [{ id: 'stand-in', object: 'model', created: 0, owned_by: 'test' }] } };
    else reply = { status: 404, body: { error: { message: `no route ${req.method} ${path}`, type: 'invalid_request_error', code: 'not_found' } } };
    if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
    if (res.destroyed) return;
    res.writeHead(reply.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(reply.body));
  }
}

export function lastUserMessage(body: Record<string, unknown>): string {
  const messages = (body.messages ?? []) as { role: string; content: string }[];
  return [...messages].reverse().find((m) => m.role === 'user')?.content ?? '';
}

export function chatCompletion(model: string, content: string) {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_700_000_000,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: 'stop' }],
    usage: { prompt_tokens: 11, completion_tokens: 7, total_tokens: 18 },
  };
}

export const openAIError = (status: number, message: string, code: string) => ({
  status,
  body: { error: { message, type: status >= 500 ? 'server_error' : 'invalid_request_error', param: null, code } },
});

/** A deterministic 8-dimension vector from the text, so tests can assert it was sent as computed. */
export function fakeEmbedding(text: string): number[] {
  const v = Array.from({ length: 8 }, (_, i) => ((text.charCodeAt(i % Math.max(1, text.length)) || 0) % 17) / 17);
  return v;
}
