import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/domain/dates';
import { EMPTY_DEBT_FORM, validateDebtForm, type DebtFormInput } from '../../src/domain/validate-debt';

const today = isoDate('2026-11-28');
const form = (over: Partial<DebtFormInput>): DebtFormInput => ({
  ...EMPTY_DEBT_FORM,
  lender: '银行',
  principal: '100',
  ...over,
});

describe('validateDebtForm', () => {
  it('accepts a minimal debt and fills zero interest and fees', () => {
    expect(validateDebtForm(form({}), today)).toEqual({
      ok: true,
      value: expect.objectContaining({ lender: '银行', principal: 10_000, interest: 0, fees: 0, firstMissedDue: null }),
    });
  });

  it.each<[string, Partial<DebtFormInput>, string, string]>([
    ['missing lender', { lender: '  ' }, 'lender', 'required'],
    ['missing principal', { principal: '' }, 'principal', 'required'],
    ['text as principal', { principal: '五万' }, 'principal', 'not-number'],
    ['negative fees', { fees: '-1' }, 'fees', 'negative'],
    ['three decimals', { interest: '0.001' }, 'interest', 'too-many-decimals'],
    ['absurd limit', { creditLimit: '100000000.01' }, 'creditLimit', 'too-large'],
    ['future missed date', { firstMissedDue: '2026-11-29' }, 'firstMissedDue', 'future-date'],
    ['impossible date', { firstMissedDue: '2026-02-30' }, 'firstMissedDue', 'invalid-date'],
    ['last4 with letters', { last4: '12a4' }, 'last4', 'last4-format'],
    ['last4 too short', { last4: '123' }, 'last4', 'last4-format'],
    ['payment date without amount', { lastPaymentDate: '2026-10-01' }, 'lastPaymentAmount', 'payment-incomplete'],
    ['payment amount without date', { lastPaymentAmount: '10' }, 'lastPaymentDate', 'payment-incomplete'],
    ['unknown status', { status: 'forgiven' }, 'status', 'invalid-status'],
    ['10,001 characters of notes', { notes: 'x'.repeat(10_001) }, 'notes', 'too-long'],
  ])('%s', (_name, over, field, code) => {
    const result = validateDebtForm(form(over), today);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toEqual({ [field]: code });
  });

  it('accepts today as the first missed due date, and 10,000 characters of notes', () => {
    const result = validateDebtForm(form({ firstMissedDue: '2026-11-28', notes: '债'.repeat(10_000) }), today);
    expect(result.ok).toBe(true);
  });

  it('keeps a loan’s contract number and drops card digits and a credit limit typed before the kind was changed', () => {
    const result = validateDebtForm(
      form({ creditorType: 'online-lender', loanNumber: ' JK-2026-000123 ', last4: '1234', creditLimit: '5000' }),
      today,
    );
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ loanNumber: 'JK-2026-000123', last4: '', creditLimit: null }),
    });
  });

  it('does not check card fields on a loan, nor keep a loan number on a card', () => {
    expect(validateDebtForm(form({ creditorType: 'consumer-finance', last4: '12a' }), today).ok).toBe(true);
    const card = validateDebtForm(
      form({ creditorType: 'card-instalment-or-cash-loan', loanNumber: 'X1', last4: '4321' }),
      today,
    );
    expect(card).toEqual({ ok: true, value: expect.objectContaining({ loanNumber: '', last4: '4321' }) });
  });

  it('refuses a loan number over 100 characters', () => {
    const result = validateDebtForm(form({ creditorType: 'online-lender', loanNumber: '9'.repeat(101) }), today);
    expect(result).toEqual({ ok: false, issues: { loanNumber: 'loan-number-too-long' } });
    expect(validateDebtForm(form({ creditorType: 'online-lender', loanNumber: '9'.repeat(100) }), today).ok).toBe(true);
  });
});
