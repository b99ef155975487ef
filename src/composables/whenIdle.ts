/** Runs `fn` once the page has loaded (at once when it already has). */
export function afterLoad(fn: () => void): void {
  if (document.readyState === 'complete') fn();
  else window.addEventListener('load', () => fn(), { once: true });
}

/**
 * Runs `fn` once the page has loaded and the browser has a moment to spare (at the latest `timeout`
 * ms after the load): for work the first screen does not need, so it does not compete with it.
 */
export function whenIdle(fn: () => void, timeout = 2000): void {
  afterLoad(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => fn(), { timeout });
    else setTimeout(fn, 50);
  });
}
