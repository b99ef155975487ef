/** Builds the bare Vue page that startup_ms is compared with. */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: resolve(import.meta.dirname, 'bare'),
  base: './',
  build: { outDir: resolve(import.meta.dirname, '../dist-web/bench-bare'), emptyOutDir: true },
});
