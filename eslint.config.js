// Lint enforces the architecture (see README, "How the code is laid out"):
//   app → features → {domain, storage, components, i18n, lib}; domain is pure; only storage imports Dexie;
//   features do not import each other; no literal UI text in JSX.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const FEATURES = ['debts', 'assessment', 'conduct', 'letters', 'budget', 'settings', 'backup', 'rights', 'safety'];

const domainBans = {
  patterns: [
    { group: ['react', 'react-dom', 'react-dom/*', 'react-router'], message: 'src/domain is pure: no React.' },
    { group: ['dexie', 'dexie-*'], message: 'src/domain is pure: no Dexie.' },
    {
      group: ['**/storage/**', '**/features/**', '**/app/**', '**/i18n/**'],
      message: 'src/domain imports nothing above it.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'dist-ssr', 'node_modules', 'coverage', 'test-results', 'public'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked, reactHooks.configs.flat.recommended],
    languageOptions: {
      ecmaVersion: 2022,
      globals: globals.browser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Debt data must never reach a log (privacy principle).
      'no-console': 'error',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', domainBans],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'src/domain is pure.' },
        { name: 'localStorage', message: 'src/domain is pure.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Pass today in; the domain never reads the clock.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Pass today in; the domain never reads the clock.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/domain/**', 'src/storage/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['dexie', 'dexie/*', 'dexie-react-hooks', 'dexie-export-import'],
              message: 'Only src/storage imports Dexie.',
            },
          ],
        },
      ],
    },
  },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['dexie', 'dexie/*', 'dexie-react-hooks', 'dexie-export-import'],
              message: 'Only src/storage imports Dexie.',
            },
            {
              group: FEATURES.filter((f) => f !== feature).map((f) => `**/features/${f}/**`),
              message: 'Features do not import each other; compose them in src/app.',
            },
            { group: ['**/app/**'], message: 'Features do not import the app shell.' },
          ],
        },
      ],
    },
  })),
  {
    files: ['src/{components,lib,i18n,storage}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/features/**', '**/app/**'], message: 'Shared layers do not import features or the app.' },
          ],
        },
      ],
    },
  },
  {
    // No literal UI text: every visible string comes from the message catalogue.
    files: ['src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXText[value=/[^\\s\\p{P}\\p{S}\\d]/u]',
          message: 'UI text goes through the message catalogue (t()).',
        },
        {
          selector: 'JSXAttribute[name.name=/^(aria-label|title|placeholder|alt)$/] > Literal[value=/[^\\s]/]',
          message: 'UI text goes through the message catalogue (t()).',
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    // Asymmetric matchers (expect.any, expect.objectContaining) are typed `any`.
    rules: {
      'no-restricted-syntax': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['scripts/**/*.mjs', 'tests/e2e/**/*.mjs'],
    rules: { 'no-console': 'off' },
  },
);
