/**
 * The builder takes "today" from useToday (the UI's one clock, which rolls over at midnight),
 * never from reading the clock while rendering. useToday is replaced by a fixed day far from
 * the machine's clock, so a builder that read the clock itself would print a different date.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, expect, it, vi } from 'vitest';
import { LetterBuilderPage } from '../../../src/features/letters/components/letter-builder';
import { I18nProvider } from '../../../src/i18n/i18n';
import { sourceCatalogue } from '../../../src/i18n/source-catalogue';
import { freshDb } from '../../../src/testing/test-db';

vi.mock('../../../src/components/use-today', () => ({ useToday: () => '2001-02-03' }));

beforeEach(async () => {
  await freshDb();
});

it('dates the letter with useToday, also when the date field is cleared', { timeout: 30_000 }, async () => {
  const user = userEvent.setup();
  render(
    <I18nProvider initial={{ locale: 'zh-CN', catalogue: sourceCatalogue }}>
      <MemoryRouter>
        <LetterBuilderPage
          templateId="third-party-stop"
          debtId={null}
          limitationMayHaveExpired={() => false}
          builderHref={() => '/b'}
          savedHref={() => '/s'}
          budgetHref="/budget"
          hardshipPlanHref="/hardship-plan"
        />
      </MemoryRouter>
    </I18nProvider>,
  );
  const date = await screen.findByLabelText('写信日期');
  expect(date).toHaveValue('2001-02-03');
  expect(screen.getAllByText('2001年2月3日').length).toBeGreaterThan(0);
  await user.clear(date);
  expect(screen.getAllByText('2001年2月3日').length).toBeGreaterThan(0);
});
