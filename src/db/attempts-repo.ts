/** Attempts and their responses. Every write that belongs together happens in one transaction. */
import type { AttemptRecord, ResponseRecord } from '../core/exam/types';
import type { History } from '../core/exam/session';
import type { ExamDatabase, SeenRecord } from './database';
import { recordReviews, type GradedAnswer } from './cards-repo';
import { dayOf, DEFAULT_SRS, type SrsSettings } from '../core/review/scheduler';
import { addToDailyStats, statKey, type DailyStat } from '../core/analytics/aggregate';

/** Plain copies: IndexedDB cannot store Vue proxies, and the caller's objects stay untouched. */
const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** A blank response for each question of a new attempt. */
export function blankResponses(a: AttemptRecord, domainOf: (id: string) => string): ResponseRecord[] {
  return a.questionIds.map((questionId) => ({
    attemptId: a.id,
    questionId,
    domain: domainOf(questionId),
    selected: null,
    flagged: false,
    crossedOut: [],
    confidence: null,
    timeMs: 0,
    answeredAt: null,
    correct: null,
  }));
}

/** Stores a new attempt with its blank responses, all or nothing. */
export async function insertAttempt(db: ExamDatabase, a: AttemptRecord, responses: ResponseRecord[]): Promise<void> {
  await db.transaction('rw', db.attempts, db.responses, async () => {
    await db.attempts.add(plain(a));
    await db.responses.bulkAdd(plain(responses));
  });
}

/** Writes one response and the attempt's changed fields (position, clock) together. */
export async function saveProgress(
  db: ExamDatabase,
  attemptId: string,
  responses: ResponseRecord[],
  attemptPatch: Partial<Pick<AttemptRecord, 'position' | 'timing'>>,
): Promise<void> {
  const patching = Object.keys(attemptPatch).length > 0;
  // An answer alone touches one store: a narrower transaction commits sooner.
  await db.transaction('rw', patching ? [db.attempts, db.responses] : [db.responses], async () => {
    if (responses.length) await db.responses.bulkPut(plain(responses));
    if (patching) {
      const n = await db.attempts.update(attemptId, plain(attemptPatch));
      if (n === 0 && !(await db.attempts.get(attemptId))) throw new Error(`attempt ${attemptId} no longer exists`);
    }
  });
}

/**
 * Records a finished attempt (submitted or abandoned): its score, graded responses, what was seen,
 * and the review cards of the questions answered, all in one transaction.
 */
export async function finishAttempt(
  db: ExamDatabase,
  a: AttemptRecord,
  responses: ResponseRecord[],
  now: number,
  reviews: GradedAnswer[] = [],
  srs: SrsSettings = DEFAULT_SRS,
): Promise<void> {
  await db.transaction('rw', [db.attempts, db.responses, db.seen, db.cards, db.reviewLogs, db.dailyStats], async () => {
    await recordReviews(db, reviews, now, srs, 'exam');
    await addDailyStats(db, a.status === 'submitted' || a.feedback === 'instant' ? responses : []);
    await db.attempts.put(plain(a));
    await db.responses.bulkPut(plain(responses));
    const shown = responses.filter((r) => r.selected !== null || r.timeMs > 0);
    const prev = await db.seen.bulkGet(shown.map((r) => r.questionId));
    const rows: SeenRecord[] = shown.map((r, i) => ({
      questionId: r.questionId,
      domain: r.domain,
      lastSeenAt: now,
      timesSeen: (prev[i]?.timesSeen ?? 0) + 1,
    }));
    await db.seen.bulkPut(rows);
  });
}

/** Adds answered, graded responses to the per-day tallies (inside the caller's transaction). */
async function addDailyStats(db: ExamDatabase, responses: ResponseRecord[]): Promise<void> {
  const answered = responses.filter((r) => r.selected !== null && r.correct !== null && r.answeredAt !== null);
  if (!answered.length) return;
  const keys = [...new Set(answered.map((r) => `${dayOf(r.answeredAt!)}|${r.domain}`))].map(
    (k) => k.split('|') as [string, string],
  );
  const existing = await db.dailyStats.bulkGet(keys);
  const map = new Map(existing.filter((x): x is DailyStat => !!x).map((x) => [statKey(x), x]));
  await db.dailyStats.bulkPut(addToDailyStats(map, answered));
}

export async function getAttempt(db: ExamDatabase, id: string): Promise<AttemptRecord | undefined> {
  return db.attempts.get(id);
}

export async function getResponses(db: ExamDatabase, attemptId: string): Promise<ResponseRecord[]> {
  return db.responses.where('attemptId').equals(attemptId).toArray();
}

/** The unfinished attempt to offer for resumption, newest first. */
export async function inProgressAttempts(db: ExamDatabase): Promise<AttemptRecord[]> {
  const rows = await db.attempts.where('status').equals('in-progress').toArray();
  return rows.sort((a, b) => b.startedAt - a.startedAt);
}

/** Every attempt, newest first. */
export async function listAttempts(db: ExamDatabase): Promise<AttemptRecord[]> {
  return db.attempts.orderBy('startedAt').reverse().toArray();
}

/** The previous finished sitting of the same fixed test, for "what changed" comparisons. */
export async function previousSitting(db: ExamDatabase, a: AttemptRecord): Promise<AttemptRecord | undefined> {
  if (!a.formId) return undefined;
  const rows = await db.attempts.where('formId').equals(a.formId).toArray();
  return rows
    .filter((r) => r.id !== a.id && r.status === 'submitted' && r.startedAt < a.startedAt)
    .sort((x, y) => y.startedAt - x.startedAt)[0];
}

/** What drills need to know about past answers: when seen, last result, flags, bookmarks. */
export async function loadHistory(db: ExamDatabase): Promise<History> {
  const [seen, graded, bookmarks] = await Promise.all([
    db.seen.toArray(),
    db.responses.where('answeredAt').above(0).toArray(),
    db.bookmarks.toArray(),
  ]);
  const latest = new Map<string, ResponseRecord>();
  for (const r of graded) {
    const prev = latest.get(r.questionId);
    if (!prev || (r.answeredAt ?? 0) >= (prev.answeredAt ?? 0)) latest.set(r.questionId, r);
  }
  const flagged = new Set<string>();
  const missed = new Set<string>();
  for (const [id, r] of latest) {
    if (r.correct === false) missed.add(id);
    if (r.flagged) flagged.add(id);
  }
  return {
    lastSeen: new Map(seen.map((s) => [s.questionId, s.lastSeenAt])),
    missed,
    flagged,
    bookmarked: new Set(bookmarks.map((b) => b.questionId)),
  };
}
