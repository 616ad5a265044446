import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

export interface UploadedFile {
  id: string;
  filename: string;
  purpose: string;
  content: string;
}

/**
 * An OpenAI-compatible stand-in on 127.0.0.1: chat completions, files and fine-tuning jobs, shaped
 * like the service's documented responses. It records every request for the tests to assert, and
 * plays a scripted sequence of job states (paused included).
 */
export async function startOpenAIStandIn(
  options: {
    prefix?: string;
    jobStates?: string[];
    /** The model a succeeded job reports; a list gives the n-th job the n-th name. */
    fineTunedModel?: string | string[];
    failFile?: boolean;
    /** Answers chat completions for the models the test cares about (undefined: the default answer). */
    chat?: (request: { model: string; messages: { role: string; content: string }[] }) => string | undefined;
    /**
     * The result file of a succeeded job: a CSV like the one the service writes (Azure OpenAI,
     * "Analyze your customized model": step, train_loss, train_mean_token_accuracy, valid_loss,
     * validation_mean_token_accuracy), served at GET /files/{id}/content.
     */
    resultCsv?: string;
  } = {},
) {
  const prefix = options.prefix ?? '/v1';
  const requests: RecordedRequest[] = [];
  const files = new Map<string, UploadedFile & { polls: number }>();
  /** Ids of files deleted through DELETE /files/{id} (kept in `files` for the tests to read). */
  const deleted = new Set<string>();
  const jobs = new Map<string, { body: Record<string, unknown>; polls: number; created: number }>();
  const states = options.jobStates ?? ['queued', 'running', 'paused', 'running', 'succeeded'];
  const fineTunedModels = [options.fineTunedModel ?? 'gpt-4.1-mini-2025-04-14.ft-standin'].flat();
  const modelOf = (id: string) => fineTunedModels[Math.min(Number(id.split('-').at(-1)) - 1, fineTunedModels.length - 1)] as string;

  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': `req_${requests.length}` });
    res.end(JSON.stringify(body));
  };

  const jobView = (id: string) => {
    const job = jobs.get(id)!;
    const status = job.polls === 0 ? 'validating_files' : (states[Math.min(job.polls - 1, states.length - 1)] as string);
    return {
      object: 'fine_tuning.job',
      id,
      model: job.body.model,
      created_at: job.created,
      finished_at: status === 'succeeded' ? job.created + 60 : null,
      fine_tuned_model: status === 'succeeded' ? modelOf(id) : null,
      organization_id: 'org-standin',
      result_files: status === 'succeeded' && options.resultCsv !== undefined ? [`file-result-${id}`] : [],
      status,
      validation_file: job.body.validation_file ?? null,
      training_file: job.body.training_file,
      hyperparameters: { n_epochs: 'auto', batch_size: 'auto', learning_rate_multiplier: 'auto' },
      trained_tokens: status === 'succeeded' ? 1234 : null,
      error: status === 'failed' ? { code: 'invalid_training_file', message: 'The training file is not valid.', param: 'training_file' } : null,
      seed: job.body.seed ?? 42,
      method: job.body.method,
    };
  };

  const handle = (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ method: req.method ?? '', path: url.pathname, query: url.searchParams, headers: req.headers, body });
    if (!url.pathname.startsWith(prefix)) return send(res, 404, { error: { message: 'not found' } });
    const path = url.pathname.slice(prefix.length);
    if (req.method === 'POST' && path === '/chat/completions') {
      const request = JSON.parse(body.toString('utf8')) as { model: string; messages: { role: string; content: string }[] };
      const last = request.messages.at(-1)?.content ?? '';
      const judging = request.messages[0]?.content.startsWith('You grade');
      const verdict = last.includes('garbled') ? 'I think it is fine.' : JSON.stringify({ score: last.includes('wrong') ? -1 : 0.8, reason: 'graded by the stand-in' });
      const content = options.chat?.(request) ?? (judging ? verdict : last.startsWith('Task:') ? '1. Check the deployment\n2. Scale it\n3. Verify the rollout' : `Answer to: ${last.slice(0, 200)}`);
      return send(res, 200, {
        id: `chatcmpl-${requests.length}`,
        object: 'chat.completion',
        created: 1_760_000_000,
        model: request.model,
        choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop', logprobs: null }],
        usage: { prompt_tokens: 20, completion_tokens: 10, total_tokens: 30 },
      });
    }
    if (req.method === 'POST' && path === '/files') {
      const file = parseMultipart(req.headers['content-type'] ?? '', body);
      const id = `file-${files.size + 1}`;
      files.set(id, { id, filename: file.filename, purpose: file.fields.purpose ?? '', content: file.content, polls: 0 });
      return send(res, 200, { object: 'file', id, purpose: file.fields.purpose, filename: file.filename, bytes: Buffer.byteLength(file.content), created_at: 1_760_000_000, status: 'pending', status_details: null });
    }
    const contentMatch = /^\/files\/file-result-([^/]+)\/content$/.exec(path);
    if (req.method === 'GET' && contentMatch && options.resultCsv !== undefined) {
      // GET /files/{file_id}/content answers with the file's bytes.
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      return res.end(options.resultCsv);
    }
    const fileMatch = /^\/files\/([^/]+)$/.exec(path);
    if (req.method === 'DELETE' && fileMatch) {
      // DELETE /files/{file_id} answers with the deletion status
      // (https://platform.openai.com/docs/api-reference/files/delete; the same on Azure OpenAI's v1 API).
      const id = fileMatch[1]!;
      if (!files.has(id) || deleted.has(id)) return send(res, 404, { error: { message: `No such File object: ${id}`, type: 'invalid_request_error', param: 'id', code: null } });
      deleted.add(id);
      return send(res, 200, { id, object: 'file', deleted: true });
    }
    if (req.method === 'GET' && fileMatch) {
      const file = deleted.has(fileMatch[1]!) ? undefined : files.get(fileMatch[1]!);
      if (!file) return send(res, 404, { error: { message: 'no such file' } });
      file.polls++;
      const status = options.failFile ? 'error' : file.polls > 1 ? 'processed' : 'pending';
      return send(res, 200, { object: 'file', id: file.id, purpose: file.purpose, filename: file.filename, bytes: Buffer.byteLength(file.content), created_at: 1_760_000_000, status, status_details: options.failFile ? 'Invalid file format: line 3 is not JSON' : null });
    }
    if (req.method === 'POST' && path === '/fine_tuning/jobs') {
      const id = `ftjob-${jobs.size + 1}`;
      jobs.set(id, { body: JSON.parse(body.toString('utf8')) as Record<string, unknown>, polls: 0, created: 1_760_000_000 });
      return send(res, 200, jobView(id));
    }
    const jobMatch = /^\/fine_tuning\/jobs\/([^/]+)(\/events)?$/.exec(path);
    if (req.method === 'GET' && jobMatch && jobs.has(jobMatch[1]!)) {
      const id = jobMatch[1]!;
      const job = jobs.get(id)!;
      if (!jobMatch[2]) {
        job.polls++;
        return send(res, 200, jobView(id));
      }
      // Newest first, one event per state reached so far.
      const reached = ['validating_files', ...states.slice(0, job.polls)];
      const data = reached.map((state, i) => ({ object: 'fine_tuning.job.event', id: `ftevent-${id}-${i}`, created_at: job.created + i, level: state === 'failed' ? 'error' : 'info', message: `Job entered ${state}`, type: 'message' })).reverse();
      return send(res, 200, { object: 'list', data, has_more: false });
    }
    return send(res, 404, { error: { message: `no route for ${req.method} ${url.pathname}` } });
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    baseURL: `http://127.0.0.1:${port}${prefix}/`,
    port,
    requests,
    files,
    deleted,
    jobs,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function parseMultipart(contentType: string, body: Buffer): { fields: Record<string, string>; filename: string; content: string } {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  if (!boundary) throw new Error(`not multipart: ${contentType}`);
  const marker = `--${boundary[1] ?? boundary[2]}`;
  const fields: Record<string, string> = {};
  let filename = '';
  let content = '';
  for (const part of body.toString('utf8').split(marker)) {
    const split = part.indexOf('\r\n\r\n');
    if (split === -1) continue;
    const head = part.slice(0, split);
    const value = part.slice(split + 4).replace(/\r\n$/, '');
    const name = /name="([^"]+)"/.exec(head)?.[1];
    const file = /filename="([^"]*)"/.exec(head)?.[1];
    if (file !== undefined) {
      filename = file;
      content = value;
    } else if (name) fields[name] = value;
  }
  return { fields, filename, content };
}
