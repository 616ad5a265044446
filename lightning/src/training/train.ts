import { randomBytes } from 'node:crypto';
import type { OpenAI } from 'openai';
import { z } from 'zod';
import { AppError, invalidInput, notFound, sleep } from '@mcp-aks/core';
import { nowIso, type CommandContext } from '../context';
import type { DatasetSink } from '../dataset/sink';
import { terminalTrainingStatuses, type DatasetManifest, type TrainingRun } from '../schemas';
import { readTrainingMetrics } from './results';

const hyperparameter = z.union([z.literal('auto'), z.number().positive()]);

export const trainOptionsSchema = z
  .object({
    /** The dataset to train on; the newest valid one when omitted. */
    datasetId: z.string().min(1).max(128).optional(),
    method: z.enum(['supervised', 'dpo']).optional(),
    baseModel: z.string().min(1).max(128).optional(),
    hyperparameters: z
      .object({ n_epochs: hyperparameter.optional(), batch_size: hyperparameter.optional(), learning_rate_multiplier: hyperparameter.optional(), beta: hyperparameter.optional() })
      .strict()
      .default({}),
    seed: z.number().int().min(0).max(2_147_483_647).optional(),
    suffix: z
      .string()
      .max(40)
      .regex(/^[a-zA-Z0-9-]+$/, 'letters, digits and dashes only')
      .optional(),
    dryRun: z.boolean().default(false),
    /** Train only when at least this many episodes got a rating (human or judge) since the last run started; 0: always. */
    minNewExamples: z.number().int().min(0).max(1_000_000).default(0),
    /** Continue from the active tuned model instead of the base model. */
    fromActive: z.boolean().default(false),
    /** How long to wait for the service to process the uploaded files. */
    fileTimeoutMs: z.number().int().min(0).max(3_600_000).default(600_000),
    pollIntervalMs: z.number().int().min(1).max(600_000).default(5_000),
  })
  .strict();
export type TrainOptions = z.input<typeof trainOptionsSchema>;

export interface TrainResult {
  dryRun: boolean;
  run: TrainingRun;
  /** The job the service was (or would be) asked to create. */
  job: Record<string, unknown>;
}

export interface TrainingDeps {
  openai: OpenAI;
  sink: DatasetSink;
  defaultBaseModel: string;
}

const newRunId = (now: Date) => `run-${now.toISOString().replace(/[-:TZ.]/g, '').slice(0, 14)}-${randomBytes(3).toString('hex')}`;

/** Episodes that got a human or judge rating after `since` (all of them when there was no run yet). */
export async function newlyRated(ctx: CommandContext, since: string | undefined): Promise<number> {
  const episodes = new Set<string>();
  for await (const r of ctx.store.scanRewards(ctx.agentId)) {
    if (r.source !== 'feedback' && r.source !== 'manual' && r.source !== 'judge') continue;
    if (since === undefined || String(r.createdAt) > since) episodes.add(String(r.episodeId));
  }
  return episodes.size;
}

export async function resolveDataset(ctx: CommandContext, datasetId: string | undefined): Promise<DatasetManifest> {
  if (datasetId) {
    const dataset = await ctx.store.getDataset(ctx.agentId, datasetId);
    if (!dataset) throw notFound(`dataset ${datasetId} not found for agent ${ctx.agentId}`);
    return dataset;
  }
  const dataset = (await ctx.store.listDatasets(ctx.agentId, 20)).find((d) => d.valid);
  if (!dataset) throw notFound(`no valid dataset for agent ${ctx.agentId}: run build-dataset first`);
  return dataset;
}

/** The fine-tuning job body: a pure function of the dataset, the options and the uploaded file ids. */
export function jobRequest(
  method: 'supervised' | 'dpo',
  model: string,
  files: { training: string; validation?: string },
  options: Pick<z.output<typeof trainOptionsSchema>, 'hyperparameters' | 'seed' | 'suffix'>,
): OpenAI.FineTuning.JobCreateParams {
  const { beta, ...common } = options.hyperparameters;
  const method_: OpenAI.FineTuning.JobCreateParams.Method =
    method === 'dpo' ? { type: 'dpo', dpo: { hyperparameters: { ...common, ...(beta !== undefined ? { beta } : {}) } } } : { type: 'supervised', supervised: { hyperparameters: common } };
  return {
    model,
    training_file: files.training,
    ...(files.validation ? { validation_file: files.validation } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.suffix ? { suffix: options.suffix } : {}),
    method: method_,
  };
}

