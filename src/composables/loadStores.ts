/**
 * The IndexedDB-backed stores (stores/deferred.ts), loaded once the home screen is up so that Dexie
 * and FSRS are not fetched, parsed, run and opened ahead of it. Anything that needs them awaits this;
 * once loaded it resolves at once.
 */
import { whenIdle } from './whenIdle';

type Deferred = typeof import('../stores/deferred');

let loading: Promise<Deferred> | undefined;

/**
 * Resolves once the page is loaded and the browser is idle (or after `timeout` ms at the latest):
 * the first screen, and any input on it, go first.
 */
function afterFirstScreen(timeout = 500): Promise<void> {
  return new Promise((resolve) => whenIdle(resolve, timeout));
}

/** `now`: without waiting for the first screen (a screen that needs the stores to show anything). */
export function loadStores({ now = false } = {}): Promise<Deferred> {
  loading ??= (now ? Promise.resolve() : afterFirstScreen())
    .then(() => import('../stores/deferred'))
    .catch((e: unknown) => {
      // A failed fetch is not remembered: the next call tries again.
      loading = undefined;
      throw e;
    });
  return loading;
}
