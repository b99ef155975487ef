/** Build options shared by the web build (vite.web.config.ts) and the desktop renderer (electron.vite.config.ts). */
import type { ModulePreloadOptions } from 'vite';

/**
 * The page's own scripts are still preloaded from the HTML. A lazy chunk fetches its imports itself:
 * by default Vite also inserts a `<link rel="modulepreload">` per dependency when a dynamic import
 * runs, and for the storage stores that load just after the first screen (loadStores) that was 11
 * links and about 12 ms of main-thread work on the 2-core test machine (CPU profile over 8 cold
 * starts), right when the first screen should answer input. A lazy chunk's CSS still goes through
 * this step: it is how that CSS is loaded at all. Every browser the app targets supports
 * modulepreload, so the polyfill is left out.
 */
export const modulePreload = {
  polyfill: false,
  resolveDependencies: (_file, deps, { hostType }) =>
    hostType === 'html' ? deps : deps.filter((d) => d.endsWith('.css')),
} satisfies ModulePreloadOptions;
