/** Custom question packs: the stored form's schema (validated by main, and on every read). */
import { z } from 'zod';
import { domainIdSchema, questionSchema } from '../bank/schema';

export const MAX_PACK_QUESTIONS = 1000;
export const MAX_PACKS = 50;

export const packIdSchema = z
  .string()
  .max(40, 'must be at most 40 characters')
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'must be kebab-case, like "kubernetes-for-ml"');

export const packDomainSchema = z.strictObject({
  id: domainIdSchema,
  name: z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters'),
  /** A built-in domain this pack domain counts toward, or null for a domain of its own. */
  mapsTo: domainIdSchema.nullable(),
});
export type PackDomain = z.infer<typeof packDomainSchema>;

/** A pack as stored (by main in the app's data folder, or in IndexedDB in the browser build). */
export const storedPackSchema = z
  .strictObject({
    v: z.literal(1),
    id: packIdSchema,
    name: z.string().trim().min(1).max(80),
    fileName: z.string().max(200),
    importedAt: z.number().int().nonnegative(),
    domains: z.array(packDomainSchema).min(1).max(50),
    questions: z.array(questionSchema).min(1).max(MAX_PACK_QUESTIONS),
  })
  .superRefine((p, ctx) => {
    const domains = new Set(p.domains.map((d) => d.id));
    const ids = new Set<string>();
    p.questions.forEach((q, i) => {
      if (!domains.has(q.domain))
        ctx.addIssue({
          code: 'custom',
          path: ['questions', i, 'domain'],
          message: `unknown pack domain "${q.domain}"`,
        });
      if (ids.has(q.id))
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `duplicate id "${q.id}"` });
      ids.add(q.id);
    });
  });
export type StoredPack = z.infer<typeof storedPackSchema>;

export type StoredPackResult = { ok: true; pack: StoredPack } | { ok: false; problems: string[] };

/** Validates a stored pack read back from disk or IndexedDB (which may have been edited by hand). */
export function validateStoredPack(raw: unknown): StoredPackResult {
  const r = storedPackSchema.safeParse(raw);
  if (r.success) return { ok: true, pack: r.data };
  return {
    ok: false,
    problems: r.error.issues.slice(0, 20).map((i) => `${i.path.map(String).join('.') || '(pack)'}: ${i.message}`),
  };
}
