/**
 * Custom question packs in the app's data folder: one JSON file per pack, written atomically and
 * validated again whenever it is read, so a hand-edited or damaged file is skipped with a message.
 */
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_PACKS, validateStoredPack, type StoredPack } from '../../src/core/packs/format';
import { writeAtomic } from './backups';

const FILE = /^([a-z][a-z0-9-]{0,39})\.json$/;

export interface PackList {
  packs: StoredPack[];
  problems: string[];
}

export async function listPacks(dir: string): Promise<PackList> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { packs: [], problems: [] };
    throw e;
  }
  const out: PackList = { packs: [], problems: [] };
  for (const name of names.filter((n) => FILE.test(n)).sort()) {
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(join(dir, name), 'utf8'));
    } catch (e) {
      out.problems.push(`${name} could not be read and was skipped: ${(e as Error).message}`);
      continue;
    }
    const r = validateStoredPack(raw);
    if (!r.ok) out.problems.push(`${name} is damaged and was skipped: ${r.problems[0]}`);
    else if (`${r.pack.id}.json` !== name) out.problems.push(`${name} holds pack "${r.pack.id}" and was skipped`);
    else out.packs.push(r.pack);
  }
  out.packs.sort((a, b) => a.name.localeCompare(b.name));
  return out;
}

/** Stores a validated pack, replacing an earlier import with the same id. */
export async function savePack(dir: string, pack: StoredPack): Promise<void> {
  await mkdir(dir, { recursive: true });
  const existing = (await readdir(dir)).filter((n) => FILE.test(n));
  if (!existing.includes(`${pack.id}.json`) && existing.length >= MAX_PACKS)
    throw new Error(`You already have ${MAX_PACKS} packs; remove one before importing another.`);
  await writeAtomic(join(dir, `${pack.id}.json`), JSON.stringify(pack));
}

export async function removePack(dir: string, id: string): Promise<void> {
  await unlink(join(dir, `${id}.json`)).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOENT') throw e;
  });
}
