import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { ExamDatabase, V1_STORES } from './database';
import type { ResponseRecord } from '../core/exam/types';
import { getSetting, putSetting } from './settings-repo';
import type { Grade } from '../core/review/scheduler';

const names: string[] = [];
function freshName() {
  const n = `test-db-${Math.random().toString(36).slice(2)}`;
  names.push(n);
  return n;
}
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

function response(attemptId: string, questionId: string, answeredAt: number): ResponseRecord {
  return {
    attemptId,
    questionId,
    domain: 'data-engineering',
    selected: 'B',
    flagged: false,
    crossedOut: [],
    confidence: null,
    timeMs: 1000,
    answeredAt,
    correct: true,
  };
}

describe('the database schema', () => {
  it('upgrades a version 1 database without losing a row, and backfills when each question was last seen', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    await v1.table('settings').put({ key: 'theme', value: 'dark' });
    await v1
      .table('responses')
      .bulkPut([response('a1', 'q-001', 100), response('a2', 'q-001', 300), response('a2', 'q-002', 200)]);
    await v1.table('notes').put({ questionId: 'q-001', text: 'remember PSI', updatedAt: 5 });
    v1.close();

    const db = new ExamDatabase(name);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await db.dailyStats.count()).toBe(1);
    expect(await db.settings.get('theme')).toEqual({ key: 'theme', value: 'dark' });
    expect(await db.responses.count()).toBe(3);
    expect(await db.notes.get('q-001')).toMatchObject({ text: 'remember PSI' });
    expect(await db.seen.get('q-001')).toEqual({
      questionId: 'q-001',
      domain: 'data-engineering',
      lastSeenAt: 300,
      timesSeen: 2,
    });
    expect(await db.seen.get('q-002')).toMatchObject({ lastSeenAt: 200, timesSeen: 1 });
    db.close();
  });

  it('reads back a setting, and falls back to the default when the stored value is not valid', async () => {
    const db = new ExamDatabase(freshName());
    const isTheme = (v: unknown): v is string => v === 'light' || v === 'dark';
    expect(await getSetting(db, 'theme', 'light', isTheme)).toBe('light');
    await putSetting(db, 'theme', 'dark');
    expect(await getSetting(db, 'theme', 'light', isTheme)).toBe('dark');
    await db.settings.put({ key: 'theme', value: 42 });
    expect(await getSetting(db, 'theme', 'light', isTheme)).toBe('light');
    db.close();
  });
});

describe('review cards in the database', () => {
  it('writes a card with its log, and undo restores both', async () => {
    const { recordReviews, undoLastReview } = await import('./cards-repo');
    const { DEFAULT_SRS, Rating } = await import('../core/review/scheduler');
    const db = new ExamDatabase(freshName());
    const t0 = new Date(2026, 10, 2, 9).getTime();
    const a = { questionId: 'q-001', domain: 'data-engineering', grade: Rating.Good as Grade };
    await recordReviews(db, [a], t0, DEFAULT_SRS, 'review');
    const first = await db.cards.get('q-001');
    await recordReviews(db, [{ ...a, grade: Rating.Again }], t0 + 2 * 86_400_000, DEFAULT_SRS, 'review');
    expect((await db.cards.get('q-001'))!.lapses + (await db.cards.get('q-001'))!.reps).toBeGreaterThan(first!.reps);
    expect(await db.reviewLogs.count()).toBe(2);
    await undoLastReview(db);
    expect(await db.cards.get('q-001')).toEqual(first);
    expect(await db.reviewLogs.count()).toBe(1);
    await undoLastReview(db);
    expect(await db.cards.get('q-001')).toBeUndefined();
    expect(await db.reviewLogs.count()).toBe(0);
    db.close();
  });

  it('writes nothing when one card of a batch fails', async () => {
    const { recordReviews } = await import('./cards-repo');
    const { DEFAULT_SRS, Rating } = await import('../core/review/scheduler');
    const db = new ExamDatabase(freshName());
    const bad = { questionId: undefined as unknown as string, domain: 'x', grade: Rating.Good as Grade };
    await expect(
      recordReviews(db, [{ questionId: 'q-1', domain: 'x', grade: Rating.Good }, bad], Date.now(), DEFAULT_SRS, 'exam'),
    ).rejects.toThrow();
    expect(await db.cards.count()).toBe(0);
    expect(await db.reviewLogs.count()).toBe(0);
    db.close();
  });
});
