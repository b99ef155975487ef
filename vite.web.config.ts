/** The same renderer built as a static web app: what `npm run start:web` serves and the e2e tests drive. */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import vue from '@vitejs/plugin-vue';

/** Emits resources/bank.json (compiled by `npm run bank:compile`) beside the page. */
function bankAsset(): Plugin {
  const file = resolve(import.meta.dirname, 'resources/bank.json');
  return {
    name: 'bank-asset',
    // Start fetching the bank with the scripts instead of after the app has started.
    transformIndexHtml: () => [
      { tag: 'link', attrs: { rel: 'preload', href: './bank.json', as: 'fetch', crossorigin: '' }, injectTo: 'head' },
    ],
    configureServer(server) {
      server.middlewares.use('/bank.json', (_req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'bank.json', source: readFileSync(file) });
    },
  };
}

function bankDigest(): string {
  try {
    return createHash('sha256')
      .update(readFileSync(resolve(import.meta.dirname, 'resources/bank.json')))
      .digest('hex');
  } catch {
    return '';
  }
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

export default defineConfig({
  root: resolve(import.meta.dirname, 'src'),
  base: './',
  plugins: [vue(), bankAsset(), precacheManifest()],
  define: {
    __APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0'),
    // The bank was validated with the schema when it was compiled; the page checks it is that file.
    __BANK_SHA256__: JSON.stringify(bankDigest()),
  },
  build: {
    outDir: resolve(import.meta.dirname, 'dist-web'),
    emptyOutDir: true,
  },
  preview: { port: 4173, strictPort: true },
});
