import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { ConfigError, createLogger, isAppError, loadServerEnv, publicMessage } from '@mcp-aks/core';
import { openLightning } from '../session';
import { commands, type CliCommand } from './commands';
import { exitCodeFor, exitCodes } from './exit-codes';

const common = {
  json: { type: 'boolean' as const, help: 'Print the result as JSON on stdout.' },
  quiet: { type: 'boolean' as const, help: 'No progress output on stderr.' },
  help: { type: 'boolean' as const, help: 'Show this help.' },
};

function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: lightning <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `lightning <command> --help` for its options. Configuration comes from the environment',
    '(DATA_DIR, LIGHTNING_AGENT_ID, COSMOS_ACCOUNT_URI, FOUNDRY_PROJECT_ENDPOINT, OPENAI_BASE_URL, ...; see docs/AGENT-LIGHTNING.md).',
    '',
    'Exit codes: 0 ok, 1 failure, 2 bad usage, 3 not configured, 4 not found, 5 dataset not valid,',
    '            6 training failed or cancelled, 7 still running at --timeout, 8 service error,',
    '            9 the evaluation gate refused (evaluate, promote).',
  ].join('\n');
}

function commandHelp(command: (typeof commands)[number]): string {
  const flags: CliCommand['flags'] = { ...command.flags, ...common };
  const width = Math.max(...Object.keys(flags).map((f) => f.length + (flags[f]!.type === 'string' ? 8 : 0)));
  return [
    `Usage: lightning ${command.name}${command.name === 'list' ? ' <episodes|rewards|datasets|runs|deployments>' : command.name === 'eval-set' ? ' <add|list|show>' : ''} [options]`,
    '',
    command.summary,
    '',
    'Options:',
    ...Object.entries(flags).map(([name, f]) => `  --${(name + (f.type === 'string' ? ' <value>' : '')).padEnd(width)}  ${f.help}`),
  ].join('\n');
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
}

/** Runs the CLI; resolves with the exit code (never throws, never prints a stack trace). */
export async function main(argv: string[], io: CliIo = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), env: process.env }): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${usage()}\n`);
    return name ? exitCodes.ok : exitCodes.usage;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`lightning: unknown command "${name}"\n\n${usage()}\n`);
    return exitCodes.usage;
  }
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    const options = Object.fromEntries(Object.entries({ ...command.flags, ...common }).map(([k, f]) => [k, { type: f.type }]));
    ({ values, positionals } = parseArgs({ args: rest, options, strict: true, allowPositionals: command.name === 'list' || command.name === 'eval-set' }) as { values: Record<string, string | boolean | undefined>; positionals: string[] });
  } catch (error) {
    io.stderr(`lightning ${name}: ${(error as Error).message}\n\n${commandHelp(command)}\n`);
    return exitCodes.usage;
  }
  if (values.help) {
    io.stdout(`${commandHelp(command)}\n`);
    return exitCodes.ok;
  }
  if (positionals[0]) values._ = positionals[0];

  let session: Awaited<ReturnType<typeof openLightning>> | undefined;
  try {
    const env = loadServerEnv(io.env);
    const logger = createLogger({ name: 'lightning', level: env.LOG_LEVEL === 'info' ? 'warn' : env.LOG_LEVEL, destination: process.stderr });
    session = await openLightning(env, { logger, ...(values.quiet ? {} : { progress: (m: string) => io.stderr(`${m}\n`) }) });
    const { result, text, exitCode } = await command.run(session, values);
    io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : `${text}\n`);
    return exitCode;
  } catch (error) {
    if (error instanceof z.ZodError) {
      io.stderr(`lightning ${name}: invalid options: ${error.issues.map((i) => `${i.path.join('.') || 'options'}: ${i.message}`).join('; ')}\n`);
      return exitCodes.usage;
    }
    // Our errors and the services' errors carry a message meant for people; anything else is summarized.
    const message = isAppError(error) || error instanceof ConfigError || exitCodeFor(error) !== exitCodes.failure ? (error as Error).message : `unexpected error: ${publicMessage(error, String((error as Error)?.message ?? error))}`;
    io.stderr(`lightning ${name}: ${message}\n`);
    return exitCodeFor(error);
  } finally {
    await session?.close().catch(() => undefined);
  }
}

// Run when executed (node dist/cli.mjs ...), not when imported (tests, benchmark).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
