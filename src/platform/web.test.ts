import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWebPlatform } from './web';
import { makeBank } from '../core/bank/fixtures';
import { summarizeBank } from '../core/bank/summary';

afterEach(() => vi.unstubAllGlobals());

async function sha256(text: string): Promise<string> {
  const buf = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function serve(body: string, status = 200) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status })),
  );
}

describe('the browser host', () => {
  it('loads a valid bank', async () => {
    serve(JSON.stringify(makeBank(2)));
    const bank = await createWebPlatform(document).loadBank();
    expect(bank.questions).toHaveLength(16);
  });

  it('validates a bank that is not the one the build checked, naming the file and field', async () => {
    const bank = makeBank(2);
    (bank.questions[5] as { difficulty: string }).difficulty = 'trivial';
    serve(JSON.stringify(bank));
    await expect(createWebPlatform(document).loadBank()).rejects.toThrow(`${bank.questions[5]!.source}: difficulty:`);
  });

  it('trusts the file the build checked: same bytes, no second validation', async () => {
    const bank = makeBank(2);
    (bank.questions[5] as { difficulty: string }).difficulty = 'trivial';
    const body = JSON.stringify(bank);
    serve(body);
    const loaded = await createWebPlatform(document, './bank.json', {
      sha256: await sha256(body),
      summary: null,
    }).loadBank();
    expect(loaded.questions).toHaveLength(16);
  });

  it('validates in full a file whose bytes differ from the one the build checked', async () => {
    const bank = makeBank(2);
    (bank.questions[5] as { difficulty: string }).difficulty = 'trivial';
    serve(JSON.stringify(bank));
    const other = await sha256(JSON.stringify(makeBank(2)));
    await expect(
      createWebPlatform(document, './bank.json', { sha256: other, summary: null }).loadBank(),
    ).rejects.toThrow(`${bank.questions[5]!.source}: difficulty:`);
  });

  it('offers the summary the build shipped, or none', () => {
    const summary = summarizeBank(makeBank(1));
    expect(createWebPlatform(document, './bank.json', { sha256: '', summary }).bankSummary()).toBe(summary);
    expect(createWebPlatform(document).bankSummary()).toBeNull();
  });

  it('says when the bank cannot be fetched or parsed', async () => {
    serve('nope', 404);
    await expect(createWebPlatform(document).loadBank()).rejects.toThrow(/HTTP 404/);
    serve('{"v":1,');
    await expect(createWebPlatform(document).loadBank()).rejects.toThrow(/not valid JSON/);
  });
});
