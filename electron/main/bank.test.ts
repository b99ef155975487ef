import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BankLoadError, loadBank } from './bank';
import { makeBank } from '../../src/core/bank/fixtures';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bank-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loading the bank in main', () => {
  it('returns a valid bank', async () => {
    const file = join(dir, 'bank.json');
    await writeFile(file, JSON.stringify(makeBank(3)));
    const bank = await loadBank(file);
    expect(bank.questions).toHaveLength(3 * 8);
  });

  it('names the source file and field of an invalid question', async () => {
    const bank = makeBank(2);
    (bank.questions[3] as { answer: string }).answer = 'G';
    const file = join(dir, 'bank.json');
    await writeFile(file, JSON.stringify(bank));
    const err = await loadBank(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BankLoadError);
    expect((err as Error).message).toContain(`${bank.questions[3]!.source}: answer:`);
  });

  it('explains a missing bank file and how to build it', async () => {
    await expect(loadBank(join(dir, 'nope.json'))).rejects.toThrow(/ENOENT.*bank:compile/);
  });

  it('rejects a truncated file without returning any questions', async () => {
    const file = join(dir, 'bank.json');
    await writeFile(file, JSON.stringify(makeBank(2)).slice(0, 500));
    await expect(loadBank(file)).rejects.toThrow(/not valid JSON/);
  });
});
