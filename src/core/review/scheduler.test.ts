import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DAY_MS,
  DEFAULT_SRS,
  gradeFromAnswer,
  LEECH_LAPSES,
  previewIntervals,
  Rating,
  review,
  State,
  type Grade,
  type StoredCard,
} from './scheduler';

const q = { questionId: 'model-deployment-001', domain: 'model-deployment' };
const T0 = new Date(2026, 10, 2, 9, 0, 0).getTime();
const noFuzz = { ...DEFAULT_SRS, fuzz: false };

/** Reviews the card on successive days with the same grade, returning each card. */
function series(grades: Grade[], start = T0, s = noFuzz): StoredCard[] {
  let card: StoredCard | null = null;
  let t = start;
  const out: StoredCard[] = [];
  for (const g of grades) {
    card = review(card, q, g, t, s, 'review').card;
    out.push(card);
    t = Math.max(card.due, t + DAY_MS);
  }
  return out;
}

describe('grading an answer', () => {
  it('maps wrong and guessed to Again, unsure to Hard, sure or unmarked to Good, never Easy', () => {
    expect(gradeFromAnswer(false, 'sure')).toBe(Rating.Again);
    expect(gradeFromAnswer(true, 'guessed')).toBe(Rating.Again);
    expect(gradeFromAnswer(true, 'unsure')).toBe(Rating.Hard);
    expect(gradeFromAnswer(true, 'sure')).toBe(Rating.Good);
    expect(gradeFromAnswer(true, null)).toBe(Rating.Good);
  });
});

describe('the FSRS adapter', () => {
  it('lengthens intervals with each Good review', () => {
    const cards = series([Rating.Good, Rating.Good, Rating.Good, Rating.Good]);
    const intervals = cards.map((c) => c.scheduled_days);
    for (let i = 2; i < intervals.length; i++) expect(intervals[i]!).toBeGreaterThan(intervals[i - 1]!);
    expect(cards.at(-1)!.state).toBe(State.Review);
  });

  it('sends a lapsed review card to relearning, due within the day', () => {
    const [, , graduated] = series([Rating.Good, Rating.Good, Rating.Good]);
    const t = graduated!.due;
    const lapsed = review(graduated!, q, Rating.Again, t, noFuzz, 'review').card;
    expect(lapsed.state).toBe(State.Relearning);
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.due - t).toBeLessThan(DAY_MS);
  });

  it('is never due before its due date', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(Rating.Again, Rating.Hard, Rating.Good, Rating.Easy), { minLength: 1, maxLength: 12 }),
        (grades) => {
          let card: StoredCard | null = null;
          let t = T0;
          for (const g of grades) {
            const next: StoredCard = review(card, q, g, t, DEFAULT_SRS, 'review').card;
            expect(next.due).toBeGreaterThan(t);
            card = next;
            t = Math.max(next.due, t + DAY_MS);
          }
        },
      ),
    );
  });

  it('moves a card at most once a day: later answers that day are logged but not counted', () => {
    const first = review(null, q, Rating.Good, T0, noFuzz, 'exam');
    const again = review(first.card, q, Rating.Again, T0 + 3 * 3_600_000, noFuzz, 'exam');
    expect(first.log.counted).toBe(true);
    expect(again.log.counted).toBe(false);
    expect(again.log.rating).toBe(Rating.Again);
    expect(again.card).toEqual(first.card);
    const nextDay = review(first.card, q, Rating.Again, T0 + DAY_MS, noFuzz, 'exam');
    expect(nextDay.log.counted).toBe(true);
    expect(nextDay.card).not.toEqual(first.card);
  });

  it('never schedules past the exam date', () => {
    const exam = new Date(T0 + 10 * DAY_MS);
    const examDate = `${exam.getFullYear()}-${String(exam.getMonth() + 1).padStart(2, '0')}-${String(exam.getDate()).padStart(2, '0')}`;
    const s = { ...noFuzz, examDate };
    const cards = series([Rating.Easy, Rating.Easy, Rating.Easy, Rating.Easy, Rating.Easy], T0, s);
    for (const c of cards) expect(c.scheduled_days).toBeLessThanOrEqual(10);
  });

  it('marks a card a leech once it has lapsed eight times', () => {
    let card = series([Rating.Good, Rating.Good])[1]!;
    let t = card.due;
    for (let i = 0; i < LEECH_LAPSES; i++) {
      card = review(card, q, Rating.Again, t, noFuzz, 'review').card;
      t += DAY_MS;
      card = review(card, q, Rating.Good, t, noFuzz, 'review').card;
      t = Math.max(card.due, t + DAY_MS);
    }
    expect(card.lapses).toBeGreaterThanOrEqual(LEECH_LAPSES);
    expect(card.leech).toBe(true);
  });

  it('previews a later due date for each better grade', () => {
    const card = series([Rating.Good, Rating.Good])[1]!;
    const p = previewIntervals(card, card.due, noFuzz);
    expect(p.again).toBeLessThan(p.hard);
    expect(p.hard).toBeLessThan(p.good);
    expect(p.good).toBeLessThan(p.easy);
  });
});
