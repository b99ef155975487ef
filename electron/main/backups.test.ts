import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KEEP_BACKUPS, listBackups, readBackup, writeAtomic, writeBackup } from './backups';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'backups-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('automatic backups', () => {
  it('keeps only the newest ten, newest first', async () => {
    for (let i = 0; i < 13; i++) {
      await writeBackup(dir, JSON.stringify({ i }), 'attempt', new Date(Date.UTC(2026, 0, 1, 0, 0, i)));
    }
    const list = await listBackups(dir);
    expect(list).toHaveLength(KEEP_BACKUPS);
    expect(JSON.parse(await readBackup(dir, list[0]!.name))).toEqual({ i: 12 });
    expect(JSON.parse(await readBackup(dir, list.at(-1)!.name))).toEqual({ i: 3 });
  });

  it('leaves no temporary file behind and replaces the target whole', async () => {
    const target = join(dir, 'x.json');
    await writeFile(target, 'old');
    await writeAtomic(target, 'new content');
    expect(await readFile(target, 'utf8')).toBe('new content');
    expect(await readdir(dir)).toEqual(['x.json']);
  });

  it('ignores files that are not backups and lists an absent folder as empty', async () => {
    await writeFile(join(dir, 'notes.txt'), 'x');
    expect(await listBackups(dir)).toEqual([]);
    expect(await listBackups(join(dir, 'missing'))).toEqual([]);
  });

  it('refuses to read a name outside the backup pattern', async () => {
    await expect(readBackup(dir, '../secret.json')).rejects.toThrow(/not a backup file name/);
  });
});
