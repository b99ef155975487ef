/** Today's review queue and the numbers around it. Pure: cards and the clock come in. */
import { dayOf, endOfDay, retrievability, State, type SrsSettings, type StoredCard } from './scheduler';

/**
 * When a card can next be reviewed. A card gets one scheduling update a day, so a card already
 * updated today (say, missed in a quiz this morning) waits until tomorrow even if its FSRS learning
 * step is due sooner: reviewing it again today could not move it.
 */
export function effectiveDue(c: StoredCard, now: number): number {
  return c.lastUpdateDay === dayOf(now) ? Math.max(c.due, endOfDay(now)) : c.due;
}

export interface QueueCounts {
  dueNow: number;
  dueToday: number;
  newAvailable: number;
  leeches: number;
}

export interface DoneToday {
  reviews: number;
  news: number;
}

/** Round-robin across domains so a session mixes them instead of running one domain at a time. */
export function interleaveByDomain(cards: StoredCard[]): StoredCard[] {
  const groups = new Map<string, StoredCard[]>();
  for (const c of cards) {
    const g = groups.get(c.domain) ?? [];
    g.push(c);
    groups.set(c.domain, g);
  }
  const out: StoredCard[] = [];
  const lists = [...groups.values()];
  for (let i = 0; out.length < cards.length; i++) for (const l of lists) if (l[i]) out.push(l[i]!);
  return out;
}

/**
 * Due learning and relearning cards first (soonest first), then due reviews (lowest retrievability
 * first when there are more than today's limit allows, mixed across domains otherwise), then new
 * cards up to the new-card limit. Suspended cards never appear.
 */
export function buildQueue(cards: readonly StoredCard[], now: number, s: SrsSettings, done: DoneToday): StoredCard[] {
  const active = cards.filter((c) => !c.suspended);
  const learning = active
    .filter((c) => (c.state === State.Learning || c.state === State.Relearning) && effectiveDue(c, now) <= now)
    .sort((a, b) => a.due - b.due);
  let reviews = active.filter((c) => c.state === State.Review && effectiveDue(c, now) <= now);
  const reviewRoom = Math.max(0, s.reviewsPerDay - done.reviews);
  if (reviews.length > reviewRoom) {
    // A backlog: spend today's limit on what is closest to being forgotten.
    const r = new Map(reviews.map((c) => [c.questionId, retrievability(c, now, s)]));
    reviews = reviews.sort((a, b) => r.get(a.questionId)! - r.get(b.questionId)!).slice(0, reviewRoom);
  } else {
    reviews = interleaveByDomain(reviews.sort((a, b) => a.due - b.due));
  }
  const newRoom = Math.max(0, s.newPerDay - done.news);
  const news = interleaveByDomain(active.filter((c) => c.state === State.New && c.lastUpdateDay !== dayOf(now))).slice(
    0,
    newRoom,
  );
  return [...learning, ...reviews, ...news];
}

export function queueCounts(cards: readonly StoredCard[], now: number): QueueCounts {
  const active = cards.filter((c) => !c.suspended && c.state !== State.New);
  const eod = endOfDay(now);
  return {
    dueNow: active.filter((c) => effectiveDue(c, now) <= now).length,
    dueToday: active.filter((c) => effectiveDue(c, now) < eod).length,
    newAvailable: cards.filter((c) => !c.suspended && c.state === State.New).length,
    leeches: cards.filter((c) => c.leech && !c.suspended).length,
  };
}

/** Cards falling due on each of the next `days` local days (day 0 includes anything overdue). */
export function forecast(cards: readonly StoredCard[], now: number, days = 30): number[] {
  const out = new Array<number>(days).fill(0);
  const bounds: number[] = [];
  let t = now;
  for (let i = 0; i < days; i++) {
    t = endOfDay(t);
    bounds.push(t);
  }
  for (const c of cards) {
    if (c.suspended || c.state === State.New) continue;
    const due = effectiveDue(c, now);
    const i = bounds.findIndex((b) => due < b);
    if (i >= 0) out[i]!++;
  }
  return out;
}
