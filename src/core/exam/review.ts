/** Grouping a finished attempt's responses for its results page. */
import type { ResponseRecord } from './types';

export type ReviewFilter = 'all' | 'incorrect' | 'flagged' | 'unanswered';

export function matchesFilter(r: ResponseRecord, f: ReviewFilter): boolean {
  switch (f) {
    case 'all':
      return true;
    case 'incorrect':
      return r.selected !== null && r.correct === false;
    case 'flagged':
      return r.flagged;
    case 'unanswered':
      return r.selected === null;
  }
}

export interface DomainTime {
  domain: string;
  questions: number;
  totalMs: number;
  meanMs: number;
}

/** Time spent per domain, for comparing against the simulation's pace. */
export function timeByDomain(responses: readonly ResponseRecord[]): DomainTime[] {
  const m = new Map<string, { n: number; ms: number }>();
  for (const r of responses) {
    const e = m.get(r.domain) ?? { n: 0, ms: 0 };
    e.n++;
    e.ms += r.timeMs;
    m.set(r.domain, e);
  }
  return [...m].map(([domain, e]) => ({ domain, questions: e.n, totalMs: e.ms, meanMs: e.n ? e.ms / e.n : 0 }));
}

/** "1 h 05 min", "12 min 30 s", "45 s". */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`;
}
