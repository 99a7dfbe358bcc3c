import { matchPath } from 'react-router';
import { expect, it } from 'vitest';
import { APP_ROUTES } from '../../scripts/app-routes.mjs';
import { paths } from '../../src/app/paths';

it('lists one route for every pattern in paths.ts, and nothing else', () => {
  const patterns = Object.values(paths).map((p) => p.pattern);
  const unmatched = patterns.filter((pattern) => !APP_ROUTES.some((route) => matchPath(pattern, route)));
  const extra = APP_ROUTES.filter((route) => !patterns.some((pattern) => matchPath(pattern, route)));
  expect({ unmatched, extra }).toEqual({ unmatched: [], extra: [] });
});
