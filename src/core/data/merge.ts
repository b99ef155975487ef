/** Merging an imported export into existing progress without duplicates. Pure. */
import type { ExportTables } from './export-file';

function byKey<T>(rows: readonly T[], k: (r: T) => string): Map<string, T> {
  return new Map(rows.map((r) => [k(r), r]));
}

/**
 * Keeps both histories: attempts and responses are united by id; for a card, the one reviewed more
 * recently wins; review logs are united by (question, time, rating); a note keeps its latest text;
 * bookmarks and reports are united; existing settings win.
 */
export function mergeTables(current: ExportTables, incoming: ExportTables): ExportTables {
  const union = <T>(a: readonly T[], b: readonly T[], k: (r: T) => string, prefer?: (x: T, y: T) => T) => {
    const m = byKey(a, k);
    for (const r of b) {
      const have = m.get(k(r));
      m.set(k(r), have ? (prefer ? prefer(have, r) : have) : r);
    }
    return [...m.values()];
  };
  const stripId = <T extends { id?: number }>(rows: readonly T[]) => rows.map(({ id: _id, ...rest }) => rest as T);
  return {
    attempts: union(current.attempts, incoming.attempts, (a) => a.id),
    responses: union(current.responses, incoming.responses, (r) => `${r.attemptId}|${r.questionId}`),
    cards: union(
      current.cards,
      incoming.cards,
      (c) => c.questionId,
      (x, y) => ((y.last_review ?? 0) > (x.last_review ?? 0) ? y : x),
    ),
    reviewLogs: union(
      stripId(current.reviewLogs),
      stripId(incoming.reviewLogs),
      (l) => `${l.questionId}|${l.reviewedAt}|${l.rating}`,
    ),
    notes: union(
      current.notes,
      incoming.notes,
      (n) => n.questionId,
      (x, y) => (y.updatedAt > x.updatedAt ? y : x),
    ),
    bookmarks: union(current.bookmarks, incoming.bookmarks, (b) => b.questionId),
    reports: union(
      stripId(current.reports),
      stripId(incoming.reports),
      (r) => `${r.questionId}|${r.createdAt}|${r.kind}`,
    ),
    settings: union(current.settings, incoming.settings, (s) => s.key),
  };
}
