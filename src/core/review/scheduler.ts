/**
 * Spaced repetition with FSRS (ts-fsrs): an adapter that maps answers to grades, applies at most one
 * scheduling update per question per day, caps intervals at the exam date, and marks leeches.
 * Pure: the clock is passed in; ts-fsrs's interval fuzz is seeded from the card itself.
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type FSRS, type Grade } from 'ts-fsrs';
import type { Confidence } from '../exam/types';

export { Rating, State };
export type { Grade };

export const DAY_MS = 86_400_000;
export const LEECH_LAPSES = 8;

export interface SrsSettings {
  desiredRetention: number;
  newPerDay: number;
  reviewsPerDay: number;
  /** Local date "YYYY-MM-DD" of the exam; intervals never run past it. */
  examDate: string | null;
  fuzz: boolean;
}

export const DEFAULT_SRS: SrsSettings = {
  desiredRetention: 0.9,
  newPerDay: 20,
  reviewsPerDay: 200,
  examDate: null,
  fuzz: true,
};

/** A review card as stored: ts-fsrs's card with plain numbers for dates, plus our own flags. */
export interface StoredCard {
  questionId: string;
  domain: string;
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: State;
  last_review: number | null;
  suspended: boolean;
  leech: boolean;
  /** Local day of the last scheduling update: later answers that day are logged but do not move the card. */
  lastUpdateDay: string | null;
}

export interface StoredLog {
  id?: number;
  questionId: string;
  domain: string;
  rating: Grade;
  /** The card's state before this review. */
  state: State;
  reviewedAt: number;
  day: string;
  /** False for an answer logged on a day the card had already been updated. */
  counted: boolean;
  /** The first review of the day for this card (for true retention). */
  firstOfDay: boolean;
  scheduledDays: number;
  source: 'exam' | 'review';
  /** The card before this review, so the last review can be undone exactly; null when it created the card. */
  before: StoredCard | null;
}

/** Local calendar day of a timestamp, "YYYY-MM-DD". */
export function dayOf(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Midnight at the end of the local day containing `ms`. */
export function endOfDay(ms: number): number {
  const d = new Date(ms);
  d.setHours(24, 0, 0, 0);
  return d.getTime();
}

/** Wrong or guessed: Again. Right but unsure: Hard. Right: Good. Easy is never given automatically. */
export function gradeFromAnswer(correct: boolean, confidence: Confidence | null): Grade {
  if (!correct || confidence === 'guessed') return Rating.Again;
  if (confidence === 'unsure') return Rating.Hard;
  return Rating.Good;
}

/** Whole days from `now` until the start of the exam day, at least 1; null without an exam date. */
export function daysUntilExam(examDate: string | null, now: number): number | null {
  if (!examDate) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(examDate);
  if (!m) return null;
  const exam = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime();
  return Math.max(1, Math.floor((exam - now) / DAY_MS));
}

export function scheduler(s: SrsSettings, now: number): FSRS {
  const cap = daysUntilExam(s.examDate, now);
  return fsrs({ request_retention: s.desiredRetention, maximum_interval: cap ?? 36500, enable_fuzz: s.fuzz });
}

function toFsrs(c: StoredCard): Card {
  return {
    due: new Date(c.due),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsed_days,
    scheduled_days: c.scheduled_days,
    learning_steps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    last_review: c.last_review === null ? undefined : new Date(c.last_review),
  };
}

function fromFsrs(
  c: Card,
  base: Pick<StoredCard, 'questionId' | 'domain' | 'suspended' | 'leech' | 'lastUpdateDay'>,
): StoredCard {
  return {
    ...base,
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsed_days,
    scheduled_days: c.scheduled_days,
    learning_steps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    last_review: c.last_review ? c.last_review.getTime() : null,
  };
}

/** A card for a question that has never been reviewed (added to review by hand). */
export function newCard(questionId: string, domain: string, now: number): StoredCard {
  return fromFsrs(createEmptyCard(new Date(now)), {
    questionId,
    domain,
    suspended: false,
    leech: false,
    lastUpdateDay: null,
  });
}

export interface ReviewOutcome {
  card: StoredCard;
  log: StoredLog;
}

/**
 * Applies one graded answer. The first answer of the day moves the card; later answers that day are
 * logged (counted: false) and leave it as it is. A card reaching LEECH_LAPSES lapses becomes a leech.
 */
export function review(
  prev: StoredCard | null,
  q: { questionId: string; domain: string },
  grade: Grade,
  now: number,
  s: SrsSettings,
  source: StoredLog['source'],
): ReviewOutcome {
  const day = dayOf(now);
  const base = prev ?? newCard(q.questionId, q.domain, now);
  const counted = base.lastUpdateDay !== day;
  const log: StoredLog = {
    questionId: q.questionId,
    domain: q.domain,
    rating: grade,
    state: base.state,
    reviewedAt: now,
    day,
    counted,
    firstOfDay: counted,
    scheduledDays: base.scheduled_days,
    source,
    before: prev,
  };
  if (!counted) return { card: base, log };
  const next = scheduler(s, now).next(toFsrs(base), new Date(now), grade).card;
  const card = fromFsrs(next, { ...base, lastUpdateDay: day });
  if (card.lapses >= LEECH_LAPSES) card.leech = true;
  return { card, log: { ...log, scheduledDays: card.scheduled_days } };
}

/** The due date each grade would give, for showing next intervals before the person grades. */
export function previewIntervals(
  card: StoredCard,
  now: number,
  s: SrsSettings,
): Record<'again' | 'hard' | 'good' | 'easy', number> {
  const p = scheduler(s, now).repeat(toFsrs(card), new Date(now));
  return {
    again: p[Rating.Again].card.due.getTime(),
    hard: p[Rating.Hard].card.due.getTime(),
    good: p[Rating.Good].card.due.getTime(),
    easy: p[Rating.Easy].card.due.getTime(),
  };
}

/** Probability of recall now, by FSRS's forgetting curve; 0 for a card never reviewed. */
export function retrievability(card: StoredCard, now: number, s: SrsSettings): number {
  if (card.state === State.New) return 0;
  return scheduler(s, now).get_retrievability(toFsrs(card), new Date(now), false);
}

/** "10 min", "3 h", "4 d", "2.5 mo", "1.2 y": the gap from now to a due date. */
export function formatInterval(dueMs: number, now: number): string {
  const m = Math.max(0, dueMs - now) / 60_000;
  if (m < 60) return `${Math.max(1, Math.round(m))} min`;
  const h = m / 60;
  if (h < 24) return `${Math.round(h)} h`;
  const d = h / 24;
  if (d < 31) return `${Math.round(d)} d`;
  if (d < 365) return `${(d / 30.4).toFixed(1)} mo`;
  return `${(d / 365).toFixed(1)} y`;
}
