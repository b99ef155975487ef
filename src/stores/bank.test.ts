import { afterEach, describe, expect, it } from 'vitest';
import { createApp, nextTick } from 'vue';
import { createPinia, setActivePinia } from 'pinia';
import { useBankStore } from './bank';
import { PLATFORM } from '../platform/provide';
import type { Platform } from '../platform/types';
import type { CompiledBank } from '../core/bank/schema';
import { makeBank } from '../core/bank/fixtures';
import { summarizeBank, type BankSummary } from '../core/bank/summary';

let unmount: (() => void) | null = null;
afterEach(() => unmount?.());

/** The bank store over a host whose bank arrives when the test says so. */
function setup(summary: BankSummary | null, packs = true) {
  let deliver!: (b: CompiledBank) => void;
  let fail!: (e: Error) => void;
  let calls = 0;
  const platform = {
    loadBank: () => {
      calls++;
      return new Promise<CompiledBank>((resolve, reject) => {
        deliver = resolve;
        fail = reject;
      });
    },
    bankSummary: () => summary,
  } as unknown as Platform;
  const app = createApp({ render: () => null });
  app.provide(PLATFORM, platform);
  const pinia = createPinia();
  app.use(pinia);
  app.mount(document.createElement('div'));
  unmount = () => app.unmount();
  setActivePinia(pinia);
  const store = useBankStore();
  // The packs store reports the installed packs at start-up; none here unless a test says so.
  if (packs) store.setPacks([]);
  return {
    store,
    deliver: (b: CompiledBank) => deliver(b),
    fail: (e: Error) => fail(e),
    calls: () => calls,
  };
}

describe('the bank store', () => {
  it('is ready only once the installed packs are known too', async () => {
    const { store, deliver } = setup(null, false);
    let done = false;
    const ready = store.ready().then(() => (done = true));
    deliver(makeBank(1));
    await nextTick();
    await new Promise((r) => setTimeout(r, 0));
    expect(store.status).toBe('ready');
    expect(done).toBe(false);
    store.setPacks([]);
    await ready;
    expect(done).toBe(true);
  });

  it('has the shipped summary before the full bank, and keeps it when the bank says the same', async () => {
    const bank = makeBank(3);
    const shipped = JSON.parse(JSON.stringify(summarizeBank(bank))) as BankSummary;
    const { store, deliver } = setup(shipped);
    expect(store.summary).toBe(shipped);
    expect(store.questions).toEqual([]);
    const ready = store.ready();
    deliver(bank);
    await ready;
    await nextTick();
    expect(store.status).toBe('ready');
    expect(store.questions).toHaveLength(24);
    expect(store.summary).toBe(shipped);
  });

  it('takes the summary from the full bank when it says something else', async () => {
    const { store, deliver } = setup(summarizeBank(makeBank(1)));
    const ready = store.ready();
    deliver(makeBank(2));
    await ready;
    await nextTick();
    expect(store.summary?.total).toBe(16);
  });

  it('without a shipped summary, has one once the full bank is loaded', async () => {
    const { store, deliver } = setup(null);
    expect(store.summary).toBeNull();
    void store.load();
    deliver(makeBank(2));
    await store.ready();
    await nextTick();
    expect(store.summary?.countByDomain['data-engineering']).toBe(2);
  });

  it('ready() starts the load once, and every waiter hears of a failure with its message', async () => {
    const { store, fail, calls } = setup(null);
    const a = store.ready();
    const b = store.ready();
    expect(calls()).toBe(1);
    fail(new Error('The question bank is invalid:\nq.yaml: difficulty: bad'));
    await expect(a).rejects.toThrow('q.yaml: difficulty: bad');
    await expect(b).rejects.toThrow('q.yaml: difficulty: bad');
    expect(store.status).toBe('error');
    await expect(store.ready()).rejects.toThrow('q.yaml: difficulty: bad');
    expect(calls()).toBe(1);
  });
});
