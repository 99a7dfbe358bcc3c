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
  it('keeps a court letter’s court part through the form, dates and the listing ground included', () => {
    const input = fullInput({ debt: null, budget: null, plan: null });
    const form = initialForm({ draft: input, remembered: null, today, recipient: '' });
    expect(form.court.servedOn).toBe('2026-11-20');
    expect(toLetterInput(form, { ...facts, withCourt: true })).toEqual({ ...input, limitationMayHaveExpired: false });
    const cleared = toLetterInput(
      { ...form, court: { ...form.court, servedOn: '2026-1', listingGround: '' } },
      { ...facts, withCourt: true },
    );
    expect(cleared.court).toMatchObject({ servedOn: null, listingGround: null });
  });

  it('starts a new court letter with the debt’s lender as the other party', () => {
    const form = initialForm({
      draft: null,
      remembered,
      today,
      recipient: '',
      court: { opposingParty: '示例银行', cause: 'loan' },
    });
    expect(form.court).toMatchObject({ opposingParty: '示例银行', cause: 'loan', caseNumber: '', claimSentences: [] });
  });

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
    const input = fullInput({ debt: null, budget: null, plan: null, court: undefined });
    const form = initialForm({ draft: input, remembered: null, today, recipient: '' });
    expect(toLetterInput(form, facts)).toEqual({ ...input, limitationMayHaveExpired: false });
    expect(toLetterInput(form, facts)).not.toHaveProperty('court');
    const typed = toLetterInput({ ...form, date: '2026-1', contactValue: ' ' }, facts);
    expect(typed.date).toBe('2026-12-07');
    expect(typed.contact).toBeNull();
  });
});
