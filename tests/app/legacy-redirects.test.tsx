/**
 * Paths of earlier releases keep working: a bookmark or history entry of the old hardship-plan
 * paths (/plan…) lands on the same screen at its current path, with the same id.
 */
import { render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { beforeEach, expect, it } from 'vitest';
import { AppRoutes } from '../../src/app/router';
import { I18nProvider } from '../../src/i18n/i18n';
import { sourceCatalogue } from '../../src/i18n/source-catalogue';
import { freshDb } from '../../src/testing/test-db';

beforeEach(async () => {
  await freshDb();
});

function Where() {
  return <output data-testid="where">{useLocation().pathname}</output>;
}

function renderAt(path: string) {
  render(
    <I18nProvider initial={{ locale: 'zh-CN', catalogue: sourceCatalogue }}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
        <Where />
      </MemoryRouter>
    </I18nProvider>,
  );
}

it.each([
  ['/plan', '/hardship-plan'],
  ['/plan/agreements/new/debt-1', '/hardship-plan/agreements/new/debt-1'],
  ['/plan/agreements/agreement-1', '/hardship-plan/agreements/agreement-1'],
])('%s goes to %s', async (old, now) => {
  renderAt(old);
  await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent(now));
});

it('shows the hardship plan screen at an old bookmark', async () => {
  renderAt('/plan');
  expect(await screen.findByRole('heading', { level: 1, name: '还款方案' })).toBeInTheDocument();
});
