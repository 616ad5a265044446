import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFrontMatter, splitFrontMatter } from '../../src/ingest/front-matter';
import {
  findInstructionFiles,
  idFromFileName,
  parseInstructionFiles,
  parseJsonInstructions,
  parseMarkdownInstruction,
  stepsFromMarkdown,
} from '../../src/ingest/parse';

const roots: string[] = [];
afterAll(async () => {
  await Promise.all(roots.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('front matter', () => {
  it('reads scalars, quoted strings, inline and block lists', () => {
    const { frontMatter, body } = splitFrontMatter('---\nid: a-1\ntitle: "Say \\"hi\\""\ncategory: \'ops\'\nkeywords: [one, "two, three", four]\nsteps:\n  - first\n  - "second"\n# comment\n---\n# Body\n');
    expect(body).toBe('# Body\n');
    expect(parseFrontMatter(frontMatter!)).toEqual({ id: 'a-1', title: 'Say "hi"', category: 'ops', keywords: ['one', 'two, three', 'four'], steps: ['first', 'second'] });
  });

  it('reports what it does not understand, with the line', () => {
    expect(() => parseFrontMatter('id: x\nthis is not yaml')).toThrow('line 2');
    expect(() => parseFrontMatter('id: x\nid: y')).toThrow('appears twice');
    expect(() => parseFrontMatter('keywords: [a, b')).toThrow('must end with ]');
    expect(() => parseFrontMatter('description: |')).toThrow('block scalars');
    expect(() => parseFrontMatter('  - orphan')).toThrow('without a key');
    expect(() => splitFrontMatter('---\nid: x\nno end')).toThrow('never ends');
  });

  it('treats a document without front matter as all body, CRLF and BOM included', () => {
    expect(splitFrontMatter('\uFEFF# Title\r\ntext')).toEqual({ body: '# Title\ntext', bodyLine: 1 });
  });
});

describe('Markdown instructions', () => {
  it('takes steps from the first ordered list, joining continuation lines', () => {
    const body = 'Intro\n\n1. First step\n2. Second step\n   continues here\n3) Third\n\nAfter the list.\n\n1. Another list';
    expect(stepsFromMarkdown(body)).toEqual(['First step', 'Second step continues here', 'Third']);
  });

  it('falls back to the heading, the first paragraph and the file name', () => {
    const result = parseMarkdownInstruction('# Drain a node\n\nMove pods off a node.\n\n1. Cordon\n2. Drain\n', '/x/drain node.md');
    expect(result.failures).toEqual([]);
    expect(result.instructions[0]?.instruction).toMatchObject({
      id: 'drain-node',
      title: 'Drain a node',
      description: 'Move pods off a node.',
      steps: ['Cordon', 'Drain'],
      category: 'general',
      content: '# Drain a node\n\nMove pods off a node.\n\n1. Cordon\n2. Drain',
    });
  });

  it('refuses unknown front-matter fields and invalid values, naming them', () => {
    expect(parseMarkdownInstruction('---\nid: x\nowner: me\n---\n# T\n', 'a.md').failures[0]?.reason).toContain('unknown field(s) owner');
    expect(parseMarkdownInstruction('---\nid: has space\n---\n# T\n', 'b.md').failures[0]?.reason).toContain('id:');
    expect(parseMarkdownInstruction('no title anywhere', 'c.md').failures[0]?.reason).toContain('title');
  });

  it('makes ids from file names', () => {
    expect(idFromFileName('/a/Rotate keys (prod).md')).toBe('Rotate-keys-prod');
  });
});

describe('JSON instructions', () => {
  it('accepts one object or an array, reporting bad elements by position', () => {
    const one = parseJsonInstructions('{"id":"a","title":"A"}', 'one.json');
    expect(one.instructions.map((i) => i.instruction)).toEqual([{ id: 'a', title: 'A', category: 'general', intent: '', keywords: [], description: '', content: '', steps: [] }]);
    const many = parseJsonInstructions('[{"id":"a","title":"A"},{"id":"b"},{"id":"c","title":"C","steps":"not a list"}]', 'many.json');
    expect(many.instructions.map((i) => i.source)).toEqual(['many.json [0]']);
    expect(many.failures.map((f) => f.path)).toEqual(['many.json [1]', 'many.json [2]']);
    expect(many.failures[0]?.reason).toContain('title');
    expect(many.failures[1]?.reason).toContain('steps');
    expect(parseJsonInstructions('{oops', 'bad.json').failures[0]?.reason).toMatch(/^invalid JSON/);
    expect(parseJsonInstructions('[]', 'empty.json').failures[0]?.reason).toBe('the array is empty');
  });
});

describe('files and folders', () => {
  it('walks folders, skips hidden and unrelated files, reports missing paths and duplicate ids', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ingest-parse-'));
    roots.push(dir);
    await mkdir(join(dir, 'nested'));
    await mkdir(join(dir, '.hidden'));
    await writeFile(join(dir, 'a.json'), '{"id":"dup","title":"First"}');
    await writeFile(join(dir, 'nested', 'b.md'), '---\nid: dup\n---\n# Second\n');
    await writeFile(join(dir, '.hidden', 'c.json'), '{"id":"hidden","title":"Hidden"}');
    await writeFile(join(dir, 'notes.txt'), 'ignored');
    const { files, failures } = await findInstructionFiles([dir, join(dir, 'missing')]);
    expect(files).toEqual([join(dir, 'a.json'), join(dir, 'nested', 'b.md')]);
    expect(failures).toEqual([{ path: join(dir, 'missing'), reason: 'no such file or folder' }]);

    const parsed = await parseInstructionFiles([...files, join(dir, 'notes.txt')]);
    expect(parsed.instructions.map((i) => i.instruction.id)).toEqual(['dup']);
    expect(parsed.failures).toEqual([
      { path: join(dir, 'nested', 'b.md'), reason: `duplicate id "dup" (first defined in ${join(dir, 'a.json')})` },
      { path: join(dir, 'notes.txt'), reason: 'unsupported file type ".txt" (expected .json, .md or .markdown)' },
    ]);
  });

  it('parses every shipped example instruction without error', async () => {
    const folder = fileURLToPath(new URL('../../data/task-instructions', import.meta.url));
    const { files } = await findInstructionFiles([folder]);
    const parsed = await parseInstructionFiles(files);
    expect(parsed.failures).toEqual([]);
    expect(parsed.instructions.length).toBeGreaterThanOrEqual(10);
    expect(files.filter((f) => f.endsWith('.md')).length).toBeGreaterThanOrEqual(2);
    for (const { instruction } of parsed.instructions) {
      expect(instruction.steps.length, instruction.id).toBeGreaterThanOrEqual(3);
      expect(instruction.keywords.length, instruction.id).toBeGreaterThan(0);
      expect(instruction.intent, instruction.id).not.toBe('');
    }
  });
});
