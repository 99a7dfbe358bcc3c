import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/domain/dates';
import { initialForm, toLetterInput } from '../../../src/features/letters/letter-form';
import { DEFAULT_HARDSHIP_PLAN_SETTINGS } from '../../../src/storage/repos/hardship-plan-repo';
import { fullInput } from '../../domain/letters/fixtures';

const today = isoDate('2026-12-07');
const remembered = {
  name: '李明',
  idNumber: '110',
  address: '',
  contactKind: 'email' as const,
  contactValue: 'a@b.cn',
};
const facts = {
  today,
  debt: null,
  debts: [],
  budget: [],
  plan: DEFAULT_HARDSHIP_PLAN_SETTINGS,
  limitationMayHaveExpired: true,
};

describe('letter form model', () => {
  it('starts a new letter dated today, to the default recipient, with the remembered sender', () => {
    const form = initialForm({ draft: null, remembered, today, recipient: '示例银行信用卡中心' });
    expect(form).toMatchObject({
      date: '2026-12-07',
      recipient: '示例银行信用卡中心',
      name: '李明',
      contactKind: 'email',
    });
    expect(form.texts.hardshipFacts).toBe('');
  });

  it('starts from the draft as it was, whatever is remembered', () => {
    const form = initialForm({ draft: fullInput(), remembered, today, recipient: 'x' });
    expect(form).toMatchObject({
      date: '2026-11-28',
      recipient: '示例银行信用卡中心',
      name: '李明',
      contactKind: 'phone',
    });
    expect(form.texts.refusalDate).toBe('2026-11-15');
  });

  it('turns the form back into the same snapshot; a date not yet valid falls back to today', () => {
    const input = fullInput({ debt: null, budget: null, plan: null });
    const form = initialForm({ draft: input, remembered: null, today, recipient: '' });
    expect(toLetterInput(form, facts)).toEqual({ ...input, limitationMayHaveExpired: false });
    const typed = toLetterInput({ ...form, date: '2026-1', contactValue: ' ' }, facts);
    expect(typed.date).toBe('2026-12-07');
    expect(typed.contact).toBeNull();
  });
});
