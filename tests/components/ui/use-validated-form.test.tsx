import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { ErrorSummary, useValidatedForm } from '../../../src/components/ui/use-validated-form';
import type { Validated } from '../../../src/domain/types';
import { sourceCatalogue } from '../../../src/i18n/source-catalogue';
import { I18nProvider } from '../../../src/i18n/i18n';
import { StorageError } from '../../../src/storage/storage-error';

type Input = { name: string };
const validate = (input: Input): Validated<string, 'required'> =>
  input.name.trim() === '' ? { ok: false, issues: { name: 'required' } } : { ok: true, value: input.name.trim() };

function NameForm({ save }: { save: (name: string) => Promise<void> }) {
  const { form, set, error, issueCount, saving, saveError, submit, summaryRef } = useValidatedForm({
    initial: (): Input => ({ name: '' }),
    validate,
    issueMessage: (issue) => `issue:${issue}`,
    save,
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <ErrorSummary summaryRef={summaryRef} issueCount={issueCount} text={`count:${issueCount}`} />
      <input aria-label="name" value={form.name} onChange={set('name')} />
      <span data-testid="error">{error('name') ?? ''}</span>
      <span data-testid="save-error">{saveError ?? ''}</span>
      <button type="submit" disabled={saving}>
        save
      </button>
    </form>
  );
}

const renderForm = (save: (name: string) => Promise<void>) =>
  render(
    <I18nProvider initial={{ locale: 'zh-CN', catalogue: sourceCatalogue }}>
      <NameForm save={save} />
    </I18nProvider>,
  );

it('refuses invalid input: focuses the summary, names the field, saves nothing', async () => {
  const save = vi.fn(() => Promise.resolve());
  const user = userEvent.setup();
  renderForm(save);
  await user.click(screen.getByRole('button', { name: 'save' }));
  expect(screen.getByText('count:1')).toHaveFocus();
  expect(screen.getByTestId('error')).toHaveTextContent('issue:required');
  expect(save).not.toHaveBeenCalled();

  await user.type(screen.getByLabelText('name'), ' 甲银行 ');
  await user.click(screen.getByRole('button', { name: 'save' }));
  expect(save).toHaveBeenCalledWith('甲银行');
  expect(screen.getByTestId('error')).toHaveTextContent('');
});

it('keeps the input and says why when saving fails', async () => {
  const user = userEvent.setup();
  renderForm(() => Promise.reject(new StorageError('quota-exceeded')));
  await user.type(screen.getByLabelText('name'), '乙银行');
  await user.click(screen.getByRole('button', { name: 'save' }));
  expect(await screen.findByTestId('save-error')).toHaveTextContent('手机存储空间不足');
  expect(screen.getByLabelText('name')).toHaveValue('乙银行');
  expect(screen.getByRole('button', { name: 'save' })).toBeEnabled();
});
