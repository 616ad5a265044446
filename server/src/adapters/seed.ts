import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '@mcp-aks/core';
import { findInstructionFiles, parseInstructionFiles } from '../ingest/parse';
import type { BlobStore, SearchIndex } from '../ports';

const isDirectory = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/**
 * The shipped example data (server/data). Found by walking up from this module and from the entry
 * script, so it works from the sources (server/src/adapters) and from the bundle (server/dist/main.mjs).
 */
export function findSeedDataDir(starts: (string | undefined)[] = [import.meta.url, process.argv[1]]): string | undefined {
  for (const start of starts) {
    if (!start) continue;
    let dir = resolve(dirname(start.startsWith('file:') ? fileURLToPath(start) : start));
    for (let depth = 0; depth < 8; depth++) {
      const candidate = join(dir, 'data');
      if (isDirectory(join(candidate, 'ontologies'))) return candidate;
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return undefined;
}

/** Copies the example ontologies into an empty ontology store. Returns how many were written. */
export async function seedOntologies(store: BlobStore, dataDir: string, logger: Logger): Promise<number> {
  if ((await store.list({ limit: 1 })).length > 0) return 0;
  const folder = join(dataDir, 'ontologies');
  if (!existsSync(folder)) return 0;
  const files = (await readdir(folder)).filter((f) => f.endsWith('.json')).sort();
  for (const file of files) await store.put(file, await readFile(join(folder, file), 'utf8'));
  logger.info({ count: files.length, from: folder }, 'seeded example ontologies');
  return files.length;
}

/** Loads the example task instructions into an empty index. Returns how many were indexed. */
export async function seedInstructions(index: SearchIndex, dataDir: string, logger: Logger): Promise<number> {
  if ((await index.count()) > 0) return 0;
  const folder = join(dataDir, 'task-instructions');
  if (!existsSync(folder)) return 0;
  const { files } = await findInstructionFiles([folder]);
  const parsed = await parseInstructionFiles(files);
  for (const failure of parsed.failures) logger.warn({ path: failure.path, reason: failure.reason }, 'example task instruction skipped');
  if (parsed.instructions.length === 0) return 0;
  const { upserted } = await index.upsert(parsed.instructions.map((p) => p.instruction));
  logger.info({ count: upserted, from: folder }, 'seeded example task instructions');
  return upserted;
}
