/**
 * The IndexedDB database. Each schema version is listed with its upgrade; a version, once shipped,
 * is never edited: changes go in a new version.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { AttemptRecord, ResponseRecord } from '../core/exam/types';
import type { StoredCard, StoredLog } from '../core/review/scheduler';
import { addToDailyStats, type DailyStat } from '../core/analytics/aggregate';
import type { StoredPack } from '../core/packs/format';

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** When each question was last shown, so new exams can prefer unseen and long-unseen questions. */
export interface SeenRecord {
  questionId: string;
  domain: string;
  lastSeenAt: number;
  timesSeen: number;
}

export interface NoteRecord {
  questionId: string;
  text: string;
  updatedAt: number;
}

export interface BookmarkRecord {
  questionId: string;
  createdAt: number;
}

export const DB_NAME = 'mlops-exam-prep';

/** Version 1: the foundation's tables. */
export const V1_STORES = {
  settings: '&key',
  attempts: '&id, status, mode, formId, startedAt',
  responses: '&[attemptId+questionId], attemptId, questionId, domain, answeredAt',
  cards: '&questionId, due, domain, state',
  reviewLogs: '++id, questionId, reviewedAt',
  notes: '&questionId, updatedAt',
  bookmarks: '&questionId, createdAt',
};

/** Version 2: a per-question "last seen" table, backfilled from existing responses. */
export const V2_STORES = {
  ...V1_STORES,
  seen: '&questionId, domain, lastSeenAt',
};

/** Version 3: review logs indexed by day, for once-a-day scheduling, limits and true retention. */
export const V3_STORES = {
  ...V2_STORES,
  reviewLogs: '++id, questionId, reviewedAt, day, [questionId+day]',
};

/** Version 4: per-day, per-domain answer tallies for the dashboard, backfilled from responses. */
export const V4_STORES = {
  ...V3_STORES,
  dailyStats: '&[day+domain], day, domain',
};

/** Version 5: problem reports on questions. */
export const V5_STORES = {
  ...V4_STORES,
  reports: '++id, questionId, createdAt',
};

/** Version 6: custom question packs (browser build; the desktop app keeps them in its data folder). */
export const V6_STORES = {
  ...V5_STORES,
  packs: '&id',
};

export interface ReportRecord {
  id?: number;
  questionId: string;
  kind: 'wrong-key' | 'unclear' | 'outdated' | 'typo' | 'other';
  comment: string;
  createdAt: number;
  /** The question's content hash when reported, so authors know which version was meant. */
  questionHash: string | null;
}

export class ExamDatabase extends Dexie {
  settings!: EntityTable<SettingRecord, 'key'>;
  attempts!: EntityTable<AttemptRecord, 'id'>;
  responses!: Table<ResponseRecord, [string, string]>;
  seen!: EntityTable<SeenRecord, 'questionId'>;
  cards!: EntityTable<StoredCard, 'questionId'>;
  reviewLogs!: EntityTable<StoredLog, 'id'>;
  dailyStats!: Table<DailyStat, [string, string]>;
  reports!: EntityTable<ReportRecord, 'id'>;
  notes!: EntityTable<NoteRecord, 'questionId'>;
  bookmarks!: EntityTable<BookmarkRecord, 'questionId'>;
  packs!: EntityTable<StoredPack, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores(V1_STORES);
    this.version(2)
      .stores(V2_STORES)
      .upgrade(async (tx) => {
        const seen = new Map<string, SeenRecord>();
        await tx.table<ResponseRecord>('responses').each((r) => {
          const at = r.answeredAt ?? 0;
          const prev = seen.get(r.questionId);
          if (!prev)
            seen.set(r.questionId, { questionId: r.questionId, domain: r.domain, lastSeenAt: at, timesSeen: 1 });
          else {
            prev.lastSeenAt = Math.max(prev.lastSeenAt, at);
            prev.timesSeen++;
          }
        });
        await tx.table<SeenRecord>('seen').bulkPut([...seen.values()]);
      });
    this.version(3).stores(V3_STORES);
    this.version(4)
      .stores(V4_STORES)
      .upgrade(async (tx) => {
        const graded = await tx.table<ResponseRecord>('responses').toArray();
        await tx.table<DailyStat>('dailyStats').bulkPut(addToDailyStats(new Map(), graded));
      });
    this.version(5).stores(V5_STORES);
    this.version(6).stores(V6_STORES);
  }
}
