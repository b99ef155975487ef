import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { freshDatabases } from './testing';
import type { ExamDatabase } from './database';
import { exportAll, importAll, readAll, addReport, saveNote, setBookmark } from './data-repo';
import { insertAttempt, blankResponses, finishAttempt } from './attempts-repo';
import { parseExportFile } from '../core/data/export-file';
import { createAttempt } from '../core/exam/session';
import { makeBank } from '../core/bank/fixtures';
import { seededRng } from '../core/random';
import { putSetting } from './settings-repo';

const fresh = freshDatabases('data');

const bank = makeBank(3);
const T = new Date(2026, 10, 20, 10).getTime();

/** Some real history, written through the app's own repositories. */
async function fill(db: ExamDatabase, seed = 1): Promise<void> {
  const a = createAttempt({
    id: `a${seed}`,
    mode: 'practice',
    title: 'P',
    questions: bank.questions.slice(0, 6),
    now: T,
    rng: seededRng(seed),
    passMark: 0.72,
  });
  const rs = blankResponses(a, (id) => bank.questions.find((q) => q.id === id)!.domain);
  await insertAttempt(db, a, rs);
  const graded = rs.map((r, i) => ({
    ...r,
    selected: 'A' as const,
    answeredAt: T + i,
    correct: i % 2 === 0,
    timeMs: 1000,
  }));
  await finishAttempt(
    db,
    { ...a, status: 'submitted', finishedAt: T + 10 },
    graded,
    T + 10,
    graded.map((r) => ({ questionId: r.questionId, domain: r.domain, grade: r.correct ? 3 : 1 })),
  );
  await saveNote(db, bank.questions[0]!.id, 'Remember the as-of join', T);
  await setBookmark(db, bank.questions[1]!.id, true, T);
  await addReport(db, {
    questionId: bank.questions[2]!.id,
    kind: 'typo',
    comment: 'teh',
    createdAt: T,
    questionHash: null,
  });
  await putSetting(db, 'theme', 'dark');
}

describe('export and import', () => {
  it('round-trips every table: export, wipe, import gives identical tables', async () => {
    const db = fresh();
    await fill(db);
    const before = await readAll(db);
    const text = JSON.stringify(await exportAll(db, T));
    await Promise.all(db.tables.map((t) => t.clear()));
    const parsed = parseExportFile(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    await importAll(db, parsed.file, 'replace');
    expect(await readAll(db)).toEqual(before);
    expect(await db.dailyStats.count()).toBeGreaterThan(0);
    db.close();
  });

  it('merges two histories without duplicates', async () => {
    const a = fresh();
    const b = fresh();
    await fill(a, 1);
    await fill(b, 2);
    const file = await exportAll(b, T);
    await importAll(a, file, 'merge');
    const merged = await readAll(a);
    expect(merged.attempts.map((x) => x.id).sort()).toEqual(['a1', 'a2']);
    expect(merged.responses).toHaveLength(12);
    await importAll(a, file, 'merge');
    expect((await readAll(a)).responses).toHaveLength(12);
    expect((await readAll(a)).reviewLogs).toHaveLength(merged.reviewLogs.length);
    a.close();
    b.close();
  });

  it('rejects a file whose response refers to a missing attempt, naming where', async () => {
    const db = fresh();
    await fill(db);
    const f = await exportAll(db, T);
    f.tables.attempts = [];
    const r = parseExportFile(JSON.stringify(f));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatch(/^tables\.responses\.0\.attemptId: refers to attempt "a1"/);
    db.close();
  });

  it('rejects corrupted files with a message and never throws (1,000 random corruptions)', async () => {
    const db = fresh();
    await fill(db);
    const good = JSON.stringify(await exportAll(db, T));
    const corruption = fc.oneof(
      fc.integer({ min: 0, max: good.length - 1 }).map((n) => good.slice(0, n)),
      fc
        .tuple(fc.integer({ min: 0, max: good.length - 1 }), fc.string())
        .map(([i, s]) => good.slice(0, i) + s + good.slice(i + 1)),
      fc.constantFrom(
        good.replace('"version":1', '"version":99'),
        good.replace('"mlops-exam-prep-export"', '"other"'),
        good.replace('"selected":"A"', '"selected":"<img src=x onerror=alert(1)>"'),
        good.replace('"timeMs":1000', '"timeMs":"1000"'),
        good.replace('"text":"Remember the as-of join"', `"text":"${'x'.repeat(30_000)}"`),
        '{}',
        'null',
        '[]',
      ),
    );
    fc.assert(
      fc.property(corruption, (text) => {
        const r = parseExportFile(text);
        if (r.ok) expect(JSON.parse(text)).toBeTruthy();
        else {
          expect(r.problems.length).toBeGreaterThan(0);
          for (const p of r.problems) expect(typeof p).toBe('string');
        }
      }),
      { numRuns: 1000 },
    );
    db.close();
  });

  it('changes nothing when an import fails part-way', async () => {
    const db = fresh();
    await fill(db);
    const before = await readAll(db);
    const f = await exportAll(db, T);
    // Two attempts with the same id pass no schema check here, so force a write failure.
    const broken = { ...f, tables: { ...f.tables, responses: [...f.tables.responses, f.tables.responses[0]!] } };
    await expect(importAll(db, broken, 'replace')).rejects.toThrow();
    expect(await readAll(db)).toEqual(before);
    db.close();
  });
});
