// Lint enforces the architecture (see README, "How the code is laid out"):
//   app → features → components → {storage, i18n} → domain → lib; domain is pure; only storage imports Dexie;
//   features do not import each other; no import cycles; kebab-case file and folder names; no literal UI text in JSX.
//
// The layering is built from one table (LAYERS) and each rule is declared once, for files that belong to exactly
// one block, so no later block can silently replace an earlier block's bans (flat config replaces a rule's options
// per file, it does not merge them). tests/lint/layering.test.ts lints a probe for every forbidden import.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import checkFile from 'eslint-plugin-check-file';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const ROOT = import.meta.dirname;

/** Every folder in src/features is a feature; none may import another. */
export const FEATURES = readdirSync(join(ROOT, 'src', 'features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/**
 * The layers, bottom to top, and what each may import from `src/`. Anything not listed is forbidden.
 * `src/testing` (test helpers) may import every layer and is imported only by tests.
 */
export const LAYERS = {
  lib: { may: [], why: 'src/lib holds leaf utilities: it imports nothing of ours.' },
  domain: { may: ['lib'], why: 'src/domain is pure: it imports only src/lib.' },
  storage: { may: ['domain', 'lib'], why: 'src/storage imports only the domain and src/lib.' },
  i18n: { may: ['domain', 'lib'], why: 'src/i18n imports only the domain and src/lib.' },
  components: {
    may: ['storage', 'i18n', 'domain', 'lib'],
    why: 'Shared components do not import features or the app.',
  },
  features: {
    may: ['components', 'storage', 'i18n', 'domain', 'lib'],
    why: 'Features do not import the app shell.',
  },
  app: { may: ['features', 'components', 'storage', 'i18n', 'domain', 'lib'], why: 'The app imports no test helpers.' },
};
const ALL_FOLDERS = [...Object.keys(LAYERS), 'testing'];

const DEXIE = ['dexie', 'dexie/*', 'dexie-react-hooks', 'dexie-react-hooks/*'];
const REACT = ['react', 'react/*', 'react-dom', 'react-dom/*', 'react-router', 'react-router/*'];

/** Package bans per layer, composed into one `no-restricted-imports` entry per layer. */
function packageBans(layer) {
  const patterns = [];
  if (layer !== 'storage' && layer !== 'testing') {
    patterns.push({ group: DEXIE, message: 'Only src/storage imports Dexie.' });
  }
  if (layer === 'domain' || layer === 'lib') {
    patterns.push({
      group: ['react-dom', 'react-dom/*', 'react-router', 'react-router/*'],
      message: `src/${layer} has no UI.`,
    });
  }
  if (layer === 'domain') patterns.push({ group: REACT, message: 'src/domain is pure: no React.' });
  return patterns;
}

/** Folder zones for import-x/no-restricted-paths: one rule, every zone, so nothing overrides it. */
function layerZones() {
  const zones = [];
  for (const [layer, { may, why }] of Object.entries(LAYERS)) {
    const forbidden = ALL_FOLDERS.filter((f) => f !== layer && !may.includes(f));
    for (const from of forbidden) zones.push({ target: `./src/${layer}`, from: `./src/${from}`, message: why });
  }
  for (const feature of FEATURES) {
    zones.push({
      target: `./src/features/${feature}`,
      from: './src/features',
      except: [`./${feature}`],
      message: 'Features do not import each other; compose them in src/app.',
    });
  }
  return zones;
}

const clockBan = [
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'Pass today in; the domain never reads the clock.',
  },
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'Pass today in; the domain never reads the clock.',
  },
];
const literalTextBan = [
  {
    selector: 'JSXText[value=/[^\\s\\p{P}\\p{S}\\d]/u]',
    message: 'UI text goes through the message catalogue (t()).',
  },
  {
    selector: 'JSXAttribute[name.name=/^(aria-label|title|placeholder|alt)$/] > Literal[value=/[^\\s]/]',
    message: 'UI text goes through the message catalogue (t()).',
  },
];

/**
 * The architecture rules alone: exported so tests/lint/layering.test.ts can run them over probe files without
 * type information. The default export below adds them to the full configuration.
 */
export const layering = [
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser },
    plugins: { 'import-x': importX, 'check-file': checkFile },
    settings: {
      // Dependencies are parsed as TypeScript too, or no-cycle would not see their imports.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: join(ROOT, 'tsconfig.json') })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: ROOT, zones: layerZones() }],
      'check-file/filename-naming-convention': [
        'error',
        { 'src/**/*.{ts,tsx,css}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      // Locale folders are named by their BCP 47 tag (zh-CN), everything else in kebab-case.
      'check-file/folder-naming-convention': ['error', { 'src/**/!(zh-CN)/': 'KEBAB_CASE' }],
    },
  },
  ...ALL_FOLDERS.map((layer) => ({
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', { patterns: packageBans(layer) }],
      'no-restricted-syntax': ['error', ...(layer === 'domain' ? clockBan : []), ...literalTextBan],
      ...(layer === 'domain'
        ? {
            'no-restricted-globals': [
              'error',
              { name: 'window', message: 'src/domain is pure.' },
              { name: 'localStorage', message: 'src/domain is pure.' },
            ],
          }
        : {}),
    },
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'dist-ssr', 'node_modules', 'coverage', 'test-results', 'public', 'tests/lint/probes'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked, reactHooks.configs.flat.recommended],
    languageOptions: {
      ecmaVersion: 2022,
      globals: globals.browser,
      parserOptions: { projectService: true, tsconfigRootDir: ROOT },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Debt data must never reach a log (privacy principle).
      'no-console': 'error',
    },
  },
  ...layering,
  {
    files: ['tests/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    // Asymmetric matchers (expect.any, expect.objectContaining) are typed `any`.
    rules: {
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
