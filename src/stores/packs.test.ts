import fc from 'fast-check';
import { createPinia } from 'pinia';
import { describe, expect, it } from 'vitest';
import { createApp } from 'vue';
import { stringify } from 'yaml';
import { makeBank } from '../core/bank/fixtures';
import { makePackItem, SAMPLE_PACK_HEADER, samplePackItems } from '../core/packs/fixtures';
import { TEMPLATE_QUESTION } from '../core/packs/template';
import { db } from '../db';
import { PLATFORM } from '../platform/provide';
import { createWebPlatform } from '../platform/web';
import { useBankStore } from './bank';
import { usePacksStore } from './packs';

/** The stores as the browser build wires them: web platform, packs kept in IndexedDB. */
function setup() {
  const app = createApp({});
  app.provide(PLATFORM, createWebPlatform());
  app.use(createPinia());
  return app.runWithContext(() => {
    const bank = useBankStore();
    bank.bank = makeBank(2);
    return { bank, packs: usePacksStore() };
  });
}

const good = stringify({ pack: SAMPLE_PACK_HEADER, questions: samplePackItems(2, TEMPLATE_QUESTION) });

describe('the packs store', () => {
  it('imports only the valid items, shows them in the bank, and removes the pack again', async () => {
    await db.packs.clear();
    const { bank, packs } = setup();
    await packs.load();
    const r = await packs.preview('team.yaml', good);
    expect([r.valid, r.total]).toEqual([3, 5]);
    expect(await db.packs.count()).toBe(0);
    await packs.confirmImport();
    expect(packs.message).toBe('Imported "Platform team": 3 question(s).');
    expect(bank.allQuestions.length - bank.questions.length).toBe(3);
    expect(bank.question('pack:platform-team:team-ops-001')?.domain).toBe('pack:platform-team:team-ops');
    expect(bank.domainName.get('pack:platform-team:team-ops')).toBe('Team operations (Platform team)');
    await packs.remove(bank.packs[0]!, 'keep');
    expect(bank.allQuestions).toHaveLength(bank.questions.length);
    expect(await db.packs.count()).toBe(0);
  });

  it('never stores anything from a corrupted pack file, and stores exactly the reported valid items otherwise', async () => {
    await db.packs.clear();
    const { packs } = setup();
    await packs.load();
    const texts = fc.oneof(
      fc.tuple(fc.constant(good), fc.nat()).map(([t, n]) => t.slice(0, n % t.length)),
      fc
        .tuple(fc.constant(good), fc.nat(), fc.constantFrom('"', ':', '\n- ', '<img onerror=x>', '\u0000', '{'))
        .map(([t, n, s]) => t.slice(0, n % t.length) + s + t.slice((n % t.length) + 1)),
      fc.string({ maxLength: 200 }),
    );
    await fc.assert(
      fc.asyncProperty(texts, fc.constantFrom('p.yaml', 'p.json', 'p.csv'), async (text, name) => {
        await db.packs.clear();
        const r = await packs.preview(name, text);
        await packs.confirmImport();
        const stored = await db.packs.toArray();
        if (!r.pack) expect(stored).toEqual([]);
        else expect(stored).toEqual([r.pack]);
      }),
      { numRuns: 1000 },
    );
  });

  it('says which pack an import replaces', async () => {
    await db.packs.clear();
    const { packs } = setup();
    await packs.preview('team.yaml', good);
    await packs.confirmImport();
    const r = await packs.preview(
      'team-v2.yaml',
      stringify({ pack: SAMPLE_PACK_HEADER, questions: [makePackItem(7)] }),
    );
    expect(r.valid).toBe(1);
    expect(packs.replaces?.name).toBe('Platform team');
    await packs.confirmImport();
    expect(packs.message).toBe('Updated "Platform team": 1 question(s).');
  });
});
