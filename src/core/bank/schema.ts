/**
 * The question bank's data contract: one schema used by the bank linter, by the Electron main
 * process at start-up, by the web build when it loads the bank, and by the pack importer.
 */
import { z } from 'zod';

import { DIFFICULTIES, OPTION_KEYS, type OptionKey } from './keys';

export { DIFFICULTIES, OPTION_KEYS };
export type { Difficulty, OptionKey } from './keys';

/** Domain ids are kebab-case and never change once shipped. */
export const domainIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'must be kebab-case, like "data-engineering"');

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

const optionSchema = z.strictObject({
  text: text(600),
  why: text(1500),
});

/** A question as written in its YAML source file (format version 1). */
export const questionFileSchema = z
  .strictObject({
    v: z.literal(1, { error: 'must be 1 (the only question format version so far)' }),
    id: z
      .string()
      .regex(/^[a-z][a-z0-9-]*-\d{3,}$/, 'must look like "<domain-id>-NNN", for example "data-engineering-007"'),
    domain: domainIdSchema,
    difficulty: z.enum(DIFFICULTIES, { error: 'must be one of easy, medium, hard' }),
    title: text(120),
    tags: z
      .array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'tags are kebab-case'))
      .max(8)
      .default([]),
    stem: text(4000),
    options: z.strictObject({
      A: optionSchema,
      B: optionSchema,
      C: optionSchema,
      D: optionSchema,
      E: optionSchema,
      F: optionSchema,
    }),
    answer: z.enum(OPTION_KEYS, { error: 'must be one of A, B, C, D, E, F' }),
    explanation: text(4000),
  })
  .superRefine((q, ctx) => {
    if (!q.id.startsWith(`${q.domain}-`)) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: `must start with its domain "${q.domain}-"` });
    }
    const seen = new Map<string, OptionKey>();
    for (const key of OPTION_KEYS) {
      const norm = q.options[key].text.toLowerCase().replace(/\s+/g, ' ');
      const dup = seen.get(norm);
      if (dup) ctx.addIssue({ code: 'custom', path: ['options', key, 'text'], message: `repeats option ${dup}` });
      seen.set(norm, key);
    }
  });
export type QuestionFile = z.infer<typeof questionFileSchema>;

export const blueprintSchema = z.strictObject({
  v: z.literal(1),
  domains: z
    .array(
      z.strictObject({
        id: domainIdSchema,
        name: text(80),
        weight: z.number().gt(0).lte(1),
        count: z.number().int().positive(),
      }),
    )
    .min(1),
  simulation: z.strictObject({
    questions: z.number().int().positive(),
    minutes: z.number().int().positive(),
    passMark: z.number().gt(0).lte(1),
    /** How many fixed practice tests the bank is split into. Changing it reshuffles every form. */
    forms: z.number().int().min(1).max(50),
  }),
});
export type Blueprint = z.infer<typeof blueprintSchema>;

export const optionSchemaOut = z.strictObject({
  key: z.enum(OPTION_KEYS),
  text: z.string(),
  why: z.string(),
});
export type QuestionOption = z.infer<typeof optionSchemaOut>;

/** A question as the app uses it: options as an ordered list, plus its source and content hash. */
export const questionSchema = z.strictObject({
  id: z.string().min(1).max(200),
  domain: domainIdSchema,
  difficulty: z.enum(DIFFICULTIES),
  title: z.string(),
  stem: z.string(),
  tags: z.array(z.string()),
  options: z
    .array(optionSchemaOut)
    .length(6)
    .refine((os) => os.every((o, i) => o.key === OPTION_KEYS[i]), 'options must be A to F in order'),
  answer: z.enum(OPTION_KEYS),
  explanation: z.string(),
  source: z.string(),
  hash: z.string().regex(/^[0-9a-f]{16}$/),
});
export type Question = z.infer<typeof questionSchema>;

export const domainSchema = z.strictObject({
  id: domainIdSchema,
  name: z.string(),
  weight: z.number().gt(0).lte(1),
});
export type Domain = z.infer<typeof domainSchema>;

/** The compiled bank that main serves over IPC and the web build fetches. */
export const compiledBankSchema = z
  .strictObject({
    v: z.literal(1),
    domains: z.array(domainSchema).min(1),
    simulation: blueprintSchema.shape.simulation,
    questions: z.array(questionSchema),
  })
  .superRefine((bank, ctx) => {
    const domainIds = new Set(bank.domains.map((d) => d.id));
    const ids = new Set<string>();
    bank.questions.forEach((q, i) => {
      if (!domainIds.has(q.domain)) {
        ctx.addIssue({
          code: 'custom',
          path: ['questions', i, 'domain'],
          message: `unknown domain "${q.domain}" in ${q.source}`,
        });
      }
      if (ids.has(q.id))
        ctx.addIssue({
          code: 'custom',
          path: ['questions', i, 'id'],
          message: `duplicate id "${q.id}" in ${q.source}`,
        });
      ids.add(q.id);
    });
  });
export type CompiledBank = z.infer<typeof compiledBankSchema>;

/** Formats zod issues as "path: message" lines a person can act on. */
export function describeIssues(error: z.ZodError, prefix = ''): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return `${prefix}${path || '(root)'}: ${issue.message}`;
  });
}
