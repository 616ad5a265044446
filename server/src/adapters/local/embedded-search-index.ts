import { join } from 'node:path';
import MiniSearch, { type SearchOptions } from 'minisearch';
import { z } from 'zod';
import { AppError, nodeFileSystem, storageFailure, withFileLock, type FileSystem } from '@mcp-aks/core';
import { taskInstructionSchema, validateInstructions, type SearchHit, type SearchIndex, type TaskInstruction } from '../../ports';
import { removeStaleTempFiles, writeFileAtomic } from './atomic-file';

const FILE_NAME = 'task-instructions.json';
const LOCK_NAME = 'task-instructions.lock';
const FORMAT = 'mcp-aks/task-instructions';

const STALE_TEMP_MS = 10 * 60_000;

export const DEFAULT_TOP = 5;
export const MAX_TOP = 50;

const indexFileSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  instructions: z.array(taskInstructionSchema),
});

const SEARCH_FIELDS = ['title', 'keywords', 'intent', 'category', 'description', 'steps', 'content'] as const;

/** How much a match in each field counts: a title or keyword hit says more than one deep in the body. */
export const FIELD_BOOSTS: Record<(typeof SEARCH_FIELDS)[number], number> = {
  title: 4,
  keywords: 3,
  intent: 2,
  category: 1.5,
  description: 1.5,
  steps: 1,
  content: 1,
};

// Words that carry no meaning for ranking instructions ("how do I roll back the deployment").
const STOP_WORDS = new Set(
  'a an and are as at be by can do does for from how i in into is it me my of on or our please should so that the this to we what when where which with you your'.split(' '),
);

/** A light suffix stripper, so "leaked", "leaks" and "leak" meet (applied to documents and queries alike). */
export function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  for (const suffix of ['ing', 'ed', 'es', 's', 'e']) {
    if (word.endsWith(suffix) && !word.endsWith('ss') && word.length - suffix.length >= 3) return word.slice(0, -suffix.length);
  }
  return word;
}

export function processTerm(term: string): string | null {
  const lower = term.toLowerCase();
  return lower.length < 2 || STOP_WORDS.has(lower) ? null : stem(lower);
}

const searchDefaults: SearchOptions = {
  boost: FIELD_BOOSTS,
  combineWith: 'OR',
  // Prefixes help "rotat" find "rotate"/"rotation"; fuzziness forgives small typos in longer words.
  prefix: (term) => term.length >= 4,
  fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
};

function buildIndex(instructions: Iterable<TaskInstruction>): MiniSearch<TaskInstruction> {
  const mini = new MiniSearch<TaskInstruction>({
    idField: 'id',
    fields: [...SEARCH_FIELDS],
    extractField: (doc, field) => {
      const value = (doc as unknown as Record<string, unknown>)[field];
      return Array.isArray(value) ? value.join(' \n ') : typeof value === 'string' ? value : '';
    },
    processTerm,
    searchOptions: searchDefaults,
  });
  mini.addAll([...instructions]);
  return mini;
}

interface Loaded {
  docs: Map<string, TaskInstruction>;
  mini: MiniSearch<TaskInstruction>;
  /** Identity of the file the state was read from; '' when there was none. */
  stamp: string;
}

/**
 * A lexical index (BM25+ via MiniSearch) over task instructions, persisted as one JSON file written
 * atomically. Processes sharing DATA_DIR stay consistent: each reloads when the file changed, and
 * writers take a lock file around read-modify-write.
 */
export class EmbeddedSearchIndex implements SearchIndex {
  private state: Loaded | undefined;
  private loading: Promise<Loaded> | undefined;
  private cleaned = false;
  private readonly file: string;
  private readonly lock: string;
  private readonly fs: FileSystem;

  constructor(
    readonly directory: string,
    options: { fs?: FileSystem } = {},
  ) {
    this.file = join(directory, FILE_NAME);
    this.lock = join(directory, LOCK_NAME);
    this.fs = options.fs ?? nodeFileSystem;
  }

  private async stampNow(): Promise<string> {
    try {
      const info = await this.fs.stat(this.file, { bigint: true });
      return `${info.ino}:${info.size}:${info.mtimeNs}`;
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') return '';
      throw new AppError('unavailable', 'the embedded search index cannot be read', { cause: error });
    }
  }

  /** The current state, reloaded when another process (or instance) replaced the file. */
  private async fresh(): Promise<Loaded> {
    if (!this.cleaned) {
      // Temp files of writers killed before their rename; recent ones may belong to a live writer.
      this.cleaned = true;
      await removeStaleTempFiles(this.directory, STALE_TEMP_MS, this.fs);
    }
    const stamp = await this.stampNow();
    if (this.state && this.state.stamp === stamp) return this.state;
    this.loading ??= this.load(stamp).finally(() => (this.loading = undefined));
    this.state = await this.loading;
    return this.state;
  }

  private async load(stamp: string): Promise<Loaded> {
    if (stamp === '') return { docs: new Map(), mini: buildIndex([]), stamp };
    let parsed: z.output<typeof indexFileSchema>;
    try {
      parsed = indexFileSchema.parse(JSON.parse(await this.fs.readFile(this.file, 'utf8')));
    } catch (error) {
      throw new AppError('unavailable', `the embedded search index file (${FILE_NAME}) is unreadable`, { cause: error });
    }
    const docs = new Map(parsed.instructions.map((i) => [i.id, i]));
    // The stamp taken before reading may be older than what was read; the next call then reloads once more.
    return { docs, mini: buildIndex(docs.values()), stamp };
  }

  async upsert(instructions: TaskInstruction[]): Promise<{ upserted: number }> {
    const valid = validateInstructions(instructions);
    if (valid.length === 0) return { upserted: 0 };
    try {
      await this.fs.mkdir(this.directory, { recursive: true });
    } catch (error) {
      throw storageFailure('The embedded search index', 'create its folder', error);
    }
    return withFileLock(this.lock, async () => {
      const current = await this.fresh();
      const docs = new Map(current.docs);
      for (const instruction of valid) docs.set(instruction.id, instruction);
      const body = JSON.stringify({ format: FORMAT, version: 1, instructions: [...docs.values()] });
      try {
        await writeFileAtomic(this.directory, FILE_NAME, body, this.fs);
      } catch (error) {
        throw storageFailure('The embedded search index', 'be written', error);
      }
      this.state = { docs, mini: buildIndex(docs.values()), stamp: await this.stampNow() };
      return { upserted: valid.length };
    }, { fs: this.fs, what: 'The embedded search index' });
  }

  async search(query: string, options: { top?: number; category?: string } = {}): Promise<SearchHit[]> {
    const top = clampTop(options.top);
    if (query.trim() === '') return [];
    const { docs, mini } = await this.fresh();
    // Exact category match, like the OData filter of the Azure index.
    const category = options.category;
    const results = mini.search(query, category === undefined ? {} : { filter: (r) => docs.get(String(r.id))?.category === category });
    const hits: SearchHit[] = [];
    for (const result of results) {
      const instruction = docs.get(String(result.id));
      if (instruction) hits.push({ instruction, score: result.score });
      if (hits.length >= top) break;
    }
    return hits;
  }

  async get(id: string): Promise<TaskInstruction | undefined> {
    return (await this.fresh()).docs.get(id);
  }

  async count(): Promise<number> {
    return (await this.fresh()).docs.size;
  }

  async ping(): Promise<void> {
    await this.fresh();
  }
}

export function clampTop(top: number | undefined): number {
  if (top === undefined || !Number.isFinite(top)) return DEFAULT_TOP;
  return Math.max(1, Math.min(MAX_TOP, Math.floor(top)));
}
