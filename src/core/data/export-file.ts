/**
 * The progress export file: one versioned JSON document with every table. Validation is complete
 * (schema and references) before anything is written, and every problem is reported with its path.
 */
import { z } from 'zod';
import { OPTION_KEYS } from '../bank/schema';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-format';

export { EXPORT_FORMAT, EXPORT_VERSION };

const id = z.string().min(1).max(200);
const ms = z.number().int().nonnegative();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-27');
const key = z.enum(OPTION_KEYS);
const conf = z.enum(['sure', 'unsure', 'guessed']);
const count = z.number().int().nonnegative();

const timing = z.union([
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({ kind: z.literal('deadline'), limitMs: ms, deadline: ms }),
  z.strictObject({ kind: z.literal('budget'), limitMs: ms, usedMs: ms, resumedAt: ms.nullable() }),
]);
const domainScore = z.strictObject({ correct: count, total: count });

export const attemptSchema = z.strictObject({
  id,
  mode: z.enum(['simulation', 'practice-test', 'practice', 'drill']),
  title: z.string().max(200),
  formId: id.nullable(),
  status: z.enum(['in-progress', 'submitted', 'abandoned']),
  questionIds: z.array(id).max(1000),
  optionOrders: z.record(id, z.array(key).length(6)),
  position: count,
  startedAt: ms,
  finishedAt: ms.nullable(),
  timing,
  feedback: z.enum(['end', 'instant']),
  showDomain: z.boolean(),
  passMark: z.number().gt(0).lte(1),
  hashes: z.record(id, z.string().max(64)),
  autoSubmitted: z.literal('deadline').nullable(),
  score: z
    .strictObject({
      correct: count,
      total: count,
      answered: count,
      percent: z.number().min(0).max(1),
      passed: z.boolean(),
      byDomain: z.record(id, domainScore),
    })
    .nullable(),
});

export const responseSchema = z.strictObject({
  attemptId: id,
  questionId: id,
  domain: id,
  selected: key.nullable(),
  flagged: z.boolean(),
  crossedOut: z.array(key).max(6),
  confidence: conf.nullable(),
  timeMs: ms,
  answeredAt: ms.nullable(),
  correct: z.boolean().nullable(),
});

const cardShape = {
  questionId: id,
  domain: id,
  due: ms,
  stability: z.number().nonnegative(),
  difficulty: z.number().nonnegative(),
  elapsed_days: z.number().nonnegative(),
  scheduled_days: z.number().nonnegative(),
  learning_steps: count,
  reps: count,
  lapses: count,
  state: z.number().int().min(0).max(3),
  last_review: ms.nullable(),
  suspended: z.boolean(),
  leech: z.boolean(),
  lastUpdateDay: day.nullable(),
};
export const cardSchema = z.strictObject(cardShape);

export const reviewLogSchema = z.strictObject({
  id: z.number().int().positive().optional(),
  questionId: id,
  domain: id,
  rating: z.number().int().min(1).max(4),
  state: z.number().int().min(0).max(3),
  reviewedAt: ms,
  day,
  counted: z.boolean(),
  firstOfDay: z.boolean(),
  scheduledDays: z.number().nonnegative(),
  source: z.enum(['exam', 'review']),
  before: z.strictObject(cardShape).nullable(),
});

export const noteSchema = z.strictObject({ questionId: id, text: z.string().max(20_000), updatedAt: ms });
export const bookmarkSchema = z.strictObject({ questionId: id, createdAt: ms });
export const reportSchema = z.strictObject({
  id: z.number().int().positive().optional(),
  questionId: id,
  kind: z.enum(['wrong-key', 'unclear', 'outdated', 'typo', 'other']),
  comment: z.string().max(5_000),
  createdAt: ms,
  questionHash: z.string().max(64).nullable(),
});
export const settingSchema = z.strictObject({ key: z.string().min(1).max(100), value: z.unknown() });

export const exportFileSchema = z
  .strictObject({
    format: z.literal(EXPORT_FORMAT, { error: `is not "${EXPORT_FORMAT}": this is not a progress export of this app` }),
    version: z
      .number()
      .int()
      .refine((v) => v === EXPORT_VERSION, {
        message: `must be ${EXPORT_VERSION}; this file comes from a newer or unknown version of the app`,
      }),
    exportedAt: ms,
    tables: z.strictObject({
      attempts: z.array(attemptSchema).max(100_000),
      responses: z.array(responseSchema).max(2_000_000),
      cards: z.array(cardSchema).max(100_000),
      reviewLogs: z.array(reviewLogSchema).max(2_000_000),
      notes: z.array(noteSchema).max(100_000),
      bookmarks: z.array(bookmarkSchema).max(100_000),
      reports: z.array(reportSchema).max(100_000),
      settings: z.array(settingSchema).max(1_000),
    }),
  })
  .superRefine((f, ctx) => {
    const attempts = new Set(f.tables.attempts.map((a) => a.id));
    if (attempts.size !== f.tables.attempts.length)
      ctx.addIssue({ code: 'custom', path: ['tables', 'attempts'], message: 'two attempts share an id' });
    const responseKeys = new Set<string>();
    f.tables.responses.forEach((r, i) => {
      const k = `${r.attemptId}|${r.questionId}`;
      if (responseKeys.has(k)) {
        ctx.addIssue({
          code: 'custom',
          path: ['tables', 'responses', i],
          message: `repeats the response to "${r.questionId}" in attempt "${r.attemptId}"`,
        });
      }
      responseKeys.add(k);
      if (!attempts.has(r.attemptId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['tables', 'responses', i, 'attemptId'],
          message: `refers to attempt "${r.attemptId}", which is not in the file`,
        });
      }
    });
    f.tables.attempts.forEach((a, i) => {
      if (a.position >= Math.max(1, a.questionIds.length)) {
        ctx.addIssue({
          code: 'custom',
          path: ['tables', 'attempts', i, 'position'],
          message: 'is past the last question',
        });
      }
    });
  });

export type ExportFile = z.infer<typeof exportFileSchema>;
export type ExportTables = ExportFile['tables'];

export type ParseResult = { ok: true; file: ExportFile } | { ok: false; problems: string[] };

/** Parses and validates an export file's text; never throws, and lists at most 50 problems. */
export function parseExportFile(text: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [`The file is not valid JSON (${e instanceof Error ? e.message : String(e)}).`] };
  }
  const parsed = exportFileSchema.safeParse(raw);
  if (parsed.success) return { ok: true, file: parsed.data };
  const problems = parsed.error.issues
    .slice(0, 50)
    .map((i) => `${i.path.map(String).join('.') || '(file)'}: ${i.message}`);
  if (parsed.error.issues.length > 50) problems.push(`… and ${parsed.error.issues.length - 50} more problems`);
  return { ok: false, problems };
}
