import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [vue()],
  define: {
    __APP_VERSION__: JSON.stringify('0.0.0-test'),
    __BANK_SHA256__: JSON.stringify(''),
    __BANK_SUMMARY__: 'null',
    // Composition API only, as in the build.
    __VUE_OPTIONS_API__: 'false',
  },
  test: {
    // Property tests run a thousand cases; on a loaded 2-core CI machine 5 s is not enough.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/core/**/*.test.ts', 'src/db/**/*.test.ts', 'scripts/**/*.test.ts'],
          setupFiles: ['fake-indexeddb/auto'],
        },
      },
      {
        extends: true,
        test: {
          name: 'main',
          environment: 'node',
          include: ['electron/**/*.test.ts'],
          // The one place `electron` is mocked, so main-process modules run under vitest.
          setupFiles: ['tests/setup/electron-mock.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['src/**/*.test.ts'],
          exclude: ['src/core/**', 'src/db/**'],
          setupFiles: ['fake-indexeddb/auto'],
        },
      },
    ],
  },
});
