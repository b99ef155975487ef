import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { freshDatabases } from './testing';
import type { ExamDatabase } from './database';
import { readAll, removeQuestionHistory, saveNote, setBookmark } from './data-repo';
import { blankResponses, finishAttempt, insertAttempt } from './attempts-repo';
import { deletePack, listPacks, savePack } from './packs-repo';
import { FIXTURE_DOMAINS, makeBank } from '../core/bank/fixtures';
import type { Question } from '../core/bank/schema';
import { createAttempt } from '../core/exam/session';
import { makePackItem } from '../core/packs/fixtures';
import { packQuestions } from '../core/packs/ids';
import { parsePack } from '../core/packs/parse';
import { seededRng } from '../core/random';

const fresh = freshDatabases('packs');

const T = new Date(2026, 10, 20, 10).getTime();
const builtIn = makeBank(2).questions;
const pack = parsePack({
  fileName: 'team.yaml',
  text: stringify({ pack: { name: 'Team' }, questions: [1, 2, 3].map((n) => makePackItem(n)) }),
  builtInDomains: FIXTURE_DOMAINS,
  builtInQuestions: [],
  now: T,
}).pack!;
const packQs = packQuestions(pack);

/** A submitted practice attempt over `qs`, every answer graded right on even positions. */
async function sit(db: ExamDatabase, id: string, qs: Question[]): Promise<void> {
  const a = createAttempt({ id, mode: 'practice', title: id, questions: qs, now: T, rng: seededRng(1), passMark: 0.5 });
  const rs = blankResponses(a, (qid) => qs.find((q) => q.id === qid)!.domain);
  await insertAttempt(db, a, rs);
  const graded = rs.map((r, i) => ({
    ...r,
    selected: 'A' as const,
    answeredAt: T + i,
    correct: i % 2 === 0,
    timeMs: 500,
  }));
  const correct = graded.filter((r) => r.correct).length;
  await finishAttempt(
    db,
    {
      ...a,
      status: 'submitted',
      finishedAt: T + 10,
      score: {
        correct,
        total: qs.length,
        answered: qs.length,
        percent: correct / qs.length,
        passed: true,
        byDomain: {},
      },
    },
    graded,
    T + 10,
    graded.map((r) => ({ questionId: r.questionId, domain: r.domain, grade: r.correct ? 3 : 1 })),
  );
}

describe('packs in IndexedDB (browser build)', () => {
  it('stores, replaces and deletes packs, and skips a damaged row with a message', async () => {
    const db = fresh();
    expect(await listPacks(db)).toEqual({ packs: [], problems: [] });
    await savePack(db, pack);
    await savePack(db, { ...pack, name: 'Team v2' });
    await db.packs.put({ ...pack, id: 'broken', questions: [] });
    const r = await listPacks(db);
    expect(r.packs.map((p) => p.name)).toEqual(['Team v2']);
    expect(r.problems).toEqual([expect.stringMatching(/^Pack "broken" is damaged and was skipped: questions/)]);
    await deletePack(db, pack.id);
    expect((await listPacks(db)).packs).toEqual([]);
    db.close();
  });
});

describe('removing the history of a pack', () => {
  it('deletes answers, cards, notes and bookmarks on its questions; re-scores mixed attempts; keeps the rest', async () => {
    const db = fresh();
    await sit(db, 'only-pack', packQs);
    await sit(db, 'mixed', [builtIn[0]!, packQs[0]!, builtIn[1]!, packQs[1]!]);
    await sit(db, 'only-built-in', builtIn.slice(2, 5));
    await saveNote(db, packQs[0]!.id, 'pack note', T);
    await saveNote(db, builtIn[0]!.id, 'keep me', T);
    await setBookmark(db, packQs[1]!.id, true, T);
    const before = await readAll(db);

    await removeQuestionHistory(db, new Set(packQs.map((q) => q.id)));
    const after = await readAll(db);
    const isPack = (id: string) => id.startsWith('pack:');

    expect(after.attempts.map((a) => a.id).sort()).toEqual(['mixed', 'only-built-in']);
    for (const t of ['responses', 'cards', 'reviewLogs', 'notes', 'bookmarks'] as const)
      expect((after[t] as { questionId: string }[]).some((r) => isPack(r.questionId))).toBe(false);
    expect(after.notes.map((n) => n.text)).toEqual(['keep me']);

    const mixed = after.attempts.find((a) => a.id === 'mixed')!;
    expect(mixed.questionIds).toEqual([builtIn[0]!.id, builtIn[1]!.id]);
    expect(Object.keys(mixed.optionOrders).sort()).toEqual([builtIn[0]!.id, builtIn[1]!.id].sort());
    const kept = after.responses.filter((r) => r.attemptId === 'mixed');
    expect(mixed.score).toMatchObject({ total: 2, correct: kept.filter((r) => r.correct).length });

    // Nothing about the built-in-only attempt changed, and the tallies match what remains.
    expect(after.attempts.find((a) => a.id === 'only-built-in')).toEqual(
      before.attempts.find((a) => a.id === 'only-built-in'),
    );
    const answered = (await db.dailyStats.toArray()).reduce((s, d) => s + d.answered, 0);
    expect(answered).toBe(after.responses.length);
    expect(await db.seen.where('questionId').startsWith('pack:').count()).toBe(0);
    db.close();
  });
});
