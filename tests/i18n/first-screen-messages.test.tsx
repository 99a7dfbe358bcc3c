/**
 * The first screens render with only the first-screen catalogue (core.ts), before the rest
 * loads. Every message they ask for must be in it, or the user would see blank labels.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppRoutes } from '../../src/app/router';
import { isoDate } from '../../src/domain/dates';
import { toFen } from '../../src/domain/money';
import { missingMessageKeys } from '../../src/i18n/catalogue';
import { getInitialCatalogueState, setCatalogueState } from '../../src/i18n/catalogue-store';
import { I18nProvider } from '../../src/i18n/i18n';
import { addDebt } from '../../src/storage/repos/debts-repo';
import { makeDebtFields } from '../../src/testing/factories';
import { freshDb } from '../../src/testing/test-db';

beforeEach(async () => {
  await freshDb();
  setCatalogueState(getInitialCatalogueState());
  missingMessageKeys.clear();
  localStorage.setItem('shore.locale', 'zh-CN');
});

async function renderAt(route: string) {
  render(
    <I18nProvider>
      <MemoryRouter initialEntries={[route]}>
        <AppRoutes />
      </MemoryRouter>
    </I18nProvider>,
  );
  await screen.findByRole('heading', { level: 1 });
  // Let live queries resolve so the screen shows its data, not only its loading state.
  await screen.findAllByText(/甲银行|添加债务|修改债务/);
  cleanup();
}

describe('first-screen catalogue', () => {
  it('holds every message of the ledger, the debt form and the debt detail', async () => {
    const id = await addDebt(
      makeDebtFields({ lender: '甲银行', principal: toFen(100_00), firstMissedDue: isoDate('2026-01-01') }),
    );
    for (const route of ['/', '/debts/new', `/debts/${id}`, `/debts/${id}/edit`]) {
      await renderAt(route);
    }
    expect([...missingMessageKeys]).toEqual([]);
  });
});
