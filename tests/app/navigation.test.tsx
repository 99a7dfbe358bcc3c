/**
 * The navigation always marks where the person is, and the budget and plan have a place in it
 * (还款), with their two steps marked at the top of each.
 */
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { currentPlace } from '../../src/app/layout';
import { renderApp } from '../../src/testing/render-app';
import { freshDb } from '../../src/testing/test-db';

const SLOW = { timeout: 5000 };

beforeEach(async () => {
  await freshDb();
});

describe('where the person is', () => {
  it.each([
    ['/', '/'],
    ['/debts/new', '/'],
    ['/debts/abc', '/'],
    ['/budget', '/hardship-plan'],
    ['/hardship-plan', '/hardship-plan'],
    ['/hardship-plan/agreements/a1', '/hardship-plan'],
    ['/plan', '/hardship-plan'],
    ['/plan/agreements/a1', '/hardship-plan'],
    ['/conduct/new', '/conduct'],
    ['/letters/new/hardship-application', '/letters'],
    ['/law', '/law'],
    ['/court/enforcement', '/law'],
    ['/settings/backup', '/settings'],
    ['/no-such-page', '/'],
  ])('%s is under %s', (path, place) => {
    expect(currentPlace(path)).toBe(place);
  });

  it.each([
    ['/plan', '还款'],
    ['/budget', '还款'],
    ['/hardship-plan', '还款'],
    ['/', '债务'],
    ['/conduct', '催收'],
    ['/law', '法律'],
  ])('marks exactly one tab on %s: %s', async (path, tab) => {
    renderApp(path);
    const nav = screen.getByRole('navigation', { name: '主导航' });
    await screen.findAllByRole('heading', { level: 1 }, SLOW);
    const current = within(nav)
      .getAllByRole('link')
      .filter((a) => a.getAttribute('aria-current') === 'page');
    expect(current.map((a) => a.textContent)).toEqual([tab]);
  });

  it('offers the budget and the plan as the two steps of 还款, the current one marked', async () => {
    renderApp('/budget');
    const steps = await screen.findByRole('navigation', { name: '还款的两步' }, SLOW);
    expect(within(steps).getByRole('link', { name: '第一步：收支表' })).toHaveAttribute('aria-current', 'page');
    expect(within(steps).getByRole('link', { name: '第二步：还款方案' })).not.toHaveAttribute('aria-current');
    expect(
      within(screen.getByRole('navigation', { name: '主导航' })).getByRole('link', { name: '还款' }),
    ).toHaveAttribute('href', '/hardship-plan');
  });

  it('keeps 设置 in the header, marked when open', async () => {
    renderApp('/settings');
    await screen.findAllByRole('heading', { level: 1 }, SLOW);
    const header = screen.getByRole('banner');
    expect(within(header).getByRole('link', { name: '设置' })).toHaveAttribute('aria-current', 'page');
    const nav = screen.getByRole('navigation', { name: '主导航' });
    expect(
      within(nav)
        .queryAllByRole('link')
        .filter((a) => a.getAttribute('aria-current')),
    ).toEqual([]);
  });
});
