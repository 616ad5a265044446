import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createAzureCredential, createLogger, isAppError, loadServerEnv, publicMessage, type Logger, type ServerEnv, type TokenCredential } from '@mcp-aks/core';
import { createAdapters, isManagedSearchIndex, type AdapterOptions } from '../adapters';
import { findInstructionFiles, parseInstructionFiles } from './parse';

export const USAGE = `Usage: ingest [options] <folder-or-file>...

Loads task instructions into the search index the server uses: Azure AI Search when
AZURE_SEARCH_ENDPOINT is set (the index schema is created or updated first), otherwise the
embedded index under DATA_DIR/search.

Files: *.json holding one instruction or an array of them (id, title, category, intent,
keywords, description, content, steps), and *.md / *.markdown with front matter (id, title,
category, keywords, intent; optional description, steps) whose body is the content and whose
first ordered list gives the steps. Hidden files and folders are skipped.

Options:
  --dry-run          parse and validate only; write nothing
  --batch-size <n>   instructions per upsert request (1-1000, default 100)
  -h, --help         show this help

Exit status: 0 when every file loaded, 1 when any file or batch failed (the rest are still
loaded), 2 for a usage or configuration error.`;

export interface IngestIO {
  out: (line: string) => void;
  err: (line: string) => void;
  logger?: Logger;
  /** The Azure credential; created from the environment when an Azure target needs it. */
  credential?: () => TokenCredential;
  /** Extra adapter options (tests: TLS settings of a stand-in service). */
  adapterOptions?: Partial<AdapterOptions>;
}

const defaultIO: IngestIO = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

function describeTarget(env: ServerEnv): string {
  return env.AZURE_SEARCH_ENDPOINT
    ? `Azure AI Search index "${env.AZURE_SEARCH_INDEX_NAME}" at ${env.AZURE_SEARCH_ENDPOINT}`
    : `the embedded index in ${resolve(env.DATA_DIR, 'search')}`;
}

/** The ingest command: returns the exit status instead of exiting, so tests can call it. */
export async function runIngest(args: string[], rawEnv: Record<string, string | undefined>, io: IngestIO = defaultIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { 'dry-run': { type: 'boolean' }, 'batch-size': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    io.err(`ingest: ${(error as Error).message}`);
    io.err(USAGE);
    return 2;
  }
  if (parsed.values.help) {
    io.out(USAGE);
    return 0;
  }
  if (parsed.positionals.length === 0) {
    io.err('ingest: name at least one folder or file of task instructions');
    io.err(USAGE);
    return 2;
  }
  const batchSize = parsed.values['batch-size'] === undefined ? 100 : Number(parsed.values['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1000) {
    io.err(`ingest: --batch-size must be a whole number from 1 to 1000, got "${parsed.values['batch-size']}"`);
    return 2;
  }
  let env: ServerEnv;
  try {
    env = loadServerEnv(rawEnv);
  } catch (error) {
    io.err(`ingest: ${publicMessage(error, 'invalid configuration')}`);
    return 2;
  }

  const { files, failures: missing } = await findInstructionFiles(parsed.positionals);
  const result = await parseInstructionFiles(files);
  const failures = [...missing, ...result.failures];
  for (const failure of failures) io.err(`error: ${failure.path}: ${failure.reason}`);
  const failedFiles = new Set(failures.map((f) => f.path.replace(/ \[\d+\]$/, ''))).size;
  io.out(`Parsed ${result.instructions.length} instruction(s) from ${files.length} file(s); ${failedFiles} file(s) with errors.`);

  if (parsed.values['dry-run']) {
    for (const { instruction, source } of result.instructions) io.out(`  ok  ${instruction.id}  "${instruction.title}"  (${source})`);
    io.out(`Dry run: nothing written to ${describeTarget(env)}.`);
    return failures.length > 0 ? 1 : 0;
  }
  if (result.instructions.length === 0) {
    io.err('ingest: no valid instructions to load');
    return 1;
  }

  const logger = io.logger ?? createLogger({ name: 'ingest', level: rawEnv.LOG_LEVEL ? env.LOG_LEVEL : 'warn', destination: process.stderr });
  const credential = io.credential ?? (() => createAzureCredential({ ...(env.AZURE_CLIENT_ID ? { clientId: env.AZURE_CLIENT_ID } : {}) }));
  let upserted = 0;
  let failedBatches = 0;
  try {
    const adapters = await createAdapters(env, { logger, credential, ...io.adapterOptions, seed: false });
    try {
      if (isManagedSearchIndex(adapters.search)) await adapters.search.ensureIndex();
      const instructions = result.instructions.map((p) => p.instruction);
      for (let start = 0; start < instructions.length; start += batchSize) {
        const batch = instructions.slice(start, start + batchSize);
        try {
          upserted += (await adapters.search.upsert(batch)).upserted;
        } catch (error) {
          failedBatches++;
          io.err(`error: batch ${start / batchSize + 1} (${batch[0]?.id} .. ${batch.at(-1)?.id}): ${publicMessage(error)}`);
          if (!isAppError(error, 'upstream') && !isAppError(error, 'invalid_input')) break;
        }
      }
    } finally {
      await adapters.close();
    }
  } catch (error) {
    io.err(`ingest: ${publicMessage(error, 'the search index could not be prepared')}`);
    return 1;
  }
  io.out(`Upserted ${upserted} instruction(s) into ${describeTarget(env)}.`);
  return failures.length > 0 || failedBatches > 0 ? 1 : 0;
}
