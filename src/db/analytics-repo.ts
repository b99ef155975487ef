/** What the dashboard reads: tallies, finished attempts, coverage and recent review logs. */
import type { DailyStat, RetentionLog } from '../core/analytics/aggregate';
import type { AttemptRecord } from '../core/exam/types';
import type { ExamDatabase } from './database';

export interface DashboardData {
  stats: DailyStat[];
  attempts: AttemptRecord[];
  seenByDomain: Map<string, number>;
  logs: RetentionLog[];
}

export async function loadDashboardData(db: ExamDatabase, logsSinceDay: string): Promise<DashboardData> {
  return db.transaction('r', [db.dailyStats, db.attempts, db.seen, db.reviewLogs], async () => {
    const [stats, attempts, seen, logs] = await Promise.all([
      db.dailyStats.toArray(),
      db.attempts.where('status').equals('submitted').toArray(),
      db.seen.toArray(),
      db.reviewLogs.where('day').aboveOrEqual(logsSinceDay).toArray(),
    ]);
    const seenByDomain = new Map<string, number>();
    for (const s of seen) seenByDomain.set(s.domain, (seenByDomain.get(s.domain) ?? 0) + 1);
    return { stats, attempts, seenByDomain, logs };
  });
}
