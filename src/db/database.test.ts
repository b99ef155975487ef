import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { ExamDatabase, V1_STORES } from './database';
import type { ResponseRecord } from '../core/exam/types';
import { getSetting, putSetting } from './settings-repo';

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
    expect(db.verno).toBe(2);
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
