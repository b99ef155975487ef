import { describe, expect, it } from 'vitest';
import { buildQueue, forecast, interleaveByDomain, queueCounts } from './queue';
import { DAY_MS, dayOf, DEFAULT_SRS, newCard, State, type StoredCard } from './scheduler';

const NOW = new Date(2026, 10, 2, 9, 0, 0).getTime();

function card(id: string, domain: string, state: State, due: number, extra: Partial<StoredCard> = {}): StoredCard {
  return {
    ...newCard(id, domain, NOW - 30 * DAY_MS),
    state,
    due,
    stability: 5,
    last_review: due - 5 * DAY_MS,
    ...extra,
  };
}

describe("today's queue", () => {
  it('puts due learning cards first, then due reviews, then new cards, and skips suspended and future cards', () => {
    const cards = [
      card('r1', 'a', State.Review, NOW - DAY_MS),
      card('n1', 'a', State.New, NOW),
      card('l1', 'b', State.Relearning, NOW - 60_000),
      card('r2', 'b', State.Review, NOW - 2 * DAY_MS),
      card('future', 'a', State.Review, NOW + DAY_MS),
      card('sus', 'a', State.Review, NOW - DAY_MS, { suspended: true }),
    ];
    const ids = buildQueue(cards, NOW, DEFAULT_SRS, { reviews: 0, news: 0 }).map((c) => c.questionId);
    expect(ids[0]).toBe('l1');
    expect(ids.slice(1, 3).sort()).toEqual(['r1', 'r2']);
    expect(ids[3]).toBe('n1');
    expect(ids).not.toContain('future');
    expect(ids).not.toContain('sus');
  });

  it('with a backlog, spends the review limit on the cards most likely forgotten', () => {
    const cards = [
      card('fresh', 'a', State.Review, NOW - 1000, { stability: 50, last_review: NOW - DAY_MS }),
      card('stale', 'a', State.Review, NOW - 1000, { stability: 1, last_review: NOW - 40 * DAY_MS }),
    ];
    const q = buildQueue(cards, NOW, { ...DEFAULT_SRS, reviewsPerDay: 1 }, { reviews: 0, news: 0 });
    expect(q.map((c) => c.questionId)).toEqual(['stale']);
  });

  it('respects the new-card and review limits already used today', () => {
    const cards = [
      card('n1', 'a', State.New, NOW),
      card('n2', 'b', State.New, NOW),
      card('r1', 'a', State.Review, NOW - 1),
    ];
    const q = buildQueue(cards, NOW, { ...DEFAULT_SRS, newPerDay: 2, reviewsPerDay: 5 }, { reviews: 5, news: 1 });
    expect(q).toHaveLength(1);
    expect(q[0]!.state).toBe(State.New);
  });

  it('holds back a card already moved today until tomorrow, even when its learning step is due', () => {
    const missedThisMorning = card('m', 'a', State.Learning, NOW - 60_000, { lastUpdateDay: dayOf(NOW) });
    expect(buildQueue([missedThisMorning], NOW, DEFAULT_SRS, { reviews: 0, news: 0 })).toEqual([]);
    expect(queueCounts([missedThisMorning], NOW).dueNow).toBe(0);
    expect(forecast([missedThisMorning], NOW)[1]).toBe(1);
    expect(buildQueue([missedThisMorning], NOW + DAY_MS, DEFAULT_SRS, { reviews: 0, news: 0 })).toHaveLength(1);
  });

  it('mixes domains', () => {
    const cs = ['a', 'a', 'a', 'b', 'b', 'c'].map((d, i) => card(`${d}${i}`, d, State.Review, NOW - 1));
    expect(interleaveByDomain(cs).map((c) => c.domain)).toEqual(['a', 'b', 'c', 'a', 'b', 'a']);
  });

  it('counts what is due now and today, and forecasts the next 30 days', () => {
    const cards = [
      card('now', 'a', State.Review, NOW - 1),
      card('later-today', 'a', State.Review, NOW + 3_600_000),
      card('in-3-days', 'a', State.Review, NOW + 3 * DAY_MS),
      card('leech', 'a', State.Review, NOW + 40 * DAY_MS, { leech: true }),
    ];
    expect(queueCounts(cards, NOW)).toEqual({ dueNow: 1, dueToday: 2, newAvailable: 0, leeches: 1 });
    const f = forecast(cards, NOW);
    expect(f).toHaveLength(30);
    expect(f[0]).toBe(2);
    expect(f[3]).toBe(1);
    expect(f.reduce((s, n) => s + n, 0)).toBe(3);
  });
});
