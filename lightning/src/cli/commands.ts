import { invalidInput } from '@mcp-aks/core';
import type { LightningSession } from '../session';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { collectReport } from '../report/collect';
import { renderHtmlReport } from '../report/html';
import { evaluationMarkdown, rewardsMarkdown, trainingRunMarkdown } from '../report/markdown';
import { evaluationText } from '../report/text';
import { listEvalSets } from '../evaluate/store';
import { exitCodes } from './exit-codes';
import { rewardSummaries } from '../rewards/summary';
import { judgeAgreement } from '../rewards/agreement';

/** One CLI command: its flags (for parseArgs and --help) and what it runs. */
export interface CliCommand {
  name: string;
  summary: string;
  flags: Record<string, { type: 'string' | 'boolean'; help: string; multiple?: boolean }>;
  run(session: LightningSession, flags: Record<string, string | boolean | undefined>): Promise<{ result: unknown; text: string; exitCode: number }>;
}

const num = (flags: Record<string, unknown>, name: string): number | undefined => {
  const v = flags[name];
  if (v === undefined) return undefined;
  const n = Number(v);
  if (typeof v !== 'string' || v.trim() === '' || !Number.isFinite(n)) throw invalidInput(`--${name} expects a number, got "${String(v)}"`);
  return n;
};
const str = (flags: Record<string, unknown>, name: string): string | undefined => (typeof flags[name] === 'string' ? (flags[name] as string) : undefined);
const list = (flags: Record<string, unknown>, name: string): string[] | undefined =>
  str(flags, name)
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const bool = (flags: Record<string, unknown>, name: string) => flags[name] === true;
const defined = <T extends Record<string, unknown>>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
const hyper = (flags: Record<string, unknown>, name: string): number | 'auto' | undefined => (str(flags, name) === 'auto' ? 'auto' : num(flags, name));

const dryRun = { 'dry-run': { type: 'boolean' as const, help: 'Compute and report, write nothing.' } };

