import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ChipRadioGroup } from '../../../src/components/ui/chip-radio-group';

const PARTIES = ['debtor', 'family'] as const;
const LABELS = { debtor: '本人', family: '家人' };

function renderGroup(error?: string, onChange = vi.fn()) {
  render(
    <ChipRadioGroup
      name="party"
      legend="联系了谁"
      options={PARTIES}
      value="debtor"
      label={(p) => LABELS[p]}
      onChange={onChange}
      error={error}
    />,
  );
  return onChange;
}

describe('ChipRadioGroup', () => {
  it('links its error to the group: described by it and marked invalid', () => {
    renderGroup('请选择或填写这一项');
    const group = screen.getByRole('group', { name: '联系了谁' });
    expect(group).toHaveAttribute('aria-invalid', 'true');
    expect(group).toHaveAccessibleDescription('请选择或填写这一项');
  });

  it('is neither described nor invalid without an error', () => {
    renderGroup();
    const group = screen.getByRole('group', { name: '联系了谁' });
    expect(group).not.toHaveAttribute('aria-invalid');
    expect(group).not.toHaveAttribute('aria-describedby');
  });

  it('offers one radio per option and reports the chosen one', async () => {
    const onChange = renderGroup();
    expect(screen.getByRole('radio', { name: '本人' })).toBeChecked();
    await userEvent.setup().click(screen.getByRole('radio', { name: '家人' }));
    expect(onChange).toHaveBeenCalledWith('family');
  });
});
