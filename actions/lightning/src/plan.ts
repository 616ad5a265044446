import { AppError } from '@mcp-aks/core';
import { markdownTable } from '@mcp-aks/actions-kit';

/** The loop's order: the judge is checked against people before anything it graded is sampled or trained on. */
export const COMMANDS = ['label', 'judge-agreement', 'sample-alternatives', 'build-dataset', 'train', 'status', 'evaluate', 'promote'] as const;
export type Command = (typeof COMMANDS)[number];

/** The commands to run, always in the loop's order, whatever order they were listed in. */
export function parseCommands(text: string): Command[] {
  const asked = text
    .split(/[\s,]+/)
    .map((c) => c.trim())
    .filter(Boolean);
  const unknown = asked.filter((c) => !(COMMANDS as readonly string[]).includes(c));
  if (unknown.length) throw new AppError('invalid_input', `unknown command(s) ${unknown.join(', ')}: choose from ${COMMANDS.join(', ')}`);
  if (asked.length === 0) throw new AppError('invalid_input', `input 'commands' is empty: choose from ${COMMANDS.join(', ')}`);
  return COMMANDS.filter((c) => asked.includes(c));
}

export interface RunView {
  id: string;
  status: string;
  fineTunedModel?: string | null;
}

/** Promotion happens only when the input allows it and a training run has succeeded with a model. */
export function decidePromotion(allow: boolean, run: RunView | undefined): { promote: boolean; reason: string } {
  if (!allow) return { promote: false, reason: 'not allowed (allow-promote is false)' };
  if (!run) return { promote: false, reason: 'no training run to promote' };
  if (run.status !== 'succeeded') return { promote: false, reason: `training run ${run.id} is ${run.status}, not succeeded` };
  if (!run.fineTunedModel) return { promote: false, reason: `training run ${run.id} has no fine-tuned model` };
  return { promote: true, reason: `training run ${run.id} succeeded with ${run.fineTunedModel}` };
}

export interface ManifestView {
  id: string;
  format: string;
  valid: boolean;
  targetModel: string;
  validationPercent: number;
  salt: string;
  filters: Record<string, unknown>;
  counts: Record<string, number>;
  files: { name: string; examples: number; bytes: number; sha256?: string; location?: string }[];
  problems: string[];
}

/** The dataset manifest as the step summary: files, counts, filters, and what makes it invalid. */
export function manifestMarkdown(manifest: ManifestView): string {
  const files = markdownTable(
    ['File', 'Examples', 'Bytes', 'SHA-256'],
    manifest.files.map((f) => [f.name, f.examples, f.bytes, f.sha256 ? `\`${f.sha256.slice(0, 16)}…\`` : '']),
  );
  const counts = markdownTable(['Count', 'Value'], Object.entries(manifest.counts));
  const filters = markdownTable(['Filter', 'Value'], Object.entries(manifest.filters).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
  const problems = manifest.problems.length ? `\n**Not valid for fine-tuning:**\n\n${manifest.problems.map((p) => `- ${p}`).join('\n')}\n` : '';
  return (
    `### Dataset ${manifest.id} (${manifest.format}, ${manifest.valid ? 'valid' : 'NOT valid'})\n\n` +
    `Target model ${manifest.targetModel}; ${manifest.validationPercent}% of sessions held out (salt \`${manifest.salt}\`).\n\n` +
    files +
    '\n' +
    counts +
    '\n' +
    filters +
    problems
  );
}
