import type { Evaluation } from '../evaluate/schemas';
import type { TrainingStep } from '../training/results';

/** The numbers both renderers (HTML/SVG and Mermaid) draw, computed once. */

export function scoreCategories(e: Evaluation): { categories: string[]; active: number[]; candidate: number[]; activeLow: number[]; activeHigh: number[]; candidateLow: number[]; candidateHigh: number[] } {
  const tools = [...new Set([...Object.keys(e.active.perTool), ...Object.keys(e.candidate.perTool)])].sort();
  const pick = (s: Evaluation['active'], key: 'mean' | 'low' | 'high') => [s.overall[key], ...tools.map((t) => s.perTool[t]?.[key] ?? Number.NaN)];
  return {
    categories: ['overall', ...tools],
    active: pick(e.active, 'mean'),
    candidate: pick(e.candidate, 'mean'),
    activeLow: pick(e.active, 'low'),
    activeHigh: pick(e.active, 'high'),
    candidateLow: pick(e.candidate, 'low'),
    candidateHigh: pick(e.candidate, 'high'),
  };
}

export function lossSeries(steps: TrainingStep[]): { train: [number, number][]; valid: [number, number][] } {
  const train: [number, number][] = [];
  const valid: [number, number][] = [];
  for (const s of steps) {
    if (s.trainLoss !== undefined) train.push([s.step, s.trainLoss]);
    const v = s.fullValidLoss ?? s.validLoss;
    if (v !== undefined) valid.push([s.step, v]);
  }
  return { train, valid };
}

export const binLabel = (edge: number) => `${edge.toFixed(1)}..${(edge + 0.2).toFixed(1)}`;
