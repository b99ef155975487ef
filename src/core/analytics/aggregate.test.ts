import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addToDailyStats, calibration, statKey, tallies, trueRetention, type DailyStat } from './aggregate';
import type { ResponseRecord } from '../exam/types';
import { DAY_MS } from '../review/scheduler';

const T = new Date(2026, 10, 20, 10).getTime();
const resp = (i: number, correct: boolean, domain = i % 2 ? 'a' : 'b'): ResponseRecord => ({
  attemptId: 'x',
  questionId: `q${i}`,
  domain,
  selected: 'A',
  flagged: false,
  crossedOut: [],
  confidence: (['sure', 'unsure', 'guessed', null] as const)[i % 4]!,
  timeMs: 1000,
  answeredAt: T + (i % 3) * DAY_MS,
  correct,
});

describe('daily answer tallies', () => {
  it('give the same domain totals whether answers arrive at once or in batches', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 60 }), fc.integer({ min: 1, max: 10 }), (results, batch) => {
        const rs = results.map((c, i) => resp(i, c));
        const once = addToDailyStats(new Map(), rs);
        let store = new Map<string, DailyStat>();
        for (let i = 0; i < rs.length; i += batch) {
          for (const row of addToDailyStats(store, rs.slice(i, i + batch)))
            store = new Map(store).set(statKey(row), row);
        }
        const sort = (ts: { domain: string }[]) => [...ts].sort((x, y) => x.domain.localeCompare(y.domain));
        expect(sort(tallies([...store.values()]))).toEqual(sort(tallies(once)));
        expect(tallies(once).reduce((s, t) => s + t.total, 0)).toBe(rs.length);
      }),
    );
  });

  it('skip unanswered and ungraded responses, and count calibration by confidence', () => {
    const rs = [
      resp(0, true),
      resp(1, false),
      { ...resp(2, true), selected: null },
      { ...resp(3, true), correct: null },
    ];
    const rows = addToDailyStats(new Map(), rs);
    expect(rows.reduce((s, r) => s + r.answered, 0)).toBe(2);
    const c = calibration(rows);
    expect(c.sure).toEqual({ answered: 1, correct: 1 });
    expect(c.unsure).toEqual({ answered: 1, correct: 0 });
  });

  it('compute true retention from first-of-day reviews of mature cards only', () => {
    const day = '2026-11-20';
    const logs = [
      { day, firstOfDay: true, state: 2, rating: 3, source: 'review' },
      { day, firstOfDay: true, state: 2, rating: 1, source: 'review' },
      { day, firstOfDay: false, state: 2, rating: 1, source: 'review' },
      { day, firstOfDay: true, state: 1, rating: 1, source: 'review' },
    ];
    const r = trueRetention(logs, T, 3);
    expect(r.at(-1)).toEqual({ day, rate: 0.5 });
  });
});
