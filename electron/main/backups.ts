/** Automatic backups: atomic snapshot files in the app's data folder, the newest 10 kept. */
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupEntry } from '../../src/core/ipc/contract';

export const KEEP_BACKUPS = 10;
const NAME = /^backup-([0-9TZ-]+)-([a-z]+)\.json$/;

/** A sortable, file-system-safe name for a backup taken at `now`. */
export function backupName(now: Date, reason: string): string {
  return `backup-${now.toISOString().replace(/[:.]/g, '-')}-${reason}.json`;
}

/** Writes content to a temporary file and renames it into place, so a crash never leaves half a backup. */
export async function writeAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, content, { flush: true });
  await rename(tmp, path);
}

/** Lists backups, newest first. */
export async function listBackups(dir: string): Promise<BackupEntry[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const entries: BackupEntry[] = [];
  for (const name of names) {
    const m = NAME.exec(name);
    if (!m) continue;
    const s = await stat(join(dir, name));
    entries.push({ name, size: s.size, createdAt: s.mtime.toISOString(), reason: m[2]! });
  }
  return entries.sort((a, b) => b.name.localeCompare(a.name));
}

/** Writes one backup and deletes all but the newest KEEP_BACKUPS. */
export async function writeBackup(dir: string, content: string, reason: string, now: Date): Promise<BackupEntry> {
  await mkdir(dir, { recursive: true });
  const name = backupName(now, reason);
  await writeAtomic(join(dir, name), content);
  const all = await listBackups(dir);
  for (const old of all.slice(KEEP_BACKUPS)) await unlink(join(dir, old.name)).catch(() => undefined);
  return all.find((b) => b.name === name)!;
}

/** Reads one backup by name; the name was validated against the contract's pattern. */
export async function readBackup(dir: string, name: string): Promise<string> {
  if (!NAME.test(name)) throw new Error(`not a backup file name: ${name}`);
  return readFile(join(dir, name), 'utf8');
}
