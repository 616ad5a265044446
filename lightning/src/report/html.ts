import type { Evaluation } from '../evaluate/schemas';
import type { TrainingRun } from '../schemas';
import type { ReportData } from './collect';
import { binLabel, lossSeries, scoreCategories } from './series';
import { barChart, escapeXml as esc, lineChart } from './svg';
import { intervalText } from './text';

/**
 * The self-contained HTML report: inline SVG charts and CSS, no external asset. A small inline
 * script records each chart's rendered size on the element (data-rendered-*), so a headless browser's
 * DOM dump shows that the charts were laid out.
 */

const r3 = (n: number) => (Number.isFinite(n) ? (Math.round(n * 1000) / 1000).toString() : '-');

function evaluationSection(e: Evaluation, prompts: Record<string, string>): string {
  const s = scoreCategories(e);
  const chart = barChart({
    kind: 'scores',
    title: 'Mean score per tool: active vs candidate',
    yLabel: 'score (-1..1)',
    categories: s.categories,
    min: -1,
    max: 1,
    series: [
      { name: `active ${e.active.model}`, values: s.active, low: s.activeLow, high: s.activeHigh },
      { name: `candidate ${e.candidate.model}`, values: s.candidate, low: s.candidateLow, high: s.candidateHigh },
    ],
  });
  const rows = e.examples
    .map((x) => `<tr><td title="${esc(x.promptHash)}">${esc((prompts[x.promptHash] ?? x.promptHash.slice(0, 12)).slice(0, 120))}</td><td>${esc(x.tool)}</td><td>${r3(x.active.score)}</td><td>${r3(x.candidate.score)}</td><td>${r3(x.candidate.score - x.active.score)}</td><td>${esc(Object.entries(x.candidate.checks).filter(([, ok]) => !ok).map(([k]) => k).join(', '))}</td></tr>`)
    .join('');
  return `<section id="evaluation"><h2>Evaluation ${esc(e.id)} <span class="${e.gate.passed ? 'pass' : 'fail'}">${e.gate.passed ? 'PASS' : 'FAIL'}</span></h2>
<p>${esc(e.gate.reason)}. Evaluation set v${e.evalSetVersion}, ${e.examples.length} prompts; wins ${e.wins}, ties ${e.ties}, losses ${e.losses}; difference ${esc(intervalText(e.difference))}.</p>
${chart}
<table><thead><tr><th></th><th>Active</th><th>Candidate</th></tr></thead><tbody>
<tr><th>Model</th><td>${esc(e.active.model)}</td><td>${esc(e.candidate.model)}</td></tr>
<tr><th>Mean score</th><td>${esc(intervalText(e.active.overall))}</td><td>${esc(intervalText(e.candidate.overall))}</td></tr>
<tr><th>Latency (mean / p95 ms)</th><td>${e.active.latencyMs.mean} / ${e.active.latencyMs.p95}</td><td>${e.candidate.latencyMs.mean} / ${e.candidate.latencyMs.p95}</td></tr>
<tr><th>Tokens (prompt + completion)</th><td>${e.active.tokens.prompt} + ${e.active.tokens.completion}</td><td>${e.candidate.tokens.prompt} + ${e.candidate.tokens.completion}</td></tr>
<tr><th>Cost</th><td>${e.active.cost === null ? '-' : e.active.cost.toFixed(4)}</td><td>${e.candidate.cost === null ? '-' : e.candidate.cost.toFixed(4)}</td></tr>
<tr><th>Errors</th><td>${e.active.errors}</td><td>${e.candidate.errors}</td></tr>
</tbody></table>
<details><summary>Per example</summary><table><thead><tr><th>Prompt</th><th>Tool</th><th>Active</th><th>Candidate</th><th>Difference</th><th>Candidate failed checks</th></tr></thead><tbody>${rows}</tbody></table></details></section>`;
}

function runSection(run: TrainingRun): string {
  const head = `<h2>Training run ${esc(run.id)}: ${esc(run.status)}</h2><p>${esc(run.baseModel)}${run.fineTunedModel ? ` &rarr; ${esc(run.fineTunedModel)}` : ''}, dataset ${esc(run.datasetId)}.</p>`;
  if (!run.metrics?.steps.length) return `<section id="training">${head}<p>No result file read${run.metrics?.error ? `: ${esc(run.metrics.error)}` : ' yet'}.</p></section>`;
  const { train, valid } = lossSeries(run.metrics.steps);
  const chart = lineChart({
    kind: 'loss',
    title: 'Loss per step',
    xLabel: 'step',
    yLabel: 'loss',
    series: [{ name: 'training loss', points: train }, ...(valid.length ? [{ name: 'validation loss', points: valid }] : [])],
  });
  const f = run.metrics.final;
  return `<section id="training">${head}${chart}<p>Final training loss ${r3(f.trainLoss ?? Number.NaN)}, validation loss ${r3(f.fullValidLoss ?? f.validLoss ?? Number.NaN)}; ${run.metrics.totalSteps} steps.</p></section>`;
}

function rewardsSection(data: ReportData): string {
  const sources = Object.keys(data.rewards.bySource).sort();
  if (sources.length === 0) return '<section id="rewards"><h2>Rewards</h2><p>No rewards recorded.</p></section>';
  const chart = barChart({
    kind: 'rewards',
    title: `Reward distribution (${data.rewards.total} rewards)`,
    yLabel: 'rewards',
    categories: data.rewards.edges.map(binLabel),
    series: sources.map((s) => ({ name: s, values: data.rewards.bySource[s]! })),
  });
  return `<section id="rewards"><h2>Rewards</h2>${chart}</section>`;
}

export function renderHtmlReport(data: ReportData): string {
  const sections = [data.evaluation ? evaluationSection(data.evaluation, data.prompts) : '<section id="evaluation"><h2>Evaluation</h2><p>No evaluation recorded: run <code>lightning evaluate</code>.</p></section>', data.run ? runSection(data.run) : '', rewardsSection(data)];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lightning report: ${esc(data.agentId)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:24px;color:#111;max-width:980px}
h1{font-size:22px}h2{font-size:18px;margin-top:32px}
table{border-collapse:collapse;margin:12px 0}td,th{border:1px solid #ddd;padding:4px 8px;text-align:left;font-size:13px}
.pass{color:#fff;background:#16a34a;padding:2px 8px;border-radius:4px}.fail{color:#fff;background:#dc2626;padding:2px 8px;border-radius:4px}
svg.chart{display:block;margin:12px 0;border:1px solid #eee}
</style></head>
<body><h1>Lightning report: ${esc(data.agentId)}</h1><p>Generated ${esc(data.generatedAt)}.</p>
${sections.join('\n')}
<script>
for (const svg of document.querySelectorAll('svg.chart')) {
  const box = svg.getBoundingClientRect();
  svg.setAttribute('data-rendered-width', String(Math.round(box.width)));
  svg.setAttribute('data-rendered-height', String(Math.round(box.height)));
  svg.setAttribute('data-rendered-marks', String(svg.querySelectorAll('rect.bar, polyline.series').length));
}
document.body.setAttribute('data-charts-rendered', String(document.querySelectorAll('svg.chart[data-rendered-width]').length));
</script></body></html>
`;
}
