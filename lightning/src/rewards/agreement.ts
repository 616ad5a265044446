import type { CommandContext } from '../context';
import type { Reward } from '../schemas';

/** How well the judge agrees with people, on the episodes both rated. */
export interface JudgeAgreement {
  /** Episodes with a judge reward and a human rating (feedback or manual). */
  episodes: number;
  /** Of those, how many the judge put on the same side as the human (good: >= threshold). */
  sameSide: number;
  /** sameSide / episodes (null when there is nothing to compare). */
  agreement: number | null;
  meanAbsoluteError: number | null;
  /** Pearson correlation of the scores (null below 3 pairs or without variance). */
  correlation: number | null;
  threshold: number;
  /** The judge versions (rubric:model) the compared rewards came from, with their counts. */
  versions: Record<string, number>;
  /** The episodes where they disagree most, for a look. */
  worst: { episodeId: string; human: number; judge: number }[];
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/** A pure function of (human, judge) pairs: the numbers `lightning judge-agreement` reports. */
export function agreementOf(pairs: { episodeId: string; human: number; judge: number; version: string }[], threshold = 0.5): JudgeAgreement {
  const versions: Record<string, number> = {};
  let sameSide = 0;
  let absError = 0;
  for (const p of pairs) {
    versions[p.version] = (versions[p.version] ?? 0) + 1;
    if (p.human >= threshold === p.judge >= threshold) sameSide++;
    absError += Math.abs(p.human - p.judge);
  }
  const n = pairs.length;
  let correlation: number | null = null;
  if (n >= 3) {
    const mh = pairs.reduce((s, p) => s + p.human, 0) / n;
    const mj = pairs.reduce((s, p) => s + p.judge, 0) / n;
    let cov = 0;
    let vh = 0;
    let vj = 0;
    for (const p of pairs) {
      cov += (p.human - mh) * (p.judge - mj);
      vh += (p.human - mh) ** 2;
      vj += (p.judge - mj) ** 2;
    }
    if (vh > 0 && vj > 0) correlation = round(cov / Math.sqrt(vh * vj));
  }
  const worst = [...pairs]
    .sort((a, b) => Math.abs(b.human - b.judge) - Math.abs(a.human - a.judge))
    .slice(0, 5)
    .filter((p) => p.human !== p.judge)
    .map(({ episodeId, human, judge }) => ({ episodeId, human, judge }));
  return { episodes: n, sameSide, agreement: n ? round(sameSide / n) : null, meanAbsoluteError: n ? round(absError / n) : null, correlation, threshold, versions, worst };
}

/** Reads the rewards once and compares the judge's with the human ones (a manual reward over feedback). */
export async function judgeAgreement(ctx: Pick<CommandContext, 'store' | 'agentId'>, options: { threshold?: number; version?: string } = {}): Promise<JudgeAgreement> {
  const human = new Map<string, { value: number; manual: boolean }>();
  const judged = new Map<string, { value: number; version: string }>();
  for await (const raw of ctx.store.scanRewards(ctx.agentId)) {
    const r = raw as unknown as Reward;
    if (typeof r.value !== 'number' || typeof r.episodeId !== 'string') continue;
    if (r.source === 'manual') human.set(r.episodeId, { value: r.value, manual: true });
    else if (r.source === 'feedback' && !human.get(r.episodeId)?.manual) human.set(r.episodeId, { value: r.value, manual: false });
    else if (r.source === 'judge' && (!options.version || String(r.version).startsWith(options.version))) judged.set(r.episodeId, { value: r.value, version: String(r.version) });
  }
  const pairs: { episodeId: string; human: number; judge: number; version: string }[] = [];
  for (const [episodeId, j] of judged) {
    const h = human.get(episodeId);
    if (h) pairs.push({ episodeId, human: h.value, judge: j.value, version: j.version });
  }
  return agreementOf(pairs, options.threshold);
}
