import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer, connect } from 'node:net';
import { fileURLToPath } from 'node:url';

/** Azurite's documented development account (public, fixed; not a secret). */
const ACCOUNT = 'devstoreaccount1';
const ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface AzuriteBlob {
  connectionString: string;
  /** The account URL for token (OAuth) access; https when started with `oauth`. */
  accountUrl: string;
  port: number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Starts Azurite's blob service in memory on a free loopback port; resolves once it accepts connections. */
export async function startAzuriteBlob(options: { oauth?: boolean } = {}): Promise<AzuriteBlob> {
  const script = createRequire(import.meta.url).resolve('azurite/dist/src/blob/main.js');
  // OAuth needs HTTPS: serve with the loopback test certificate and accept (unsigned) Entra-shaped tokens.
  const fixtures = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
  const oauthArgs = options.oauth ? ['--oauth', 'basic', '--cert', fixtures('loopback-cert.pem'), '--key', fixtures('loopback-key.pem')] : [];
  const scheme = options.oauth ? 'https' : 'http';
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freePort();
    const child: ChildProcess = spawn(
      process.execPath,
      [script, '--blobHost', '127.0.0.1', '--blobPort', String(port), '--inMemoryPersistence', '--skipApiVersionCheck', '--silent', '--disableTelemetry', '--loose', ...oauthArgs],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && child.exitCode === null) {
      if (await canConnect(port)) {
        return {
          port,
          connectionString: `DefaultEndpointsProtocol=${scheme};AccountName=${ACCOUNT};AccountKey=${ACCOUNT_KEY};BlobEndpoint=${scheme}://127.0.0.1:${port}/${ACCOUNT};`,
          accountUrl: `${scheme}://127.0.0.1:${port}/${ACCOUNT}`,
          stop: () => stopChild(child),
        };
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    await stopChild(child);
    if (attempt === 3) throw new Error(`Azurite did not start: ${output.slice(-2000)}`);
  }
  throw new Error('unreachable');
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
