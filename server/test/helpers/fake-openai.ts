import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown> & { model?: string; messages?: { role: string; content: string }[] };
}

/**
 * An OpenAI-compatible chat endpoint on 127.0.0.1 (the shape Ollama, vLLM and LM Studio serve),
 * answering with a numbered plan built from the last user message, and recording every request.
 */
export async function startFakeOpenAI(options: { failWith?: number; delayMs?: number } = {}) {
  const requests: RecordedRequest[] = [];
  let failWith = options.failWith;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as RecordedRequest['body']) : {};
      requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });
      if (failWith) {
        res.writeHead(failWith, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ error: { message: 'model overloaded', type: 'server_error' } }));
      }
      if (!req.url?.endsWith('/chat/completions')) {
        res.writeHead(404, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ error: { message: 'not found' } }));
      }
      if (options.delayMs) {
        setTimeout(() => answer(res, body), options.delayMs);
        return;
      }
      answer(res, body);
    });
  });
  const answer = (res: ServerResponse, body: RecordedRequest['body']) => {
      const last = body.messages?.at(-1)?.content ?? '';
      const content = last.startsWith('Task:') ? '1. Check the deployment status\n2. Roll back to the previous revision\n3. Tell the team' : `Answer to: ${last}`;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id: `chatcmpl-${requests.length}`,
          object: 'chat.completion',
          created: Math.floor(Date.now() / 1000),
          model: body.model ?? 'unknown',
          choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 12, completion_tokens: 8, total_tokens: 20 },
        }),
      );
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    setFailure(status: number | undefined) {
      failWith = status;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
