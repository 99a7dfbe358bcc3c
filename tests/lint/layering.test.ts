/**
 * The architecture is enforced by lint (eslint.config.js). This test proves the enforcement
 * works: it lints a probe for every forbidden import and expects each to be reported, and a
 * few allowed imports that must pass. The probes are linted with the architecture rules
 * alone (`layering`), which need no type information.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { FEATURES, LAYERS, layering } from '../../eslint.config.js';

const ROOT = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: layering });

/** Rule ids reported for `code` as if it were the file at `path` (relative to the repository). */
async function reported(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

/** The first TypeScript file under `src/<folder>`, so a probe imports something real. */
function someFileIn(folder: string): string {
  const walk = (dir: string): string | undefined => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        const found = walk(path);
        if (found) return found;
      } else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) return path;
    }
    return undefined;
  };
  const file = walk(join(ROOT, 'src', folder));
  if (!file) throw new Error(`no TypeScript file in src/${folder}`);
  return file;
}

/** An import of `target` written from a probe at `probePath`. */
function importOf(probePath: string, target: string): string {
  let spec = relative(join(ROOT, probePath, '..'), target).replace(/\.tsx?$/, '');
  if (!spec.startsWith('.')) spec = `./${spec}`;
  return `import * as probe from '${spec}';\nexport const used = probe;\n`;
}

const FOLDERS = [...Object.keys(LAYERS), 'testing'] as const;
const forbidden = Object.entries(LAYERS).flatMap(([layer, { may }]) =>
  FOLDERS.filter((from) => from !== layer && !may.includes(from)).map((from) => [layer, from]),
);
const allowed = Object.entries(LAYERS).flatMap(([layer, { may }]) => may.map((from) => [layer, from]));

// Each case runs ESLint with the TypeScript resolver; on a loaded machine one can take over 5 s.
describe('layering', { timeout: 30_000 }, () => {
  it('knows the features from the folder, not from a hand-written list', () => {
    const folders = readdirSync(join(ROOT, 'src', 'features'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(FEATURES).toEqual(folders);
    expect(FEATURES.length).toBeGreaterThan(1);
  });

  it.each(forbidden)('reports src/%s importing src/%s', async (layer, from) => {
    const probe = `src/${layer}/lint-probe.ts`;
    expect(await reported(probe, importOf(probe, someFileIn(from)))).toContain('import-x/no-restricted-paths');
  });

  it.each(allowed)('allows src/%s to import src/%s', async (layer, from) => {
    const probe = `src/${layer}/lint-probe.ts`;
    expect(await reported(probe, importOf(probe, someFileIn(from)))).toEqual([]);
  });

  it.each(FEATURES.map((f) => [f, FEATURES.find((g) => g !== f)!]))(
    'reports feature %s importing feature %s',
    async (feature, other) => {
      const probe = `src/features/${feature}/lint-probe.ts`;
      expect(await reported(probe, importOf(probe, someFileIn(`features/${other}`)))).toContain(
        'import-x/no-restricted-paths',
      );
    },
  );

  it('allows a feature to import its own files', async () => {
    const feature = FEATURES[0];
    const probe = `src/features/${feature}/lint-probe.ts`;
    expect(await reported(probe, importOf(probe, someFileIn(`features/${feature}`)))).toEqual([]);
  });

  it.each(['lib', 'domain', 'i18n', 'components', `features/${FEATURES[0]}`, 'app'])(
    'reports Dexie imported in src/%s',
    async (folder) => {
      for (const pkg of ['dexie', 'dexie-react-hooks']) {
        expect(await reported(`src/${folder}/lint-probe.ts`, `import '${pkg}';\n`)).toContain('no-restricted-imports');
      }
    },
  );

  it('allows Dexie in src/storage', async () => {
    expect(await reported('src/storage/lint-probe.ts', `import 'dexie';\n`)).toEqual([]);
  });

  it.each(['react', 'react-dom/client', 'react-router'])('reports %s imported in src/domain', async (pkg) => {
    expect(await reported('src/domain/lint-probe.ts', `import '${pkg}';\n`)).toContain('no-restricted-imports');
  });

  it.each(['Date.now();', 'new Date();', 'window.alert(1);'])(
    'reports the clock or window in src/domain: %s',
    async (code) => {
      const ids = await reported('src/domain/lint-probe.ts', `export function f() {\n  ${code}\n}\n`);
      expect(ids.some((id) => id === 'no-restricted-syntax' || id === 'no-restricted-globals')).toBe(true);
    },
  );

  it('reports literal UI text in JSX', async () => {
    const ids = await reported('src/components/lint-probe.tsx', 'export const X = () => <p>保存</p>;\n');
    expect(ids).toContain('no-restricted-syntax');
  });

  it('reports an import cycle', async () => {
    const results = await eslint.lintFiles(['tests/lint/probes/cycle-a.ts', 'tests/lint/probes/cycle-b.ts']);
    for (const r of results) expect(r.messages.map((m) => m.ruleId)).toContain('import-x/no-cycle');
  });

  it.each([
    'src/domain/DebtTools.ts',
    'src/domain/debt_tools.ts',
    'src/features/Debts/list.tsx',
    'src/lib/My Utils/x.ts',
  ])('reports a name that is not kebab-case: %s', async (path) => {
    const ids = await reported(path, 'export const x = 1;\n');
    expect(ids.some((id) => id.startsWith('check-file/'))).toBe(true);
  });

  it.each(['src/domain/debt-tools.ts', 'src/i18n/locales/zh-CN/debts.ts', 'src/app/pwa/update-toast.tsx'])(
    'accepts %s',
    async (path) => {
      expect(await reported(path, 'export const x = 1;\n')).toEqual([]);
    },
  );
});
