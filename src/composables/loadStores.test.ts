import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../stores/deferred', () => ({ marker: 'the stores' }));

// The browser is never idle in these tests, and the 500 ms deadline is far away.
beforeEach(() => {
  vi.resetModules();
  vi.stubGlobal('requestIdleCallback', vi.fn());
});
afterEach(() => vi.unstubAllGlobals());

async function fresh() {
  return (await import('./loadStores')).loadStores;
}

function settled(p: Promise<unknown>): Promise<boolean> {
  return Promise.race([p.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 20))]);
}

describe('loadStores', () => {
  it('waits for the page to be idle before loading the stores', async () => {
    const loadStores = await fresh();
    expect(await settled(loadStores())).toBe(false);
    expect(requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), { timeout: 500 });
  });

  it('loads them at once for something that needs them, and every waiting caller gets them', async () => {
    const loadStores = await fresh();
    const early = loadStores();
    const stores = await loadStores({ now: true });
    expect(stores).toMatchObject({ marker: 'the stores' });
    // The wait an earlier call began is cut short too: it is one load.
    await expect(early).resolves.toBe(stores);
  });

  it('does not wait at all when the first call needs them now', async () => {
    const loadStores = await fresh();
    await expect(loadStores({ now: true })).resolves.toMatchObject({ marker: 'the stores' });
    expect(requestIdleCallback).not.toHaveBeenCalled();
  });
});
