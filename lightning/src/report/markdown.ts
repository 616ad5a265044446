import type { Evaluation } from '../evaluate/schemas';
import type { TrainingRun } from '../schemas';
import { thin } from '../training/results';
import { binLabel, lossSeries, scoreCategories } from './series';
import type { RewardDistribution } from './collect';
import { intervalText } from './text';

/** Markdown with Mermaid `xychart-beta` charts, for a GitHub job summary (GitHub renders Mermaid blocks). */

const r3 = (n: number) => (Number.isFinite(n) ? Math.round(n * 1000) / 1000 : 0);
const quote = (s: string) => `"${s.replace(/["\\]/g, '')}"`;
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function evaluationMarkdown(e: Evaluation): string {
  const s = scoreCategories(e);
  const chart = [
    '```mermaid',
    'xychart-beta',
    `    title ${quote(`Mean score: active (first bar) vs candidate (second bar)`)}`,
    `    x-axis [${s.categories.map(quote).join(', ')}]`,
    '    y-axis "Score" -1 --> 1',
    `    bar [${s.active.map(r3).join(', ')}]`,
    `    bar [${s.candidate.map(r3).join(', ')}]`,
    '```',
  ].join('\n');
  const rows = s.categories.map((c, i) => `| ${cell(c)} | ${r3(s.active[i]!)} | ${r3(s.candidate[i]!)} | ${c === 'overall' ? intervalText(e.difference) : e.differencePerTool[c] ? intervalText(e.differencePerTool[c]) : '-'} |`);
  const cost = (m: Evaluation['active']) => `${m.tokens.prompt + m.tokens.completion} tokens${m.cost !== null ? `, cost ${m.cost.toFixed(4)}` : ''}, latency ${m.latencyMs.mean} ms (p95 ${m.latencyMs.p95})`;
  return [
    `### Evaluation ${e.id}: ${e.gate.passed ? 'PASS' : 'FAIL'}`,
    '',
    `Candidate \`${e.candidate.model}\` against the serving \`${e.active.model}\` on evaluation set v${e.evalSetVersion} (${e.examples.length} prompts). ${e.gate.reason}.`,
    '',
    chart,
    '',
    '| | Active | Candidate | Difference (interval) |',
    '|---|---|---|---|',
    ...rows,
    '',
    `Wins ${e.wins}, ties ${e.ties}, losses ${e.losses}. Active: ${cost(e.active)}. Candidate: ${cost(e.candidate)}. Graders: ${e.graders.judge ? `judge ${e.graders.judge} and ` : ''}checks ${e.graders.checks.join(', ')}.`,
    '',
  ].join('\n');
}

export function trainingRunMarkdown(run: TrainingRun): string {
  const metrics = run.metrics;
  if (!metrics || metrics.steps.length === 0) return `### Training run ${run.id}: ${run.status}\n\n${metrics?.error ? `Result file not read: ${metrics.error}\n` : 'No result file yet.\n'}`;
  const { train, valid } = lossSeries(thin(metrics.steps, 40));
  const steps = train.map((p) => p[0]);
  const validAt = new Map(valid);
  let last: number | undefined;
  // Mermaid lines share the x axis: the validation loss is carried forward between its measurements.
  const validLine = steps.map((step) => (last = validAt.get(step) ?? last) ?? Number.NaN);
  const lines = [`    line [${train.map((p) => r3(p[1])).join(', ')}]`];
  if (valid.length > 0) lines.push(`    line [${validLine.map((v) => r3(Number.isNaN(v) ? (train[0]?.[1] ?? 0) : v)).join(', ')}]`);
  const max = Math.max(...train.map((p) => p[1]), ...valid.map((p) => p[1]), 0.001);
  const final = metrics.final;
  return [
    `### Training run ${run.id}: ${run.status}${run.fineTunedModel ? ` -> \`${run.fineTunedModel}\`` : ''}`,
    '',
    '```mermaid',
    'xychart-beta',
    `    title ${quote(`Loss per step: training${valid.length ? ' (first line), validation (second line)' : ''}`)}`,
    `    x-axis "step" ${steps[0] ?? 0} --> ${steps.at(-1) ?? 1}`,
    `    y-axis "Loss" 0 --> ${r3(max * 1.1)}`,
    ...lines,
    '```',
    '',
    `Final: training loss ${final.trainLoss ?? '-'}, validation loss ${final.fullValidLoss ?? final.validLoss ?? '-'}, token accuracy ${final.trainAccuracy ?? '-'} / ${final.fullValidAccuracy ?? final.validAccuracy ?? '-'} (${metrics.totalSteps} steps; result files ${metrics.resultFiles.join(', ')}).`,
    '',
  ].join('\n');
}

export function rewardsMarkdown(rewards: RewardDistribution): string {
  const sources = Object.keys(rewards.bySource).sort();
  if (sources.length === 0) return '';
  return [
    '### Reward distribution',
    '',
    '```mermaid',
    'xychart-beta',
    `    title ${quote(`Rewards by value (${sources.join(', ')}, in that order)`)}`,
    `    x-axis [${rewards.edges.map((e) => quote(binLabel(e))).join(', ')}]`,
    '    y-axis "Rewards"',
    ...sources.map((s) => `    bar [${rewards.bySource[s]!.join(', ')}]`),
    '```',
    '',
  ].join('\n');
}
