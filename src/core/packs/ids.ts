/**
 * Custom question packs: how a stored pack's questions join the app (no schema library here, so
 * this stays out of the start-up bundle).
 *
 * A pack keeps its questions under their own (local) ids and domains. When the app loads a pack,
 * every question id becomes `pack:<pack id>:<local id>`. Built-in ids never contain a colon (the
 * bank schema requires `<domain>-NNN`), so a pack question can never collide with the built-in bank,
 * and two packs can never collide with each other because pack ids are unique.
 */
import type { Domain, Question } from '../bank/schema';
import type { PackDomain, StoredPack } from './format';

export const PACK_PREFIX = 'pack:';

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
