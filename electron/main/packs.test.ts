import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { stringify } from 'yaml';
import { handlers } from '../../tests/setup/electron-mock';
import { FIXTURE_DOMAINS } from '../../src/core/bank/fixtures';
import { makePackItem } from '../../src/core/packs/fixtures';
import { MAX_PACKS, type StoredPack } from '../../src/core/packs/format';
import { parsePack } from '../../src/core/packs/parse';
import { handle } from './ipc';
import { listPacks, removePack, savePack } from './packs';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'packs-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function pack(name: string, n = 2): StoredPack {
  const items = Array.from({ length: n }, (_, i) => makePackItem(i + 1));
  const r = parsePack({
    fileName: `${name}.yaml`,
    text: stringify({ pack: { name }, questions: items }),
    builtInDomains: FIXTURE_DOMAINS,
    builtInQuestions: [],
    now: 1,
  });
  return r.pack!;
}

describe('pack storage in the data folder', () => {
  it('saves, lists (validated, by name) and removes packs; re-importing replaces', async () => {
    await savePack(join(dir, 'packs'), pack('Zeta team'));
    await savePack(join(dir, 'packs'), pack('Alpha team', 3));
    await savePack(join(dir, 'packs'), pack('Alpha team', 1));
    const listed = await listPacks(join(dir, 'packs'));
    expect(listed.problems).toEqual([]);
    expect(listed.packs.map((p) => [p.id, p.questions.length])).toEqual([
      ['alpha-team', 1],
      ['zeta-team', 2],
    ]);
    expect((await readdir(join(dir, 'packs'))).sort()).toEqual(['alpha-team.json', 'zeta-team.json']);
    await removePack(join(dir, 'packs'), 'alpha-team');
    await removePack(join(dir, 'packs'), 'alpha-team');
    expect((await listPacks(join(dir, 'packs'))).packs.map((p) => p.id)).toEqual(['zeta-team']);
  });

  it('skips a damaged or hand-edited pack file and says which and why', async () => {
    await savePack(dir, pack('Good'));
    await writeFile(join(dir, 'broken.json'), '{"v":1,');
    await writeFile(join(dir, 'edited.json'), JSON.stringify({ ...pack('Edited'), questions: [] }));
    await writeFile(join(dir, 'renamed.json'), JSON.stringify(pack('Other')));
    const r = await listPacks(dir);
    expect(r.packs.map((p) => p.id)).toEqual(['good']);
    expect(r.problems).toEqual([
      expect.stringMatching(/^broken\.json could not be read/),
      expect.stringMatching(/^edited\.json is damaged and was skipped: questions/),
      'renamed.json holds pack "other" and was skipped',
    ]);
  });

  it('lists no packs when the folder does not exist yet', async () => {
    expect(await listPacks(join(dir, 'missing'))).toEqual({ packs: [], problems: [] });
  });

  it(`refuses a new pack beyond ${MAX_PACKS}, with a message`, async () => {
    for (let i = 0; i < MAX_PACKS; i++) await writeFile(join(dir, `p${i}.json`), '{}');
    await expect(savePack(dir, pack('One more'))).rejects.toThrow(/remove one before importing another/);
  });
});

describe('the pack IPC handlers', () => {
  const appWindow = { mainFrame: { url: 'app://bundle/index.html' } } as unknown as WebContents;
  const event = { sender: appWindow, senderFrame: appWindow.mainFrame } as unknown as IpcMainInvokeEvent;
  beforeEach(() => handlers.clear());

  it('reject a pack that fails the pack schema, and an id that could leave the folder', async () => {
    handle(
      'savePack',
      () => appWindow,
      async () => true as const,
    );
    handle(
      'removePack',
      () => appWindow,
      async () => true as const,
    );
    const bad = { ...pack('Team'), questions: [{ ...pack('Team').questions[0]!, answer: 'Z' }] };
    await expect(handlers.get('packs:save')!(event, bad)).rejects.toThrow(/invalid arguments/);
    await expect(handlers.get('packs:save')!(event, pack('Team'))).resolves.toBe(true);
    await expect(handlers.get('packs:remove')!(event, '../backups/x')).rejects.toThrow(/invalid arguments/);
  });
});
