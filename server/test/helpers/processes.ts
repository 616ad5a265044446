import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

export const SERVER_BUNDLE = fileURLToPath(new URL('../../dist/main.mjs', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  port: number;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts the bundled server (server/dist/main.mjs, built by the test setup) as its own process. */
export async function spawnServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [SERVER_BUNDLE], {
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', RATE_LIMIT_RPS: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL'); // never leave a half-started server behind
      reject(new Error(`server did not start within 20 s:\n${output}`));
    }, 20_000);
    const onData = () => {
      const match = /"url":"(http:\/\/[^"]+)"/.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    child,
    url,
    port: Number(new URL(url).port),
    output: () => output,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode !== null) return child.exitCode;
      child.kill(signal);
      const [code] = (await once(child, 'exit')) as [number | null];
      return code;
    },
  };
}

/**
 * A plain round-robin HTTP load balancer: every request goes to the next backend, with no session
 * affinity (what APIM in front of an Azure LoadBalancer gives). Streams both ways, so SSE passes.
 */
export async function startRoundRobinProxy(backends: number[]) {
  let next = 0;
  const hits = backends.map(() => 0);
  const server: Server = createServer((req, res) => {
    const index = next++ % backends.length;
    hits[index]!++;
    const upstream = httpRequest({ host: '127.0.0.1', port: backends[index], method: req.method, path: req.url, headers: { ...req.headers, host: `127.0.0.1:${backends[index]}` } }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Three server processes sharing one temporary DATA_DIR behind a round-robin balancer. */
export async function startReplicaSet(prefix: string, env: Record<string, string> = {}) {
  const dataDir = await mkdtemp(join(tmpdir(), prefix));
  const replicas = await Promise.all([0, 1, 2].map(() => spawnServer({ DATA_DIR: dataDir, ...env })));
  const proxy = await startRoundRobinProxy(replicas.map((r) => r.port));
  return {
    proxy,
    replicas,
    close: async () => {
      await proxy.close();
      await Promise.all(replicas.map((r) => r.stop()));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export type ReplicaSet = Awaited<ReturnType<typeof startReplicaSet>>;
