import { request } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger, type FileSystem, type Logger } from '@mcp-aks/core';
import { startServer, type RunningServer } from '../../src';

export interface TestServer extends RunningServer {
  dataDir: string;
}

/** The real server on 127.0.0.1 with a free port and its own temporary DATA_DIR. */
export async function startTestServer(env: Record<string, string | undefined> = {}, options: { logger?: Logger; fs?: FileSystem } = {}): Promise<TestServer> {
  const dataDir = env.DATA_DIR ?? (await mkdtemp(join(tmpdir(), 'mcp-test-')));
  const server = await startServer({
    env: { HOST: '127.0.0.1', PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', RATE_LIMIT_RPS: '0', SHUTDOWN_TIMEOUT_MS: '2000', ...env },
    logger: options.logger ?? silentLogger,
    defaultMetrics: false,
    ...(options.fs ? { fs: options.fs } : {}),
  });
  return {
    ...server,
    dataDir,
    close: async () => {
      await server.close();
      if (!env.DATA_DIR) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export const MCP_HEADERS = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };

/** One raw JSON-RPC POST; returns status, headers and the parsed body (JSON or the last SSE event). */
export async function rpc(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { ...MCP_HEADERS, ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await response.text();
  let json: unknown;
  if (response.headers.get('content-type')?.includes('text/event-stream')) {
    const events = text.split('\n').filter((l) => l.startsWith('data: ')).map((l) => JSON.parse(l.slice(6)) as unknown);
    json = events.at(-1);
  } else if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = text;
    }
  }
  return { status: response.status, headers: response.headers, body: json as Record<string, unknown> & { result?: Record<string, unknown>; error?: { code: number; message: string } } };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: () => Record<string, unknown> & { error?: { code: number; message: string } };
}

/**
 * One request through node:http, which (unlike fetch) sends any Host header and can bind a chosen
 * loopback source address (127.0.0.2, …) to stand for another client.
 */
export function rawRequest(url: string, options: { method?: string; path?: string; headers?: Record<string, string>; body?: string; localAddress?: string } = {}): Promise<RawResponse> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: target.hostname, port: target.port, method: options.method ?? 'POST', path: options.path ?? target.pathname, headers: options.headers ?? {}, agent: false, ...(options.localAddress ? { localAddress: options.localAddress } : {}) },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) as never });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
