/**
 * The IndexedDB-backed stores (stores/deferred.ts), loaded once the home screen is up so that Dexie
 * and FSRS are not fetched, parsed, run and opened ahead of it. Anything that needs them awaits this;
 * once loaded it resolves at once.
 */
import { whenIdle } from './whenIdle';

type Deferred = typeof import('../stores/deferred');

let loading: Promise<Deferred> | undefined;
/** Ends the wait for the first screen early, while that wait is on. */
let hurry: (() => void) | undefined;

/**
 * `now`: without waiting for the first screen, for something that needs the stores to go on (a
 * screen that shows nothing without them, a start button, the quit backup). It also cuts short a
 * wait that an earlier call began.
 */
export function loadStores({ now = false } = {}): Promise<Deferred> {
  if (now) hurry?.();
  loading ??= new Promise<void>((resolve) => {
    if (now) return resolve();
    hurry = resolve;
    // Once the page is loaded and the browser idle, or 500 ms after the load at the latest: the first
    // screen, and any input on it, go first.
    whenIdle(resolve, 500);
  })
    .then(() => {
      hurry = undefined;
      return import('../stores/deferred');
    })
    .catch((e: unknown) => {
      // A failed fetch is not remembered: the next call tries again.
      loading = undefined;
      throw e;
    });
  return loading;
}
