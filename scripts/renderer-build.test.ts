import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Rolldown } from 'vite';
import { bankDigest, builtBankSummary, compileHints, modulePreload } from './renderer-build';

const HINT = '//# allFunctionsCalledOnLoad\n';

function chunk(fileName: string, code: string, imports: string[] = [], isEntry = false): Rolldown.OutputChunk {
  return { type: 'chunk', fileName, code, imports, isEntry } as unknown as Rolldown.OutputChunk;
}

function runHints(bundle: Record<string, Rolldown.OutputChunk | Rolldown.OutputAsset>): void {
  const hook = compileHints().generateBundle as {
    handler: (this: unknown, o: unknown, b: Rolldown.OutputBundle) => void;
  };
  hook.handler.call({}, {}, bundle as unknown as Rolldown.OutputBundle);
}

describe('compileHints', () => {
  it('marks the entry and everything it imports statically, first line, and leaves lazy chunks alone', () => {
    const bundle = {
      'index.js': chunk('index.js', 'const a=1;', ['vue.js'], true),
      'vue.js': chunk('vue.js', 'export const v=1;', ['hash.js']),
      'hash.js': chunk('hash.js', 'export const h=1;'),
      'SettingsView.js': chunk('SettingsView.js', 'export default 1;', ['vue.js']),
      'index.css': { type: 'asset', fileName: 'index.css', source: 'body{}' } as unknown as Rolldown.OutputAsset,
    };
    runHints(bundle);
    expect(bundle['index.js'].code).toBe(`${HINT}const a=1;`);
    expect(bundle['vue.js'].code).toBe(`${HINT}export const v=1;`);
    expect(bundle['hash.js'].code).toBe(`${HINT}export const h=1;`);
    expect(bundle['SettingsView.js'].code).toBe('export default 1;');
    expect((bundle['index.css'] as Rolldown.OutputAsset).source).toBe('body{}');
  });

  it('marks a chunk shared by the entry once, however many paths lead to it', () => {
    const bundle = {
      'index.js': chunk('index.js', 'x', ['a.js', 'b.js'], true),
      'a.js': chunk('a.js', 'a', ['shared.js']),
      'b.js': chunk('b.js', 'b', ['shared.js']),
      'shared.js': chunk('shared.js', 's'),
    };
    runHints(bundle);
    expect(bundle['shared.js'].code).toBe(`${HINT}s`);
  });
});

describe('modulePreload', () => {
  const resolve = modulePreload.resolveDependencies;
  const deps = ['assets/db.js', 'assets/dexie.js'];

  it('keeps the page preloads in the HTML', () => {
    expect(resolve('assets/index.js', deps, { hostId: 'index.html', hostType: 'html' })).toEqual(deps);
  });

  it('adds no script preloads when a lazy chunk loads', () => {
    expect(resolve('assets/deferred.js', deps, { hostId: 'assets/index.js', hostType: 'js' })).toEqual([]);
  });
});

describe('the summary built into the page', () => {
  function project(bank: string, summaryFor: (digest: string) => string | null): string {
    const root = mkdtempSync(join(tmpdir(), 'renderer-build-'));
    mkdirSync(join(root, 'resources'));
    writeFileSync(join(root, 'resources/bank.json'), bank);
    const sha256 = summaryFor(bankDigest(root));
    if (sha256 !== null)
      writeFileSync(join(root, 'resources/bank-summary.json'), JSON.stringify({ sha256, summary: { total: 3 } }));
    return root;
  }

  it('is the one bank:compile wrote for this very bank.json', () => {
    const root = project('{"questions":[]}', (digest) => digest);
    expect(bankDigest(root)).toMatch(/^[0-9a-f]{64}$/);
    expect(builtBankSummary(root, bankDigest(root))).toEqual({ total: 3 });
  });

  it('is none when it was written for another bank.json, or not at all', () => {
    const stale = project('{"questions":[1]}', () => 'f'.repeat(64));
    expect(builtBankSummary(stale, bankDigest(stale))).toBeNull();
    const missing = project('{}', () => null);
    expect(builtBankSummary(missing, bankDigest(missing))).toBeNull();
    // Without a digest of the bank, nothing vouches for a summary.
    expect(
      builtBankSummary(
        project('{}', (digest) => digest),
        '',
      ),
    ).toBeNull();
  });

  it('has no digest without a bank.json', () => {
    expect(bankDigest(mkdtempSync(join(tmpdir(), 'renderer-build-')))).toBe('');
  });
});
