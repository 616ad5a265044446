import type { Evaluation, Interval } from '../evaluate/schemas';

const f = (n: number) => (Math.round(n * 1000) / 1000).toFixed(3);
export const intervalText = (i: Interval) => `${f(i.mean)} [${f(i.low)}, ${f(i.high)}]`;

/** The evaluation as a few lines for a terminal. */
export function evaluationText(e: Evaluation): string {
  const tools = [...new Set([...Object.keys(e.active.perTool), ...Object.keys(e.candidate.perTool)])].sort();
  return [
    `evaluation ${e.id} on evaluation set v${e.evalSetVersion} (${e.examples.length} prompts)`,
    `  active    ${e.active.model}: ${intervalText(e.active.overall)}  latency ${e.active.latencyMs.mean} ms (p95 ${e.active.latencyMs.p95})  tokens ${e.active.tokens.prompt}+${e.active.tokens.completion}${e.active.cost !== null ? `  cost ${e.active.cost.toFixed(4)}` : ''}`,
    `  candidate ${e.candidate.model}: ${intervalText(e.candidate.overall)}  latency ${e.candidate.latencyMs.mean} ms (p95 ${e.candidate.latencyMs.p95})  tokens ${e.candidate.tokens.prompt}+${e.candidate.tokens.completion}${e.candidate.cost !== null ? `  cost ${e.candidate.cost.toFixed(4)}` : ''}`,
    ...tools.map((t) => `  ${t}: active ${e.active.perTool[t] ? f(e.active.perTool[t].mean) : '-'}, candidate ${e.candidate.perTool[t] ? f(e.candidate.perTool[t].mean) : '-'}, difference ${e.differencePerTool[t] ? intervalText(e.differencePerTool[t]) : '-'}`),
    `  wins ${e.wins}, ties ${e.ties}, losses ${e.losses}; difference ${intervalText(e.difference)}`,
    `  gate: ${e.gate.passed ? 'PASS' : 'FAIL'}: ${e.gate.reason}`,
  ].join('\n');
}
