/** Readiness: how likely a full simulation is passed, and what to study next. Pure and seeded. */
import type { Rng } from '../random';
import { accuracy, sampleBeta, sampleBinomial, type AccuracyEstimate } from './beta';

export interface DomainTally {
  domain: string;
  correct: number;
  total: number;
}

export interface Readiness {
  passProbability: number;
  /** Predicted score as a fraction, with an 80% interval. */
  median: number;
  low: number;
  high: number;
  draws: number;
}

/**
 * Monte Carlo over a full simulation: each draw takes each domain's accuracy from its Beta
 * posterior and its number of correct answers from a binomial over the domain's blueprint quota.
 */
export function estimateReadiness(
  tallies: readonly DomainTally[],
  quotas: ReadonlyMap<string, number>,
  passMark: number,
  rng: Rng,
  draws = 4000,
): Readiness {
  const total = [...quotas.values()].reduce((s, n) => s + n, 0);
  const byDomain = new Map(tallies.map((t) => [t.domain, t]));
  const scores: number[] = [];
  let passes = 0;
  for (let i = 0; i < draws; i++) {
    let correct = 0;
    for (const [domain, n] of quotas) {
      const t = byDomain.get(domain) ?? { correct: 0, total: 0 };
      const p = sampleBeta(1 + t.correct, 1 + t.total - t.correct, rng);
      correct += sampleBinomial(n, p, rng);
    }
    const score = total ? correct / total : 0;
    scores.push(score);
    if (score + 1e-9 >= passMark) passes++;
  }
  scores.sort((a, b) => a - b);
  const at = (q: number) => scores[Math.min(scores.length - 1, Math.floor(q * scores.length))] ?? 0;
  return { passProbability: draws ? passes / draws : 0, median: at(0.5), low: at(0.1), high: at(0.9), draws };
}

export interface PlanItem {
  domain: string;
  weight: number;
  estimate: AccuracyEstimate;
  /** Blueprint weight times how far the interval's lower bound sits below the pass mark. */
  priority: number;
}

/** Domains ranked by weight x gap between the pass mark and the lower bound of their accuracy. */
export function studyPlan(
  domains: readonly { id: string; weight: number }[],
  tallies: readonly DomainTally[],
  passMark: number,
): PlanItem[] {
  const byDomain = new Map(tallies.map((t) => [t.domain, t]));
  return domains
    .map((d) => {
      const t = byDomain.get(d.id) ?? { correct: 0, total: 0 };
      const estimate = accuracy(t.correct, t.total);
      return { domain: d.id, weight: d.weight, estimate, priority: d.weight * Math.max(0, passMark - estimate.low) };
    })
    .sort((a, b) => b.priority - a.priority || b.weight - a.weight);
}
