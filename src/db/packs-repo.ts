/** Custom question packs stored in IndexedDB (the browser build; the desktop app stores them in main). */
import type { StoredPack } from '../core/packs/format';
import type { ExamDatabase } from './database';

/** Every stored pack that still passes the pack schema; the others are named in `problems`. */
export async function listPacks(db: ExamDatabase): Promise<{ packs: StoredPack[]; problems: string[] }> {
  const packs: StoredPack[] = [];
  const problems: string[] = [];
  const rows: unknown[] = await db.packs.toArray();
  if (rows.length === 0) return { packs, problems };
  // The schema loads only when there are packs to check, keeping it out of everyone's start-up.
  const { validateStoredPack } = await import('../core/packs/format');
  for (const raw of rows) {
    const r = validateStoredPack(raw);
    if (r.ok) packs.push(r.pack);
    else problems.push(`Pack "${String((raw as { id?: unknown }).id)}" is damaged and was skipped: ${r.problems[0]}`);
  }
  return { packs: packs.sort((a, b) => a.name.localeCompare(b.name)), problems };
}

/** Stores a pack, replacing an earlier import with the same id. */
export async function savePack(db: ExamDatabase, pack: StoredPack): Promise<void> {
  await db.packs.put(pack);
}

export async function deletePack(db: ExamDatabase, id: string): Promise<void> {
  await db.packs.delete(id);
}
