/**
 * Custom question packs: how an imported pack is stored, and how its questions join the app.
 *
 * A pack keeps its questions under their own (local) ids and domains. When the app loads a pack,
 * every question id becomes `pack:<pack id>:<local id>`. Built-in ids never contain a colon (the
 * bank schema requires `<domain>-NNN`), so a pack question can never collide with the built-in bank,
 * and two packs can never collide with each other because pack ids are unique.
 */
import { z } from 'zod';
import { domainIdSchema, questionSchema, type Domain, type Question } from '../bank/schema';

export const PACK_PREFIX = 'pack:';
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

export function packQuestionId(packId: string, localId: string): string {
  return `${PACK_PREFIX}${packId}:${localId}`;
}

/** The pack a question id belongs to, or null for a built-in question. */
export function packIdOf(questionId: string): string | null {
  if (!questionId.startsWith(PACK_PREFIX)) return null;
  const rest = questionId.slice(PACK_PREFIX.length);
  const colon = rest.indexOf(':');
  return colon > 0 ? rest.slice(0, colon) : null;
}

/** The app-wide id of a pack domain: the built-in domain it maps to, or its own namespaced id. */
export function appDomainId(packId: string, d: PackDomain): string {
  return d.mapsTo ?? `${PACK_PREFIX}${packId}:${d.id}`;
}

/** A pack's questions as the rest of the app sees them: namespaced ids, mapped domains. */
export function packQuestions(pack: StoredPack): Question[] {
  const domainOf = new Map(pack.domains.map((d) => [d.id, appDomainId(pack.id, d)]));
  return pack.questions.map((q) => ({
    ...q,
    id: packQuestionId(pack.id, q.id),
    domain: domainOf.get(q.domain) ?? q.domain,
  }));
}

export interface PackDomainView {
  /** The id questions of this domain carry in the app. */
  id: string;
  name: string;
  packId: string;
  packName: string;
  /** Name of the built-in domain it counts toward, or null when it is a domain of its own. */
  mapsToName: string | null;
  questions: number;
}

/** Every pack domain, with its mapping spelled out for display. */
export function packDomainViews(packs: readonly StoredPack[], builtIn: readonly Domain[]): PackDomainView[] {
  const builtInName = new Map(builtIn.map((d) => [d.id, d.name]));
  return packs.flatMap((p) =>
    p.domains.map((d) => ({
      id: appDomainId(p.id, d),
      name: d.name,
      packId: p.id,
      packName: p.name,
      mapsToName: d.mapsTo ? (builtInName.get(d.mapsTo) ?? d.mapsTo) : null,
      questions: p.questions.filter((q) => q.domain === d.id).length,
    })),
  );
}

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
