/** Export and import of all progress, and the per-question notes, bookmarks and problem reports. */
import { addToDailyStats, type DailyStat } from '../core/analytics/aggregate';
import type { ExportFile, ExportTables } from '../core/data/export-file';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../core/data/export-format';
import { mergeTables } from '../core/data/merge';
import { scoreFromResponses } from '../core/exam/scoring';
import type { ExamDatabase, ReportRecord, SeenRecord } from './database';

const TABLES = ['attempts', 'responses', 'cards', 'reviewLogs', 'notes', 'bookmarks', 'reports', 'settings'] as const;

/** Every table a person's progress lives in, as one plain object. */
export async function readAll(db: ExamDatabase): Promise<ExportTables> {
  return db.transaction(
    'r',
    TABLES.map((t) => db.table(t)),
    async () => {
      const entries = await Promise.all(TABLES.map(async (t) => [t, await db.table(t).toArray()] as const));
      return Object.fromEntries(entries) as unknown as ExportTables;
    },
  );
}

export async function exportAll(db: ExamDatabase, now: number): Promise<ExportFile> {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now, tables: await readAll(db) };
}

/** Rebuilds the derived tables (last seen, daily tallies) from responses, so they always agree. */
function derived(t: ExportTables): { seen: SeenRecord[]; stats: DailyStat[] } {
  const seen = new Map<string, SeenRecord>();
  for (const r of t.responses) {
    if (r.selected === null && r.timeMs === 0) continue;
    const at = r.answeredAt ?? 0;
    const prev = seen.get(r.questionId);
    if (!prev) seen.set(r.questionId, { questionId: r.questionId, domain: r.domain, lastSeenAt: at, timesSeen: 1 });
    else {
      prev.lastSeenAt = Math.max(prev.lastSeenAt, at);
      prev.timesSeen++;
    }
  }
  return { seen: [...seen.values()], stats: addToDailyStats(new Map(), t.responses) };
}

/**
 * Writes a validated export in one transaction: "replace" clears every table first, "merge" keeps
 * both histories without duplicates. On any failure nothing changes.
 */
export async function importAll(db: ExamDatabase, file: ExportFile, mode: 'replace' | 'merge'): Promise<ExportTables> {
  return db.transaction('rw', [...TABLES.map((t) => db.table(t)), db.seen, db.dailyStats], async () => {
    const next = mode === 'merge' ? mergeTables(await readAll(db), file.tables) : file.tables;
    for (const t of [...TABLES, 'seen', 'dailyStats'] as const) await db.table(t).clear();
    for (const t of TABLES) await db.table(t).bulkAdd(next[t] as never[]);
    const d = derived(next);
    await db.seen.bulkAdd(d.seen);
    await db.dailyStats.bulkAdd(d.stats);
    return next;
  });
}

export async function getNote(db: ExamDatabase, questionId: string): Promise<string> {
  return (await db.notes.get(questionId))?.text ?? '';
}

/** Saves a note; an empty note is deleted rather than stored. */
export async function saveNote(db: ExamDatabase, questionId: string, text: string, now: number): Promise<void> {
  if (text.trim() === '') await db.notes.delete(questionId);
  else await db.notes.put({ questionId, text: text.slice(0, 20_000), updatedAt: now });
}

export async function isBookmarked(db: ExamDatabase, questionId: string): Promise<boolean> {
  return !!(await db.bookmarks.get(questionId));
}

export async function setBookmark(db: ExamDatabase, questionId: string, on: boolean, now: number): Promise<void> {
  if (on) await db.bookmarks.put({ questionId, createdAt: now });
  else await db.bookmarks.delete(questionId);
}

export async function addReport(db: ExamDatabase, r: Omit<ReportRecord, 'id'>): Promise<void> {
  await db.reports.add({ ...r, comment: r.comment.slice(0, 5_000) });
}

export async function listReports(db: ExamDatabase): Promise<ReportRecord[]> {
  return db.reports.orderBy('createdAt').reverse().toArray();
}

/**
 * Deletes everything a person did with these questions (answers, review cards and logs, notes,
 * bookmarks, reports), in one transaction. Attempts made only of these questions go; mixed attempts
 * keep their other questions and are re-scored from what remains. Derived tallies are rebuilt.
 */
export async function removeQuestionHistory(db: ExamDatabase, questionIds: ReadonlySet<string>): Promise<void> {
  const ids = [...questionIds];
  if (ids.length === 0) return;
  const tables = [...TABLES.map((t) => db.table(t)), db.seen, db.dailyStats];
  await db.transaction('rw', tables, async () => {
    const gone = await db.responses.where('questionId').anyOf(ids).toArray();
    await db.responses.bulkDelete(gone.map((r) => [r.attemptId, r.questionId] as [string, string]));
    const affected = await db.attempts.bulkGet([...new Set(gone.map((r) => r.attemptId))]);
    for (const a of affected) {
      if (!a) continue;
      const keep = a.questionIds.filter((id) => !questionIds.has(id));
      if (keep.length === 0) {
        await db.responses.where('attemptId').equals(a.id).delete();
        await db.attempts.delete(a.id);
        continue;
      }
      const pick = <T>(rec: Record<string, T>) =>
        Object.fromEntries(keep.filter((id) => id in rec).map((id) => [id, rec[id]!]));
      const remaining = await db.responses.where('attemptId').equals(a.id).toArray();
      await db.attempts.put({
        ...a,
        questionIds: keep,
        optionOrders: pick(a.optionOrders),
        hashes: pick(a.hashes),
        position: Math.min(a.position, keep.length - 1),
        score: a.score ? scoreFromResponses(remaining, a.passMark) : null,
      });
    }
    await db.cards.bulkDelete(ids);
    await db.reviewLogs.where('questionId').anyOf(ids).delete();
    await db.notes.bulkDelete(ids);
    await db.bookmarks.bulkDelete(ids);
    await db.reports.where('questionId').anyOf(ids).delete();
    await db.seen.bulkDelete(ids);
    await db.dailyStats.clear();
    await db.dailyStats.bulkAdd(addToDailyStats(new Map(), await db.responses.toArray()));
  });
}
