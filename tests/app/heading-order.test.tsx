import { screen, waitFor } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { APP_ROUTES } from '../../scripts/app-routes.mjs';
import { renderApp } from '../../src/testing/render-app';
import { freshDb } from '../../src/testing/test-db';

// Screen-reader users jump by heading level; a skipped level (h1 -> h3) reads as a missing
// section. Lighthouse's heading-order audit, for every route, on an empty database.
// Routes with an id would only show "not found" on an empty database.
const ROUTES = APP_ROUTES.filter((route) => !route.split('/').includes('x'));

beforeEach(async () => {
  await freshDb();
});

it.each(ROUTES)(
  '%s never skips a heading level',
  async (route) => {
    const view = renderApp(route);
    await screen.findAllByRole('heading', { level: 1 }, { timeout: 5000 });
    await waitFor(() => expect(view.container.textContent).not.toContain('正在读取'), { timeout: 5000 });
    const levels = [...view.container.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
    const skips = levels.flatMap((level, i) =>
      i > 0 && level > levels[i - 1] + 1 ? [`h${levels[i - 1]} -> h${level}`] : [],
    );
    expect(skips).toEqual([]);
    view.unmount();
  },
  15_000,
);
