/** Blueprint quotas and question selection for simulations. */
import type { Domain, Question } from '../bank/schema';
import { shuffled, type Rng } from '../random';

/**
 * Splits `total` questions across domains by weight with largest-remainder rounding: each domain
 * gets the floor of its exact share, and the leftover seats go to the largest remainders (ties by
 * blueprint order). Weights need not sum to 1.
 */
export function quotas(domains: readonly Pick<Domain, 'id' | 'weight'>[], total: number): Map<string, number> {
  const sum = domains.reduce((s, d) => s + d.weight, 0);
  const exact = domains.map((d, i) => ({ id: d.id, i, x: sum > 0 ? (total * d.weight) / sum : 0 }));
  const out = new Map(exact.map((e) => [e.id, Math.floor(e.x)]));
  let left = total - [...out.values()].reduce((s, n) => s + n, 0);
  const byRemainder = [...exact].sort((a, b) => b.x - Math.floor(b.x) - (a.x - Math.floor(a.x)) || a.i - b.i);
  for (const e of byRemainder) {
    if (left <= 0) break;
    out.set(e.id, out.get(e.id)! + 1);
    left--;
  }
  return out;
}

/** When a question was last shown; absent means never. */
export type LastSeen = ReadonlyMap<string, number>;

/**
 * Picks `n` questions from `pool`, preferring never-seen ones (in random order), then those seen
 * longest ago. Never repeats a question.
 */
export function pickFreshest(pool: readonly Question[], n: number, lastSeen: LastSeen, rng: Rng): Question[] {
  const unseen = shuffled(
    pool.filter((q) => !lastSeen.has(q.id)),
    rng,
  );
  if (unseen.length >= n) return unseen.slice(0, n);
  const seen = shuffled(
    pool.filter((q) => lastSeen.has(q.id)),
    rng,
  ).sort((a, b) => lastSeen.get(a.id)! - lastSeen.get(b.id)!);
  return [...unseen, ...seen.slice(0, n - unseen.length)];
}

export interface SimulationDraw {
  questions: Question[];
  /** Domains whose quota the bank could not fill, with how many were missing. */
  shortfall: Map<string, number>;
}

/** Draws a full simulation: each domain's quota of its freshest questions. */
export function drawSimulation(
  domains: readonly Pick<Domain, 'id' | 'weight'>[],
  questions: readonly Question[],
  total: number,
  lastSeen: LastSeen,
  rng: Rng,
): SimulationDraw {
  const q = quotas(domains, total);
  const picked: Question[] = [];
  const shortfall = new Map<string, number>();
  for (const d of domains) {
    const want = q.get(d.id) ?? 0;
    const got = pickFreshest(
      questions.filter((x) => x.domain === d.id),
      want,
      lastSeen,
      rng,
    );
    if (got.length < want) shortfall.set(d.id, want - got.length);
    picked.push(...got);
  }
  return { questions: picked, shortfall };
}
