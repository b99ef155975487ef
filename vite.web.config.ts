/** The same renderer built as a static web app: what `npm run start:web` serves and the e2e tests drive. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import vue from '@vitejs/plugin-vue';

/** Emits resources/bank.json (compiled by `npm run bank:compile`) beside the page. */
function bankAsset(): Plugin {
  const file = resolve(import.meta.dirname, 'resources/bank.json');
  return {
    name: 'bank-asset',
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

export default defineConfig({
  root: resolve(import.meta.dirname, 'src'),
  base: './',
  plugins: [vue(), bankAsset()],
  define: { __APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0') },
  build: {
    outDir: resolve(import.meta.dirname, 'dist-web'),
    emptyOutDir: true,
  },
  preview: { port: 4173, strictPort: true },
});
