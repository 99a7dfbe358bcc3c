import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/domain/dates';
import type { Debt } from '../../../src/domain/debt';
import type { DebtEvent } from '../../../src/domain/debt-events';
import { courtDefaults, initialForm, toLetterInput } from '../../../src/features/letters/letter-form';
import { makeDebtFields } from '../../../src/testing/factories';
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

  describe('a new court letter takes the paper it answers from the recorded court steps', () => {
    const stamp = { createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' };
    const debt: Debt = {
      ...makeDebtFields({ lender: '示例银行' }),
      id: 'd1',
      amountsAsOf: isoDate('2026-11-01'),
      ...stamp,
    };
    const step = (id: string, kind: string, date: string, caseNumber?: string, debtId = 'd1'): DebtEvent =>
      ({
        id,
        debtId,
        type: 'legal',
        kind,
        date,
        note: '',
        ...(caseNumber ? { caseNumber } : {}),
        ...stamp,
      }) as DebtEvent;
    const events = [
      step('e1', 'payment-order-received', '2026-09-01', '（2026）京0105民督1号'),
      step('e2', 'payment-order-received', '2026-11-20', '（2026）京0105民督123号'),
      step('e3', 'lawsuit-filed', '2026-11-25', '（2026）京0105民初4567号'),
      step('e4', 'complaint-served', '2026-11-28'),
      step('e5', 'complaint-served', '2026-11-30', '（2026）沪0101民初9号', 'other-debt'),
    ];

    it('an objection: the latest 支付令’s case number and the day it was received', () => {
      expect(courtDefaults(debt, 'objection', events)).toEqual({
        opposingParty: '示例银行',
        cause: 'card',
        caseNumber: '（2026）京0105民督123号',
        servedOn: '2026-11-20',
      });
    });

    it('an answer: the complaint copy’s day, and the lawsuit’s number when the copy has none; never another debt’s', () => {
      expect(courtDefaults(debt, 'answer', events)).toMatchObject({
        caseNumber: '（2026）京0105民初4567号',
        servedOn: '2026-11-28',
      });
    });

    it('nothing recorded, or a mediation proposal: only the lender and the kind of case', () => {
      expect(courtDefaults(debt, 'answer', [])).toEqual({ opposingParty: '示例银行', cause: 'card' });
      expect(courtDefaults(debt, 'mediation', events)).toEqual({ opposingParty: '示例银行', cause: 'card' });
      expect(courtDefaults(undefined, 'objection', events)).toEqual({ opposingParty: '', cause: 'card' });
    });

    it('the form starts from them', () => {
      const form = initialForm({
        draft: null,
        remembered: null,
        today,
        recipient: '',
        court: courtDefaults(debt, 'objection', events),
      });
      expect(form.court).toMatchObject({ caseNumber: '（2026）京0105民督123号', servedOn: '2026-11-20' });
    });
  });
});
