import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { z } from 'zod';
import { taskInstructionSchema, type TaskInstruction } from '../ports/search-index';
import { parseFrontMatter, splitFrontMatter, type FrontMatterValue } from './front-matter';

export interface ParsedInstruction {
  instruction: TaskInstruction;
  /** The file (and array position) it came from. */
  source: string;
}

export interface ParseFailure {
  path: string;
  reason: string;
}

export interface ParseResult {
  instructions: ParsedInstruction[];
  failures: ParseFailure[];
  files: number;
}

const JSON_EXTENSIONS = new Set(['.json']);
const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown']);
/** Files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/** JSON files hold one instruction object or an array of them. */
export function parseJsonInstructions(text: string, path: string): { instructions: ParsedInstruction[]; failures: ParseFailure[] } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { instructions: [], failures: [{ path, reason: `invalid JSON: ${(error as Error).message}` }] };
  }
  const items = Array.isArray(data) ? data : [data];
  const instructions: ParsedInstruction[] = [];
  const failures: ParseFailure[] = [];
  if (items.length === 0) failures.push({ path, reason: 'the array is empty' });
  items.forEach((item, i) => {
    const where = Array.isArray(data) ? `${path} [${i}]` : path;
    const result = taskInstructionSchema.safeParse(item);
    if (result.success) instructions.push({ instruction: result.data, source: where });
    else failures.push({ path: where, reason: describeIssues(result.error) });
  });
  return { instructions, failures };
}

/** A file name made into an id: letters, digits, _ and - only. */
export function idFromFileName(path: string): string {
  return basename(path, extname(path))
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 128);
}

const ORDERED_ITEM = /^ {0,3}\d{1,3}[.)]\s+(.*)$/;

/** The items of the first ordered list in a Markdown body, continuation lines joined. */
export function stepsFromMarkdown(body: string): string[] {
  const steps: string[] = [];
  let inList = false;
  let blankSeen = false;
  for (const line of body.split('\n')) {
    const item = ORDERED_ITEM.exec(line);
    if (item) {
      steps.push((item[1] ?? '').trim());
      inList = true;
      blankSeen = false;
      continue;
    }
    if (!inList) continue;
    if (line.trim() === '') {
      blankSeen = true;
      continue;
    }
    if (/^\s{2,}\S/.test(line) && !/^\s*[-*+]\s/.test(line)) {
      steps[steps.length - 1] = `${steps[steps.length - 1]} ${line.trim()}`;
      blankSeen = false;
      continue;
    }
    if (/^\s*[-*+]\s/.test(line) && !blankSeen) continue; // nested bullet under a step: part of the content only
    break;
  }
  return steps.filter((s) => s !== '');
}

/** The first `# ` heading, and the first paragraph of plain text. */
export function titleAndSummary(body: string): { title?: string; summary?: string } {
  const lines = body.split('\n');
  const heading = lines.find((l) => /^#\s+\S/.test(l));
  const paragraphs = body.split(/\n\s*\n/).map((p) => p.trim());
  const summary = paragraphs.find((p) => p !== '' && !p.startsWith('#') && !ORDERED_ITEM.test(p.split('\n')[0] ?? '') && !/^[-*+]\s/.test(p) && !p.startsWith('```'));
  return {
    ...(heading ? { title: heading.replace(/^#\s+/, '').trim() } : {}),
    ...(summary ? { summary: summary.replace(/\s*\n\s*/g, ' ') } : {}),
  };
}

const asString = (value: FrontMatterValue | undefined): string | undefined => (Array.isArray(value) ? (value.length ? value.join(', ') : undefined) : value);
const asList = (value: FrontMatterValue | undefined): string[] | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? value : value.split(',').map((v) => v.trim()).filter(Boolean);

/** Markdown with front matter: id, title, category, keywords, intent (and optionally description, steps); the body is the content. */
export function parseMarkdownInstruction(text: string, path: string): { instructions: ParsedInstruction[]; failures: ParseFailure[] } {
  let meta: Record<string, FrontMatterValue> = {};
  let body: string;
  try {
    const split = splitFrontMatter(text);
    body = split.body;
    if (split.frontMatter !== undefined) meta = parseFrontMatter(split.frontMatter);
  } catch (error) {
    return { instructions: [], failures: [{ path, reason: `front matter: ${(error as Error).message}` }] };
  }
  const known = new Set(['id', 'title', 'category', 'keywords', 'intent', 'description', 'steps']);
  const unknown = Object.keys(meta).filter((k) => !known.has(k));
  if (unknown.length) return { instructions: [], failures: [{ path, reason: `front matter: unknown field(s) ${unknown.join(', ')}` }] };

  const { title, summary } = titleAndSummary(body);
  const steps = asList(meta.steps) ?? stepsFromMarkdown(body);
  const candidate = {
    id: asString(meta.id) ?? idFromFileName(path),
    title: asString(meta.title) ?? title,
    category: asString(meta.category),
    intent: asString(meta.intent),
    keywords: asList(meta.keywords),
    description: asString(meta.description) ?? summary,
    content: body.trim(),
    steps,
  };
  const result = taskInstructionSchema.safeParse(Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined)));
  if (!result.success) return { instructions: [], failures: [{ path, reason: describeIssues(result.error) }] };
  return { instructions: [{ instruction: result.data, source: path }], failures: [] };
}

/** Every .json/.md/.markdown file under the given paths (files or folders), hidden ones skipped, in a stable order. */
export async function findInstructionFiles(paths: string[]): Promise<{ files: string[]; failures: ParseFailure[] }> {
  const files: string[] = [];
  const failures: ParseFailure[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      failures.push({ path, reason: 'no such file or folder' });
      continue;
    }
    if (info.isFile()) {
      files.push(path);
      continue;
    }
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    const found = entries
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .filter((p) => !p.slice(path.length).split(/[/\\]/).some((part) => part.startsWith('.')))
      .filter((p) => JSON_EXTENSIONS.has(extname(p).toLowerCase()) || MARKDOWN_EXTENSIONS.has(extname(p).toLowerCase()))
      .sort();
    files.push(...found);
  }
  return { files, failures };
}

/** Parses files into instructions; a bad file is reported with its reason and the rest go on. Duplicate ids are failures. */
export async function parseInstructionFiles(files: string[]): Promise<ParseResult> {
  const instructions: ParsedInstruction[] = [];
  const failures: ParseFailure[] = [];
  const seen = new Map<string, string>();
  for (const path of files) {
    const extension = extname(path).toLowerCase();
    let text: string;
    try {
      const info = await stat(path);
      if (info.size > MAX_FILE_BYTES) {
        failures.push({ path, reason: `file is larger than ${MAX_FILE_BYTES} bytes` });
        continue;
      }
      text = await readFile(path, 'utf8');
    } catch (error) {
      failures.push({ path, reason: `unreadable: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
      continue;
    }
    const parsed = JSON_EXTENSIONS.has(extension)
      ? parseJsonInstructions(text, path)
      : MARKDOWN_EXTENSIONS.has(extension)
        ? parseMarkdownInstruction(text, path)
        : { instructions: [], failures: [{ path, reason: `unsupported file type "${extension}" (expected .json, .md or .markdown)` }] };
    failures.push(...parsed.failures);
    for (const entry of parsed.instructions) {
      const first = seen.get(entry.instruction.id);
      if (first) {
        failures.push({ path: entry.source, reason: `duplicate id "${entry.instruction.id}" (first defined in ${first})` });
        continue;
      }
      seen.set(entry.instruction.id, entry.source);
      instructions.push(entry);
    }
  }
  return { instructions, failures, files: files.length };
}
