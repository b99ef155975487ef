/** Review cards and their logs. A card and its log are always written in one transaction. */
import {
  dayOf,
  newCard,
  review,
  type Grade,
  type SrsSettings,
  type StoredCard,
  type StoredLog,
} from '../core/review/scheduler';
import type { ExamDatabase } from './database';

export interface GradedAnswer {
  questionId: string;
  domain: string;
  grade: Grade;
}

/**
 * Applies graded answers to their cards (creating a card on a question's first answer) and logs
 * each one. Runs in its own transaction, or joins the caller's when that one includes both tables.
 */
export async function recordReviews(
  db: ExamDatabase,
  answers: GradedAnswer[],
  now: number,
  s: SrsSettings,
  source: StoredLog['source'],
): Promise<StoredCard[]> {
  if (!answers.length) return [];
  return db.transaction('rw', db.cards, db.reviewLogs, async () => {
    const prev = await db.cards.bulkGet(answers.map((a) => a.questionId));
    const cards: StoredCard[] = [];
    const logs: StoredLog[] = [];
    answers.forEach((a, i) => {
      const out = review(prev[i] ?? null, a, a.grade, now, s, source);
      cards.push(out.card);
      logs.push(out.log);
    });
    await db.cards.bulkPut(cards);
    await db.reviewLogs.bulkAdd(logs);
    return cards;
  });
}

/** Undoes the most recent review: restores the card as it was (or removes it) and deletes the log. */
export async function undoLastReview(db: ExamDatabase): Promise<StoredLog | null> {
  return db.transaction('rw', db.cards, db.reviewLogs, async () => {
    const last = await db.reviewLogs.orderBy('id').last();
    if (!last) return null;
    if (last.counted) {
      if (last.before) await db.cards.put(last.before);
      else await db.cards.delete(last.questionId);
    }
    await db.reviewLogs.delete(last.id!);
    return last;
  });
}

export async function allCards(db: ExamDatabase): Promise<StoredCard[]> {
  return db.cards.toArray();
}

export async function setSuspended(db: ExamDatabase, questionId: string, suspended: boolean): Promise<void> {
  await db.cards.update(questionId, { suspended });
}

/** Adds a never-reviewed question to the review queue as a new card; no-op when it has a card. */
export async function addToReview(db: ExamDatabase, questionId: string, domain: string, now: number): Promise<boolean> {
  return db.transaction('rw', db.cards, async () => {
    if (await db.cards.get(questionId)) return false;
    await db.cards.add(newCard(questionId, domain, now));
    return true;
  });
}

/** How many reviews and new cards were done today, for the daily limits. */
export async function doneToday(db: ExamDatabase, now: number): Promise<{ reviews: number; news: number }> {
  const logs = await db.reviewLogs
    .where('day')
    .equals(dayOf(now))
    .filter((l) => l.counted && l.source === 'review')
    .toArray();
  return { reviews: logs.filter((l) => l.state !== 0).length, news: logs.filter((l) => l.state === 0).length };
}
