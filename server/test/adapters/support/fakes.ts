import { Writable } from 'node:stream';
import { createLogger, type Logger, type TokenCredential } from '@mcp-aks/core';

/** A credential that hands out a fixed token and remembers which scopes were asked for. */
export function fakeCredential(token = 'fake-entra-token'): TokenCredential & { scopes: string[][] } {
  const scopes: string[][] = [];
  return {
    scopes,
    getToken: (requested: string | string[]) => {
      scopes.push(Array.isArray(requested) ? requested : [requested]);
      return Promise.resolve({ token, expiresOnTimestamp: Date.now() + 3_600_000, tokenType: 'Bearer' });
    },
  };
}

/** A JSON logger whose lines can be inspected. */
export function captureLogger(): { logger: Logger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  const logger = createLogger({ name: 'test', level: 'debug', destination });
  return {
    logger,
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
