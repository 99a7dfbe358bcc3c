// @vitest-environment node
/**
 * The message reader and its lexicon load only with the paste screen: only that screen imports
 * them, and only its own route module imports the screen (a lazy import in router.tsx), so they
 * stay out of the contact log's chunk and the first screen.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const files = (readdirSync(join(root, 'src'), { recursive: true }) as string[])
  .filter((f) => /\.tsx?$/.test(f))
  .map((f) => join(root, 'src', f));
const importers = (pattern: RegExp) =>
  files
    .filter((f) => pattern.test(readFileSync(f, 'utf8')))
    .map((f) => relative(root, f).split('\\').join('/'))
    .sort();

describe('the paste screen chunk', () => {
  it('only the paste screen imports the reader from outside the domain', () => {
    expect(
      importers(/from '[./]*\/domain\/conduct\/message-reader\//).filter((f) => !f.startsWith('src/domain/')),
    ).toEqual(['src/features/conduct/components/paste-page.tsx']);
  });

  it('only its route module imports the screen, and the router loads that module lazily', () => {
    expect(importers(/components\/paste-page'/)).toEqual(['src/app/routes/conduct-paste-route.tsx']);
    expect(importers(/routes\/conduct-paste-route'/)).toEqual(['src/app/router.tsx']);
    expect(readFileSync(join(root, 'src/app/router.tsx'), 'utf8')).toMatch(
      /import\('\.\/routes\/conduct-paste-route'\)/,
    );
    expect(readFileSync(join(root, 'src/app/router.tsx'), 'utf8')).not.toMatch(/^import .*conduct-paste-route/m);
  });
});
