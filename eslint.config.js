import tseslint from 'typescript-eslint';
import pluginVue from 'eslint-plugin-vue';

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist-web/**',
      'node_modules/**',
      'resources/**',
      'test-results/**',
      'playwright-report/**',
      'screenshots/**',
    ],
  },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'], sourceType: 'module' },
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/multi-word-component-names': ['error', { ignores: ['App'] }],
      // Markdown is rendered with raw HTML disabled (src/core/markdown.ts); MarkdownBlock is the one v-html.
      'vue/no-v-html': 'off',
      // Formatting belongs to Prettier.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
    },
  },
  {
    // Pure core: no UI, storage or host dependencies, so it runs and tests anywhere.
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vue', 'vue/*', '@vue/*', 'pinia'], message: 'src/core is pure: no Vue or Pinia.' },
            { group: ['dexie', 'dexie/*'], message: 'src/core is pure: Dexie belongs in src/db.' },
            { group: ['electron', 'electron/*'], message: 'src/core is pure: no Electron.' },
            {
              group: ['**/db/*', '**/stores/*', '**/platform/*', '**/components/*', '**/router/*'],
              message: 'src/core depends on nothing outside it.',
            },
          ],
        },
      ],
    },
  },
  {
    // Dexie only in src/db.
    files: ['src/**'],
    ignores: ['src/db/**', 'src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['dexie', 'dexie/*'], message: 'Dexie is used only in src/db.' }] },
      ],
    },
  },
);