export const commands: CliCommand[] = [
  {
    name: 'label',
    summary: 'Label captured episodes with rewards (heuristics; optionally an LLM judge).',
    flags: {
      judge: { type: 'boolean', help: 'Also grade answers with the LLM judge (needs a model endpoint).' },
      'judge-limit': { type: 'string', help: 'At most this many episodes judged in one run (default 200).' },
      relabel: { type: 'boolean', help: 'Recompute rewards that exist already.' },
      ...dryRun,
    },
    async run(session, flags) {
      const result = await session.label(
        defined({ sources: bool(flags, 'judge') ? ['heuristic' as const, 'judge' as const] : undefined, relabel: bool(flags, 'relabel'), judgeLimit: num(flags, 'judge-limit'), dryRun: bool(flags, 'dry-run') }),
      );
      const text = `${result.episodes} episodes: ${result.heuristic.written} heuristic rewards ${result.dryRun ? 'to write' : 'written'} (${result.heuristic.unchanged} unchanged), ${result.judge.written} judged, ${result.feedbackRewards} feedback rewards`;
      return { result, text, exitCode: exitCodes.ok };
    },
  },
  {
    name: 'judge-agreement',
    summary: 'Measure how often the LLM judge agrees with human ratings (episodes rated by both).',
    flags: {
      threshold: { type: 'string', help: 'A score at or above this is "good" (default 0.5).' },
      version: { type: 'string', help: 'Only judge rewards of this version prefix (e.g. judge-v2).' },
    },
    async run(session, flags) {
      const result = await judgeAgreement(session.ctx, defined({ threshold: num(flags, 'threshold'), version: str(flags, 'version') }));
      const text =
        result.episodes === 0
          ? 'no episode has both a judge reward and a human rating: run label --judge on rated episodes first'
          : `judge vs human on ${result.episodes} episodes: same side of ${result.threshold} in ${result.sameSide} (${Math.round(result.agreement! * 100)}%), mean absolute error ${result.meanAbsoluteError}, correlation ${result.correlation ?? 'n/a'}; versions ${JSON.stringify(result.versions)}`;
      return { result, text, exitCode: exitCodes.ok };
    },
  },
  {
    name: 'sample-alternatives',
    summary: 'Preference data from real traffic: other answers of the serving model to rated prompts, graded by the judge.',
    flags: {
      limit: { type: 'string', help: 'At most this many rated prompts (default 50).' },
      samples: { type: 'string', help: 'Alternatives a prompt (1-4, default 1).' },
      temperature: { type: 'string', help: 'Sampling temperature (default 0.9).' },
      ...dryRun,
    },
    async run(session, flags) {
      const result = await session.sampleAlternatives(defined({ limit: num(flags, 'limit'), samples: num(flags, 'samples'), temperature: num(flags, 'temperature'), dryRun: bool(flags, 'dry-run') }));
      const text = `${result.dryRun ? '(dry run) would sample' : 'sampled'} ${result.alternatives} alternative answers for ${result.prompts} rated prompts${result.dryRun ? '' : ` (${result.unparsable} without a verdict, ${result.failed} failed)`}; build-dataset --format dpo pairs them`;
      return { result, text, exitCode: exitCodes.ok };
    },
  },
  {
    name: 'build-dataset',
    summary: 'Build fine-tuning files (supervised JSONL and/or DPO pairs) from the best-rewarded episodes.',
    flags: {
      format: { type: 'string', help: 'supervised (default), dpo or both.' },
      'min-reward': { type: 'string', help: 'Combined reward an episode needs (default 0.5).' },
      'top-fraction': { type: 'string', help: 'Or take this top fraction of labeled episodes (0-1).' },
      'validation-percent': { type: 'string', help: 'Sessions held out for validation (default 10).' },
      salt: { type: 'string', help: 'Salt of the session hash that splits train/validation.' },
      include: { type: 'string', help: 'Let in what is left out by default: lightning,hello,failed,tuned.' },
      'allow-heuristic-only': { type: 'boolean', help: 'Let episodes with only a heuristic reward in (default LIGHTNING_TRAIN_ON_HEURISTICS, off).' },
      tools: { type: 'string', help: 'Only these tools (comma-separated).' },
      'dpo-margin': { type: 'string', help: 'Reward gap a DPO pair needs (default 0.5).' },
      'target-model': { type: 'string', help: 'Base model the files are checked for (token limit).' },
      ...dryRun,
    },
    async run(session, flags) {
      const { manifest, dryRun: dry } = await session.buildDataset(
        defined({
          format: str(flags, 'format') as 'supervised' | 'dpo' | 'both' | undefined,
          minReward: num(flags, 'min-reward'),
          topFraction: num(flags, 'top-fraction'),
          validationPercent: num(flags, 'validation-percent'),
          salt: str(flags, 'salt'),
          include: list(flags, 'include') as ('lightning' | 'hello' | 'failed' | 'tuned')[] | undefined,
          allowHeuristicOnly: flags['allow-heuristic-only'] === true ? true : undefined,
          tools: list(flags, 'tools'),
          dpoMargin: num(flags, 'dpo-margin'),
          targetModel: str(flags, 'target-model'),
          dryRun: bool(flags, 'dry-run'),
        }),
      );
      const files = manifest.files.map((f) => `  ${f.name}: ${f.examples} examples, ${f.bytes} bytes  ${dry ? '' : f.location}`).join('\n');
      const text = `${dry ? '(dry run) ' : ''}dataset ${manifest.id} ${manifest.valid ? 'valid' : 'NOT valid'}\n${files}\ncounts: ${JSON.stringify(manifest.counts)}${manifest.problems.length ? `\nproblems:\n  ${manifest.problems.join('\n  ')}` : ''}${manifest.notes.length ? `\nnotes:\n  ${manifest.notes.join('\n  ')}` : ''}`;
      return { result: manifest, text, exitCode: manifest.valid ? exitCodes.ok : exitCodes.datasetInvalid };
    },
  },
  {
    name: 'train',
    summary: 'Upload a dataset and create a fine-tuning job (Azure OpenAI or an OpenAI-compatible endpoint).',
    flags: {
      dataset: { type: 'string', help: 'Dataset id (default: the newest valid one).' },
      method: { type: 'string', help: 'supervised or dpo (default: from the dataset).' },
      'base-model': { type: 'string', help: 'Model to fine-tune (default LIGHTNING_BASE_MODEL).' },
      epochs: { type: 'string', help: 'n_epochs (a number or auto).' },
      'batch-size': { type: 'string', help: 'batch_size (a number or auto).' },
      'learning-rate-multiplier': { type: 'string', help: 'learning_rate_multiplier (a number or auto).' },
      beta: { type: 'string', help: 'DPO beta (a number or auto).' },
      seed: { type: 'string', help: 'Seed for reproducibility.' },
      suffix: { type: 'string', help: 'Suffix of the fine-tuned model name.' },
      'poll-interval': { type: 'string', help: 'Seconds between checks of the uploaded files (default 5).' },
      force: { type: 'boolean', help: 'Train even with fewer new ratings than LIGHTNING_MIN_NEW_EXAMPLES since the last run.' },
      'from-active': { type: 'boolean', help: 'Continue from the active tuned model instead of the base model.' },
      ...dryRun,
    },
    async run(session, flags) {
      const hyperparameters = defined({ n_epochs: hyper(flags, 'epochs'), batch_size: hyper(flags, 'batch-size'), learning_rate_multiplier: hyper(flags, 'learning-rate-multiplier'), beta: hyper(flags, 'beta') });
      const poll = num(flags, 'poll-interval');
      const result = await session.train(
        defined({
          pollIntervalMs: poll === undefined ? undefined : Math.max(1, Math.round(poll * 1000)),
          datasetId: str(flags, 'dataset'),
          method: str(flags, 'method') as 'supervised' | 'dpo' | undefined,
          baseModel: str(flags, 'base-model'),
          hyperparameters,
          seed: num(flags, 'seed'),
          suffix: str(flags, 'suffix'),
          dryRun: bool(flags, 'dry-run'),
          minNewExamples: bool(flags, 'force') ? 0 : undefined,
          fromActive: bool(flags, 'from-active') || undefined,
        }),
      );
      const text = result.dryRun ? `(dry run) would create:\n${JSON.stringify(result.job, null, 2)}` : `training run ${result.run.id}: job ${result.run.jobId} ${result.run.status}`;
      return { result, text, exitCode: exitCodes.ok };
    },
  },
  {
    name: 'status',
    summary: 'Show (or follow) a training run through every state the service reports, with its events.',
    flags: {
      run: { type: 'string', help: 'Training run id (default: the newest).' },
      follow: { type: 'boolean', help: 'Poll until the job succeeds, fails or is cancelled.' },
      interval: { type: 'string', help: 'Seconds between polls when following (default 30).' },
      timeout: { type: 'string', help: 'Give up following after this many seconds (default 21600); exit code 7.' },
    },
    async run(session, flags) {
      const interval = num(flags, 'interval');
      const timeout = num(flags, 'timeout');
      const result = await session.status(
        defined({
          runId: str(flags, 'run'),
          follow: bool(flags, 'follow'),
          intervalMs: interval === undefined ? undefined : Math.max(1, Math.round(interval * 1000)),
          timeoutMs: timeout === undefined ? undefined : Math.round(timeout * 1000),
        }),
      );
      const { run } = result;
      const text = `training run ${run.id}: ${run.status}${run.fineTunedModel ? ` -> ${run.fineTunedModel}` : ''}${run.error ? ` (${run.error})` : ''}`;
      const exitCode = result.timedOut ? exitCodes.stillRunning : run.status === 'failed' || run.status === 'cancelled' ? exitCodes.trainingFailed : exitCodes.ok;
      return { result, text, exitCode };
    },
  },
  {
    name: 'promote',
    summary: 'Deploy a fine-tuned model as a new versioned deployment and make it the active tuned model.',
    flags: {
      run: { type: 'string', help: 'Training run id (default: the newest succeeded run).' },
      model: { type: 'string', help: 'Or the fine-tuned model id to deploy.' },
      'max-deployments': { type: 'string', help: 'Tuned deployments kept (default LIGHTNING_MAX_DEPLOYMENTS).' },
      force: { type: 'string', help: 'Bypass the evaluation gate; the reason given is recorded with the deployment.' },
      ...dryRun,
    },
    async run(session, flags) {
      const result = await session.promote(
        defined({ runId: str(flags, 'run'), fineTunedModel: str(flags, 'model'), maxDeployments: num(flags, 'max-deployments'), force: str(flags, 'force'), dryRun: bool(flags, 'dry-run') }),
      );
      const gate = result.deployment.gate;
      const text = `${result.dryRun ? '(dry run) ' : ''}${result.deployment.deploymentName} (${result.deployment.fineTunedModel}, v${result.deployment.version}) ${result.dryRun ? 'would be' : 'is'} active${result.removed.length ? `; removed ${result.removed.join(', ')}` : ''}${gate ? `\ngate: ${gate.forced ? `bypassed (${gate.reason})` : gate.reason}` : ''}`;
      return { result, text, exitCode: exitCodes.ok };
    },
  },
  {
    name: 'eval-set',
    summary: 'The frozen evaluation set: add prompts (a new version each time), list versions, show one.',
    flags: {
      episodes: { type: 'string', help: 'add: these episodes\' prompts (comma-separated ids).' },
      from: { type: 'string', help: 'add: prompts of episodes started at or after this ISO date.' },
      to: { type: 'string', help: 'add: ...and at or before this ISO date.' },
      'sample-percent': { type: 'string', help: 'add: prompts whose hash falls in this percentage (a stable sample by prompt).' },
      tools: { type: 'string', help: 'add: only these tools (comma-separated).' },
      limit: { type: 'string', help: 'add: at most this many new prompts (default 100); list: versions shown.' },
      note: { type: 'string', help: 'add: why these prompts were added.' },
      ...dryRun,
    },
    async run(session, flags) {
      const action = str(flags, '_') ?? '';
      if (action === 'add') {
        const result = await session.evalSetAdd(
          defined({ episodes: list(flags, 'episodes'), from: str(flags, 'from'), to: str(flags, 'to'), samplePercent: num(flags, 'sample-percent'), tools: list(flags, 'tools'), limit: num(flags, 'limit'), note: str(flags, 'note'), dryRun: bool(flags, 'dry-run') }),
        );
        const version = result.evalSet ? `version ${result.evalSet.version} holds ${result.evalSet.items.length} prompts` : 'no evaluation set yet';
        return { result, text: `${result.dryRun ? '(dry run) ' : ''}${result.added} prompts added (${result.alreadyIn} already in); ${version}`, exitCode: exitCodes.ok };
      }
      if (action === 'list' || action === 'show') {
        const sets = await listEvalSets(session.ctx, action === 'show' ? 1 : (num(flags, 'limit') ?? 20));
        if (action === 'show') {
          const current = sets[0];
          const text = current ? `v${current.version} (${current.id}): ${current.items.length} prompts\n${current.items.map((i) => `  ${i.promptHash}  ${i.tool}  ${JSON.stringify(i.messages.at(-1)?.content ?? '').slice(0, 100)}`).join('\n')}` : 'no evaluation set';
          return { result: current ?? null, text, exitCode: current ? exitCodes.ok : exitCodes.notFound };
        }
        const text = sets.map((s) => `v${s.version}  ${s.id}  ${s.createdAt}  ${s.items.length} prompts (+${s.added.promptHashes.length})  ${JSON.stringify(s.added.selection)}${s.added.note ? `  ${s.added.note}` : ''}`).join('\n') || 'no evaluation set';
        return { result: sets.map(({ items, ...rest }) => ({ ...rest, prompts: items.length })), text, exitCode: exitCodes.ok };
      }
      throw invalidInput('eval-set what? one of: add, list, show');
    },
  },
  {
    name: 'evaluate',
    summary: 'Run the serving model and a candidate on the evaluation set, grade both and record the report.',
    flags: {
      run: { type: 'string', help: 'Candidate: the fine-tuned model of this run (default: the newest succeeded run).' },
      model: { type: 'string', help: 'Or the name the candidate is called by (a deployment name on Azure, a model id elsewhere).' },
      active: { type: 'string', help: 'Compare against this model instead of the serving one.' },
      margin: { type: 'string', help: 'Gate margin for the lower confidence bound (default LIGHTNING_GATE_MARGIN).' },
      limit: { type: 'string', help: 'Only the first N prompts (a quick look; never a gate verdict).' },
      ...dryRun,
    },
    async run(session, flags) {
      const result = await session.evaluate(defined({ runId: str(flags, 'run'), candidate: str(flags, 'model'), active: str(flags, 'active'), margin: num(flags, 'margin'), limit: num(flags, 'limit'), dryRun: bool(flags, 'dry-run') }));
      return { result, text: evaluationText(result), exitCode: result.gate.passed ? exitCodes.ok : exitCodes.gateRefused };
    },
  },
  {
    name: 'report',
    summary: 'Write the HTML report (evaluation, loss curve, reward distribution) or print it as Markdown.',
    flags: {
      out: { type: 'string', help: 'HTML file to write (default lightning-report.html).' },
      evaluation: { type: 'string', help: 'Evaluation id (default: the newest).' },
      run: { type: 'string', help: 'Training run id (default: the newest with result metrics).' },
      markdown: { type: 'boolean', help: 'Print Markdown with Mermaid charts instead (for a job summary).' },
    },
    async run(session, flags) {
      const data = await collectReport(session.ctx, defined({ evaluationId: str(flags, 'evaluation'), runId: str(flags, 'run') }));
      if (bool(flags, 'markdown')) {
        const text = [data.evaluation ? evaluationMarkdown(data.evaluation) : '', data.run ? trainingRunMarkdown(data.run) : '', rewardsMarkdown(data.rewards)].filter(Boolean).join('\n');
        return { result: data, text, exitCode: exitCodes.ok };
      }
      const out = resolve(str(flags, 'out') ?? 'lightning-report.html');
      await writeFile(out, renderHtmlReport(data));
      return { result: { path: out, evaluationId: data.evaluation?.id ?? null, runId: data.run?.id ?? null, rewards: data.rewards.total }, text: `report written to ${out}`, exitCode: exitCodes.ok };
    },
  },
  {
    name: 'rollback',
    summary: 'Make the previous tuned deployment active again.',
    flags: { ...dryRun },
    async run(session, flags) {
      const result = await session.rollback({ dryRun: bool(flags, 'dry-run') });
      return { result, text: `${result.dryRun ? '(dry run) ' : ''}${result.active.deploymentName} active (was ${result.deactivated.deploymentName})`, exitCode: exitCodes.ok };
    },
  },
  {
    name: 'deactivate',
    summary: 'Stop using tuned deployments: the base deployment serves.',
    flags: { ...dryRun },
    async run(session, flags) {
      const result = await session.deactivate({ dryRun: bool(flags, 'dry-run') });
      return { result, text: result.deactivated.length ? `deactivated ${result.deactivated.join(', ')}` : 'no tuned deployment was active', exitCode: exitCodes.ok };
    },
  },
  {
    name: 'forget',
    summary: "Delete one caller's episodes, their rewards, and the datasets built from them.",
    flags: {
      subject: { type: 'string', help: "The caller's token subject (sub claim)." },
      'session-hash': { type: 'string', help: 'Or the session hash its episodes carry.' },
      ...dryRun,
    },
    async run(session, flags) {
      const result = await session.forget(defined({ subject: str(flags, 'subject'), sessionHash: str(flags, 'session-hash'), dryRun: bool(flags, 'dry-run') }));
      const text = `${result.dryRun ? '(dry run) would delete' : 'deleted'} ${result.episodes} episodes and ${result.rewards} rewards of session ${result.sessionHash}${result.datasets.length ? `, and datasets ${result.datasets.join(', ')} (rebuild them; fine-tuning jobs already made from them are not undone)` : ''}`;
      return { result, text, exitCode: exitCodes.ok };
    },
  },
  {
    name: 'compact',
    summary: 'Embedded store retention: delete episodes older than LIGHTNING_EPISODE_TTL_DAYS and their rewards.',
    flags: { days: { type: 'string', help: 'Keep this many days (default LIGHTNING_EPISODE_TTL_DAYS).' }, ...dryRun },
    async run(session, flags) {
      const days = num(flags, 'days');
      if (days !== undefined && !(Number.isInteger(days) && days >= 1)) throw invalidInput('--days expects a whole number of days, at least 1');
      const result = await session.compact(defined({ days, dryRun: bool(flags, 'dry-run') }));
      return { result, text: `${result.dryRun ? '(dry run) would delete' : 'deleted'} ${result.episodes} episodes captured before ${result.cutoff}${result.dryRun ? '' : ` and ${result.rewards} rewards`}`, exitCode: exitCodes.ok };
    },
  },
  {
    name: 'list',
    summary: 'List episodes, rewards, datasets, runs or deployments (newest first).',
    flags: { limit: { type: 'string', help: 'How many (1-100, default 20).' } },
    async run(session, flags) {
      const what = str(flags, '_') ?? '';
      const limit = num(flags, 'limit') ?? 20;
      if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw invalidInput('--limit expects a whole number from 1 to 100');
      const { store, agentId } = session.ctx;
      const lists: Record<string, () => Promise<unknown[]>> = {
        episodes: async () => {
          const episodes = await store.listEpisodes(agentId, { limit });
          const rewards = await rewardSummaries(session.ctx, episodes.map((e) => e.id));
          return episodes.map((e) => ({ ...e, reward: rewards.get(e.id) }));
        },
        rewards: () => store.listRewards(agentId, { limit }),
        datasets: () => store.listDatasets(agentId, limit),
        runs: () => store.listTrainingRuns(agentId, limit),
        deployments: () => store.listDeployments(agentId, limit),
      };
      const fetch = lists[what];
      if (!fetch) throw invalidInput(`list what? one of: ${Object.keys(lists).join(', ')}`);
      const items = await fetch();
      return { result: items, text: items.map((item) => JSON.stringify(item)).join('\n') || `no ${what}`, exitCode: exitCodes.ok };
    },
  },
];
