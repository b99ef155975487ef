/** The same renderer built as a static web app: what `npm run start:web` serves and the e2e tests drive. */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import vue from '@vitejs/plugin-vue';
import { bankDigest, builtBankSummary, compileHints, modulePreload } from './scripts/renderer-build.ts';

const BANK_FILE = resolve(import.meta.dirname, 'resources/bank.json');

/**
 * Emits resources/bank.json (compiled by `npm run bank:compile`) beside the page. It is not preloaded:
 * the home screen shows from the summary built into the page (__BANK_SUMMARY__), and a preload would
 * hold the page's load event and share the connection with the scripts for 1.7 MB it does not need.
 */
function bankAsset(): Plugin {
  return {
    name: 'bank-asset',
    configureServer(server) {
      server.middlewares.use('/bank.json', (_req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(readFileSync(BANK_FILE));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'bank.json', source: readFileSync(BANK_FILE) });
    },
  };
}

/** Lists every emitted file for the service worker's precache, versioned by their combined hash. */
function precacheManifest(): Plugin {
  return {
    name: 'precache-manifest',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((f) => !f.endsWith('.map'));
      const extra = ['manifest.webmanifest', 'icon.svg', 'icon-512.png'];
      const hash = createHash('sha256');
      for (const f of files.sort()) {
        const item = bundle[f]!;
        hash.update(f).update(item.type === 'chunk' ? item.code : item.source);
      }
      const version = hash.digest('hex').slice(0, 12);
      this.emitFile({
        type: 'asset',
        fileName: 'precache.json',
        source: JSON.stringify({ version, files: [...files, ...extra] }),
      });
    },
  };
}

const BANK_SHA256 = bankDigest(import.meta.dirname);

export default defineConfig({
  root: resolve(import.meta.dirname, 'src'),
  base: './',
  plugins: [vue(), bankAsset(), compileHints(), precacheManifest()],
  define: {
    __APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0'),
    // The bank was validated with the schema when it was compiled; the page checks it is that file.
    __BANK_SHA256__: JSON.stringify(BANK_SHA256),
    // Only with that same file, so the home screen says what the bank it then loads says.
    __BANK_SUMMARY__: JSON.stringify(builtBankSummary(import.meta.dirname, BANK_SHA256)),
    // Every component uses the Composition API: Vue's Options API support is left out of the build
    // (less code to parse, and no per-component options pass when the first screen mounts).
    __VUE_OPTIONS_API__: 'false',
  },
  build: {
    outDir: resolve(import.meta.dirname, 'dist-web'),
    emptyOutDir: true,
    modulePreload,
  },
  preview: { port: 4173, strictPort: true },
});
