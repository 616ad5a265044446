import type { OpenAI } from 'openai';
import { z } from 'zod';

/**
 * The fine-tuning job's result file (`result_files` of a succeeded job, read with GET /files/{id}/content):
 * a CSV with one row per step, columns `step, train_loss, train_mean_token_accuracy, valid_loss,
 * validation_mean_token_accuracy` (Azure OpenAI, "Analyze your customized model"), and the
 * `full_valid_*` columns OpenAI adds at the end of each epoch (checkpoint metrics). Azure has served
 * the file base64-encoded: both forms are read.
 */

export const trainingStepSchema = z.object({
  step: z.number(),
  trainLoss: z.number().optional(),
  trainAccuracy: z.number().optional(),
  validLoss: z.number().optional(),
  validAccuracy: z.number().optional(),
  fullValidLoss: z.number().optional(),
  fullValidAccuracy: z.number().optional(),
});
export type TrainingStep = z.output<typeof trainingStepSchema>;

export const trainingMetricsSchema = z.object({
  resultFiles: z.array(z.string()),
  /** At most MAX_STEPS rows, evenly thinned (the last row always kept). */
  steps: z.array(trainingStepSchema),
  totalSteps: z.number().int().nonnegative(),
  final: trainingStepSchema.partial(),
  error: z.string().optional(),
});
export type TrainingMetrics = z.output<typeof trainingMetricsSchema>;

export const MAX_STEPS = 500;

const columns: Record<string, keyof TrainingStep> = {
  step: 'step',
  train_loss: 'trainLoss',
  train_mean_token_accuracy: 'trainAccuracy',
  train_accuracy: 'trainAccuracy',
  valid_loss: 'validLoss',
  validation_loss: 'validLoss',
  valid_mean_token_accuracy: 'validAccuracy',
  validation_mean_token_accuracy: 'validAccuracy',
  full_valid_loss: 'fullValidLoss',
  full_valid_mean_token_accuracy: 'fullValidAccuracy',
};

function decode(text: string): string {
  const t = text.trim();
  if (!t.includes(',') && /^[A-Za-z0-9+/=\s]+$/.test(t)) return Buffer.from(t, 'base64').toString('utf8');
  return t;
}

/** Parses the result CSV; unknown columns are ignored, empty and non-numeric cells (N/A, nan) left out. */
export function parseResultCsv(text: string): TrainingStep[] {
  const lines = decode(text).split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = (lines.shift() ?? '').split(',').map((h) => h.trim().toLowerCase());
  if (!header.includes('step')) throw new Error(`not a fine-tuning result file: no "step" column in "${header.join(',').slice(0, 200)}"`);
  const steps: TrainingStep[] = [];
  for (const line of lines) {
    const cells = line.split(',');
    const row: Partial<TrainingStep> = {};
    header.forEach((name, i) => {
      const key = columns[name];
      const value = Number((cells[i] ?? '').trim());
      if (key && (cells[i] ?? '').trim() !== '' && Number.isFinite(value)) row[key] = value;
    });
    if (row.step !== undefined) steps.push(row as TrainingStep);
  }
  return steps;
}

export function thin<T>(rows: T[], max = MAX_STEPS): T[] {
  if (rows.length <= max) return rows;
  const out: T[] = [];
  const stride = (rows.length - 1) / (max - 1);
  for (let i = 0; i < max; i++) out.push(rows[Math.round(i * stride)] as T);
  return out;
}

/** The metrics of a finished job from its result files; a file that cannot be read is reported, not thrown. */
export async function readTrainingMetrics(openai: OpenAI, resultFiles: string[]): Promise<TrainingMetrics> {
  const steps: TrainingStep[] = [];
  try {
    for (const id of resultFiles) steps.push(...parseResultCsv(await (await openai.files.content(id)).text()));
  } catch (error) {
    return { resultFiles, steps: thin(steps), totalSteps: steps.length, final: steps.at(-1) ?? {}, error: (error as Error).message.slice(0, 500) };
  }
  steps.sort((a, b) => a.step - b.step);
  // The last value of each series, whichever row it is on.
  const final: Partial<TrainingStep> = {};
  for (const row of steps) for (const [k, v] of Object.entries(row)) if (v !== undefined) (final as Record<string, number>)[k] = v;
  return { resultFiles, steps: thin(steps), totalSteps: steps.length, final };
}
