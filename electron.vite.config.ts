import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import vue from '@vitejs/plugin-vue';
import { bankDigest, builtBankSummary, compileHints, modulePreload } from './scripts/renderer-build.ts';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        // A sandboxed preload cannot load ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src',
    base: './',
    plugins: [vue(), compileHints()],
    define: {
      __APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0'),
      __BANK_SHA256__: '""',
      // The home screen shows from this summary of the bank.json the app ships, as in the web build;
      // the full bank comes from main, already validated, once that screen is up (at once for a screen
      // or a start button that needs it).
      __BANK_SUMMARY__: JSON.stringify(builtBankSummary(import.meta.dirname, bankDigest(import.meta.dirname))),
      // Composition API only, as in the build.
      __VUE_OPTIONS_API__: 'false',
    },
    server: { hmr: { host: 'localhost', protocol: 'ws' } },
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      modulePreload,
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'src/index.html') } },
    },
  },
});
