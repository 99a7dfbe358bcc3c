/**
 * The build names each prerendered page's chunks from routeModules (vite.config.ts): every
 * source path it gives must be a file the route table really imports, or a page would preload
 * the wrong chunk (or the build would fail to find one).
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { APP_ROUTES } from '../../scripts/app-routes.mjs';
import { routeModules } from '../../src/app/router';

const routerSource = readFileSync('src/app/router.tsx', 'utf8');

it.each(APP_ROUTES.filter((route) => route !== '/'))('%s names the module the route table loads', (route) => {
  const sources = routeModules(route);
  expect(sources).toHaveLength(1);
  for (const source of sources) {
    expect(existsSync(source), source).toBe(true);
    // The dynamic import of that file, relative to src/app.
    const specifier = source
      .replace(/^src\/app\//, './')
      .replace(/^src\//, '../')
      .replace(/\.tsx?$/, '');
    expect(routerSource, source).toContain(`import('${specifier}')`);
  }
});

it('names nothing for the first screen, which is in the entry', () => {
  expect(routeModules('/')).toEqual([]);
});
