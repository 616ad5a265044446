import { chmodSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export interface FakeAzureCli {
  /** Put this folder first on PATH. */
  binDir: string;
  /** The argument lists `az` was called with, in order. */
  calls(): string[][];
  /** The access token the next `az account get-access-token` answers with. */
  setToken(token: string): void;
}

/**
 * An `az` on PATH that answers `az account get-access-token` the way the Azure CLI does (the JSON
 * AzureCliCredential parses), so the actions' laptop sign-in path runs for real in tests.
 */
export function installFakeAzureCli(dir: string, options: { token?: string; expiresInSeconds?: number } = {}): FakeAzureCli {
  const binDir = join(dir, 'bin');
  mkdirSync(binDir, { recursive: true });
  const log = join(dir, 'az-calls.jsonl');
  const tokenFile = join(dir, 'az-token');
  writeFileSync(tokenFile, options.token ?? 'test-access-token');
  const script = `#!/usr/bin/env node
const fs = require('node:fs');
const args = process.argv.slice(2);
fs.appendFileSync(${JSON.stringify(log)}, JSON.stringify(args) + '\\n');
if (args[0] !== 'account' || args[1] !== 'get-access-token') {
  process.stderr.write('fake az: unsupported command ' + args.join(' ') + '\\n');
  process.exit(2);
}
const expires = Math.floor(Date.now() / 1000) + ${options.expiresInSeconds ?? 3600};
process.stdout.write(JSON.stringify({
  accessToken: fs.readFileSync(${JSON.stringify(tokenFile)}, 'utf8'),
  expiresOn: new Date(expires * 1000).toISOString().replace('T', ' ').slice(0, 19),
  expires_on: expires,
  subscription: '00000000-0000-0000-0000-000000000000',
  tenant: '11111111-1111-1111-1111-111111111111',
  tokenType: 'Bearer',
}));
`;
  const path = join(binDir, 'az');
  writeFileSync(path, script);
  chmodSync(path, 0o755);
  return {
    binDir,
    setToken: (token) => writeFileSync(tokenFile, token),
    calls: () =>
      existsSync(log)
        ? readFileSync(log, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((line) => JSON.parse(line) as string[])
        : [],
  };
}
