/** Build pieces shared by the web build (vite.web.config.ts) and the desktop renderer (electron.vite.config.ts). */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ModulePreloadOptions, Plugin } from 'vite';
import type { BankSummary } from '../src/core/bank/summary';

/**
 * The page's own scripts are still preloaded from the HTML. A lazy chunk fetches its imports itself:
 * by default Vite also inserts a `<link rel="modulepreload">` per dependency when a dynamic import
 * runs, and for the storage stores that load just after the first screen (loadStores) that was 11
 * links and about 12 ms of main-thread work on the 2-core test machine (CPU profile over 8 cold
 * starts), right when the first screen should answer input. A lazy chunk's CSS is not affected:
 * Vite keeps CSS out of this hook and always loads it. The modulepreload polyfill is left out:
 * Chromium (and so Electron) has the feature, and a browser without it fetches the scripts as it
 * meets them.
 */
export const modulePreload = {
  polyfill: false,
  resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
} satisfies ModulePreloadOptions;

/**
 * Marks the scripts that run before the first screen (the entry chunk and what it imports
 * statically) with V8's explicit compile hint, so their functions are compiled while the file is
 * streamed in rather than one by one on first call. Measured over 31 cold starts each on the
 * 2-core machine: Vue's mount of the home screen went from 25 to 13 ms; part of that moves into
 * module evaluation, and the screen was ready 5 to 9 ms sooner. Lazy chunks are left to V8's lazy
 * compilation: most of their functions do not run at once.
 */
export function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    // After Vite's own rewrites, which put code ahead of the first line: the hint must come first.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = new Map(
          Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])),
        );
        const eager = new Set<string>();
        const visit = (file: string) => {
          if (eager.has(file)) return;
          eager.add(file);
          for (const dep of chunks.get(file)?.imports ?? []) visit(dep);
        };
        for (const c of chunks.values()) if (c.isEntry) visit(c.fileName);
        for (const file of eager) {
          const chunk = chunks.get(file);
          if (chunk) chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
        }
      },
    },
  };
}

/** Hex SHA-256 of `root`/resources/bank.json, or '' when there is none. */
export function bankDigest(root: string): string {
  try {
    return createHash('sha256')
      .update(readFileSync(resolve(root, 'resources/bank.json')))
      .digest('hex');
  } catch {
    return '';
  }
}

/**
 * Domains, simulation settings and counts for the home screen, written by `npm run bank:compile`
 * beside bank.json; null when it is missing or was written for another bank.json (the home screen
 * then waits for the full bank).
 */
export function builtBankSummary(root: string, sha256: string): BankSummary | null {
  try {
    const file = JSON.parse(readFileSync(resolve(root, 'resources/bank-summary.json'), 'utf8')) as {
      sha256: string;
      summary: BankSummary;
    };
    return sha256 && file.sha256 === sha256 ? file.summary : null;
  } catch {
    return null;
  }
}