async function waitForFile(openai: OpenAI, id: string, timeoutMs: number, intervalMs: number, progress?: (m: string) => void): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const file = await openai.files.retrieve(id);
    if (file.status === 'processed') return;
    if (file.status === 'error' || (file.status as string) === 'failed' || (file.status as string) === 'deleted') {
      throw new AppError('upstream', `file ${id} was rejected by the service: ${file.status_details ?? file.status}`);
    }
    if (Date.now() >= deadline) throw new AppError('unavailable', `file ${id} still ${file.status} after ${Math.round(timeoutMs / 1000)} s`);
    progress?.(`train: file ${id} ${file.status}`);
    await sleep(intervalMs);
  }
}

/** Uploads the dataset's files, waits until the service has processed them, creates the job, and records the run. */
export async function train(ctx: CommandContext, deps: TrainingDeps, input: TrainOptions = {}): Promise<TrainResult> {
  const options = trainOptionsSchema.parse(input);
  if (options.minNewExamples > 0) {
    const [last] = await ctx.store.listTrainingRuns(ctx.agentId, 1);
    const fresh = await newlyRated(ctx, last?.createdAt);
    if (fresh < options.minNewExamples) {
      throw notFound(`nothing new to train on: ${fresh} episode(s) rated since ${last ? `run ${last.id} (${last.createdAt})` : 'the start'}, ${options.minNewExamples} needed (LIGHTNING_MIN_NEW_EXAMPLES)`);
    }
  }
  const dataset = await resolveDataset(ctx, options.datasetId);
  if (!dataset.valid) throw invalidInput(`dataset ${dataset.id} is not valid: ${dataset.problems.join('; ')}`);
  const hasSupervised = dataset.files.some((f) => f.kind === 'train');
  const method = options.method ?? (dataset.format === 'dpo' || (dataset.format === 'both' && !hasSupervised) ? 'dpo' : 'supervised');
  const kinds = method === 'dpo' ? (['dpo_train', 'dpo_validation'] as const) : (['train', 'validation'] as const);
  const trainingFile = dataset.files.find((f) => f.kind === kinds[0]);
  const validationFile = dataset.files.find((f) => f.kind === kinds[1]);
  if (!trainingFile) throw invalidInput(`dataset ${dataset.id} has no ${kinds[0]} file for ${method} training`);
  let model = options.baseModel ?? dataset.targetModel ?? deps.defaultBaseModel;
  if (options.fromActive) {
    const active = await ctx.store.getActiveDeployment(ctx.agentId);
    if (!active) throw notFound('--from-active: no tuned deployment is active to continue from');
    model = active.fineTunedModel;
  }
  const now = ctx.now ? ctx.now() : new Date();
  const run: TrainingRun = {
    id: newRunId(now),
    agentId: ctx.agentId,
    type: 'training_run',
    datasetId: dataset.id,
    method,
    baseModel: model,
    status: 'created',
    hyperparameters: options.hyperparameters,
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.suffix ? { suffix: options.suffix } : {}),
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  if (options.dryRun) {
    return { dryRun: true, run, job: { ...jobRequest(method, model, { training: `<${trainingFile.name}>`, ...(validationFile ? { validation: `<${validationFile.name}>` } : {}) }, options) } };
  }

  const upload = async (file: typeof trainingFile) => {
    ctx.progress?.(`train: uploading ${file.name} (${file.examples} examples, ${file.bytes} bytes)`);
    const stream = await deps.sink.open(file.location);
    const { toFile } = await import('openai');
    const created = await deps.openai.files.create({ file: await toFile(stream, file.name, { type: 'application/jsonl' }), purpose: 'fine-tune' });
    return created.id;
  };
  run.trainingFileId = await upload(trainingFile);
  if (validationFile) run.validationFileId = await upload(validationFile);
  await ctx.store.putTrainingRun(run);
  for (const id of [run.trainingFileId, run.validationFileId]) if (id) await waitForFile(deps.openai, id, options.fileTimeoutMs, options.pollIntervalMs, ctx.progress);

  const request = jobRequest(method, model, { training: run.trainingFileId, ...(run.validationFileId ? { validation: run.validationFileId } : {}) }, options);
  const job = await deps.openai.fineTuning.jobs.create(request);
  run.jobId = job.id;
  run.status = job.status;
  run.updatedAt = nowIso(ctx);
  await ctx.store.putTrainingRun(run);
  ctx.progress?.(`train: job ${job.id} ${job.status}`);
  return { dryRun: false, run, job: request as unknown as Record<string, unknown> };
}

