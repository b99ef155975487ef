/**
 * Per-day, per-domain answer tallies kept up to date as answers are written, so the dashboard reads
 * a few hundred rows instead of every answer ever given.
 */
import type { Confidence, ResponseRecord } from '../exam/types';
import { dayOf, DAY_MS } from '../review/scheduler';
import type { DomainTally } from './readiness';

export interface DailyStat {
  day: string;
  domain: string;
  answered: number;
  correct: number;
  timeMs: number;
  /** Answers and correct answers per stated confidence. */
  byConfidence: Record<Confidence, { answered: number; correct: number }>;
}

const emptyConfidence = (): DailyStat['byConfidence'] => ({
  sure: { answered: 0, correct: 0 },
  unsure: { answered: 0, correct: 0 },
  guessed: { answered: 0, correct: 0 },
});

/** Adds graded, answered responses to the day's tallies (existing rows are updated, not replaced). */
export function addToDailyStats(
  existing: ReadonlyMap<string, DailyStat>,
  responses: readonly ResponseRecord[],
): DailyStat[] {
  const out = new Map<string, DailyStat>();
  for (const r of responses) {
    if (r.selected === null || r.correct === null || r.answeredAt === null) continue;
    const day = dayOf(r.answeredAt);
    const k = `${day}|${r.domain}`;
    const row =
      out.get(k) ??
      structuredClone(
        existing.get(k) ?? {
          day,
          domain: r.domain,
          answered: 0,
          correct: 0,
          timeMs: 0,
          byConfidence: emptyConfidence(),
        },
      );
    row.answered++;
    row.timeMs += r.timeMs;
    if (r.correct) row.correct++;
    if (r.confidence) {
      row.byConfidence[r.confidence].answered++;
      if (r.correct) row.byConfidence[r.confidence].correct++;
    }
    out.set(k, row);
  }
  return [...out.values()];
}

export const statKey = (s: Pick<DailyStat, 'day' | 'domain'>) => `${s.day}|${s.domain}`;

/** Domain tallies over all time, or since `sinceDay` (inclusive). */
export function tallies(stats: readonly DailyStat[], sinceDay?: string): DomainTally[] {
  const m = new Map<string, DomainTally>();
  for (const s of stats) {
    if (sinceDay && s.day < sinceDay) continue;
    const t = m.get(s.domain) ?? { domain: s.domain, correct: 0, total: 0 };
    t.correct += s.correct;
    t.total += s.answered;
    m.set(s.domain, t);
  }
  return [...m.values()];
}

/** Mean time per answered question, per domain. */
export function meanTime(stats: readonly DailyStat[]): Map<string, number> {
  const m = new Map<string, { n: number; ms: number }>();
  for (const s of stats) {
    const e = m.get(s.domain) ?? { n: 0, ms: 0 };
    e.n += s.answered;
    e.ms += s.timeMs;
    m.set(s.domain, e);
  }
  return new Map([...m].map(([d, e]) => [d, e.n ? e.ms / e.n : 0]));
}

/** Accuracy when sure, unsure and guessed. */
export function calibration(stats: readonly DailyStat[]): Record<Confidence, { answered: number; correct: number }> {
  const c = emptyConfidence();
  for (const s of stats) {
    for (const k of ['sure', 'unsure', 'guessed'] as const) {
      c[k].answered += s.byConfidence[k].answered;
      c[k].correct += s.byConfidence[k].correct;
    }
  }
  return c;
}

/** Answers per day for the last `days` days, oldest first (for the activity calendar). */
export function activity(stats: readonly DailyStat[], now: number, days = 84): { day: string; answered: number }[] {
  const m = new Map<string, number>();
  for (const s of stats) m.set(s.day, (m.get(s.day) ?? 0) + s.answered);
  const out: { day: string; answered: number }[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const day = dayOf(now - i * DAY_MS);
    out.push({ day, answered: m.get(day) ?? 0 });
  }
  return out;
}

export interface RetentionLog {
  day: string;
  firstOfDay: boolean;
  state: number;
  rating: number;
  source: string;
}

/**
 * True retention: the share of first-of-day reviews of cards in the Review state that were not
 * failed, as a 7-day moving average ending on each of the last `days` days.
 */
export function trueRetention(
  logs: readonly RetentionLog[],
  now: number,
  days = 30,
): { day: string; rate: number | null }[] {
  const perDay = new Map<string, { n: number; ok: number }>();
  for (const l of logs) {
    if (!l.firstOfDay || l.state !== 2) continue;
    const e = perDay.get(l.day) ?? { n: 0, ok: 0 };
    e.n++;
    if (l.rating > 1) e.ok++;
    perDay.set(l.day, e);
  }
  const out: { day: string; rate: number | null }[] = [];
  for (let i = days - 1; i >= 0; i--) {
    let n = 0;
    let ok = 0;
    for (let j = 0; j < 7; j++) {
      const e = perDay.get(dayOf(now - (i + j) * DAY_MS));
      if (e) {
        n += e.n;
        ok += e.ok;
      }
    }
    out.push({ day: dayOf(now - i * DAY_MS), rate: n ? ok / n : null });
  }
  return out;
}