export const statusOptionsSchema = z
  .object({
    runId: z.string().min(1).max(128).optional(),
    follow: z.boolean().default(false),
    intervalMs: z.number().int().min(1).max(600_000).default(30_000),
    timeoutMs: z.number().int().min(0).max(7 * 24 * 3_600_000).default(6 * 3_600_000),
  })
  .strict();
export type StatusOptions = z.input<typeof statusOptionsSchema>;

export interface TrainingEvent {
  id: string;
  createdAt: number;
  level: string;
  message: string;
}

export interface StatusResult {
  run: TrainingRun;
  /** Events not reported before, oldest first. */
  events: TrainingEvent[];
  terminal: boolean;
  timedOut: boolean;
}

/**
 * Deletes a finished job's uploaded files: they count against the resource's file quota (50 files,
 * 1 GB on Azure OpenAI) and hold the training data. A file already gone is fine; any other failure
 * is logged and retried by the next status call.
 */
async function deleteUploads(ctx: CommandContext, openai: OpenAI, run: TrainingRun): Promise<void> {
  try {
    for (const id of [run.trainingFileId, run.validationFileId]) {
      if (!id) continue;
      await openai.files.delete(id).catch((error: { status?: number }) => {
        if (error?.status !== 404) throw error;
      });
    }
    run.filesDeleted = true;
    run.updatedAt = nowIso(ctx);
    await ctx.store.putTrainingRun(run);
    ctx.progress?.(`status: uploaded files of ${run.id} deleted`);
  } catch (error) {
    ctx.logger.warn({ err: error, runId: run.id }, 'lightning status: could not delete the uploaded training files; the next status call tries again');
  }
}

/** Follows a run through every state the service reports (paused included), recording each change. */
export async function status(ctx: CommandContext, deps: Pick<TrainingDeps, 'openai'>, input: StatusOptions = {}): Promise<StatusResult> {
  const options = statusOptionsSchema.parse(input);
  const run = options.runId ? await ctx.store.getTrainingRun(ctx.agentId, options.runId) : (await ctx.store.listTrainingRuns(ctx.agentId, 1))[0];
  if (!run) throw notFound(options.runId ? `training run ${options.runId} not found` : `no training run for agent ${ctx.agentId}`);
  if (!run.jobId) throw invalidInput(`training run ${run.id} has no job yet (status ${run.status})`);
  const deadline = Date.now() + options.timeoutMs;
  const reported: TrainingEvent[] = [];
  for (;;) {
    const job = await deps.openai.fineTuning.jobs.retrieve(run.jobId);
    const page = await deps.openai.fineTuning.jobs.listEvents(run.jobId, { limit: 100 });
    // Events come newest first; report those after the last one reported.
    const fresh: TrainingEvent[] = [];
    for (const e of page.data) {
      if (e.id === run.lastEventId) break;
      fresh.push({ id: e.id, createdAt: e.created_at, level: e.level, message: e.message });
    }
    fresh.reverse();
    for (const e of fresh) ctx.progress?.(`status: [${e.level}] ${e.message}`);
    reported.push(...fresh);
    // The result files (loss and token accuracy per step) are read once, when the job has succeeded.
    const metrics = job.status === 'succeeded' && !run.metrics && job.result_files?.length ? await readTrainingMetrics(deps.openai, job.result_files) : undefined;
    if (metrics) run.metrics = metrics;
    const changed = metrics !== undefined || job.status !== run.status || fresh.length > 0 || (job.fine_tuned_model ?? null) !== (run.fineTunedModel ?? null);
    if (changed) {
      if (job.status !== run.status) ctx.progress?.(`status: ${run.jobId} ${run.status} -> ${job.status}`);
      run.status = job.status;
      run.fineTunedModel = job.fine_tuned_model ?? null;
      if (job.error?.message) run.error = job.error.message;
      if (fresh.length > 0) run.lastEventId = fresh.at(-1)!.id;
      run.updatedAt = nowIso(ctx);
      await ctx.store.putTrainingRun(run);
    }
    const terminal = terminalTrainingStatuses.has(run.status);
    if (terminal && !run.filesDeleted && (run.trainingFileId || run.validationFileId)) await deleteUploads(ctx, deps.openai, run);
    if (terminal || !options.follow) return { run, events: reported, terminal, timedOut: false };
    if (Date.now() >= deadline) return { run, events: reported, terminal: false, timedOut: true };
    await sleep(Math.min(options.intervalMs, Math.max(1, deadline - Date.now())));
  }
}
