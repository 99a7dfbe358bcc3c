import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/domain/dates';
import {
  emptyEventForm,
  eventToForm,
  validateDebtEventForm,
  type DebtEventFormInput,
  type DebtEventType,
} from '../../src/domain/debt-events';
import { fenToYuanString } from '../../src/domain/money';
import { EMPTY_DEBT_FORM, validateDebtForm } from '../../src/domain/validate-debt';

const today = isoDate('2026-11-28');
const form = (type: DebtEventType, over: Partial<DebtEventFormInput> = {}): DebtEventFormInput => ({
  ...emptyEventForm(type),
  date: '2026-11-01',
  ...over,
});

describe('validateDebtEventForm', () => {
  it.each([
    [
      'payment',
      form('payment', { amount: '1,234.56', note: ' 部分还款 ' }),
      { type: 'payment', date: '2026-11-01', amount: 123_456, note: '部分还款' },
    ],
    [
      'collection notice',
      form('collection-notice', { channel: 'letter', received: 'yes' }),
      { type: 'collection-notice', date: '2026-11-01', channel: 'letter', received: 'yes', note: '' },
    ],
    [
      'plan with last instalment ahead',
      form('acknowledgement', { kind: 'repayment-plan', lastInstalmentDue: '2031-10-31' }),
      {
        type: 'acknowledgement',
        date: '2026-11-01',
        kind: 'repayment-plan',
        lastInstalmentDue: '2031-10-31',
        note: '',
      },
    ],
    [
      'acknowledgement ignores a last instalment',
      form('acknowledgement', { kind: 'acknowledgement', lastInstalmentDue: '2031-10-31' }),
      { type: 'acknowledgement', date: '2026-11-01', kind: 'acknowledgement', lastInstalmentDue: null, note: '' },
    ],
    [
      'legal event',
      form('legal', { kind: 'judgment-received' }),
      { type: 'legal', date: '2026-11-01', kind: 'judgment-received', note: '' },
    ],
    [
      'judgment with its last day to perform ahead',
      form('legal', { kind: 'judgment-received', performanceDue: '2026-12-20' }),
      { type: 'legal', date: '2026-11-01', kind: 'judgment-received', performanceDue: '2026-12-20', note: '' },
    ],
    [
      'last day to perform on the day of receipt',
      form('legal', { kind: 'judgment-received', performanceDue: '2026-11-01' }),
      { type: 'legal', date: '2026-11-01', kind: 'judgment-received', performanceDue: '2026-11-01', note: '' },
    ],
    [
      'other court events ignore a last day to perform',
      form('legal', { kind: 'ruling-received', performanceDue: '2026-10-01' }),
      { type: 'legal', date: '2026-11-01', kind: 'ruling-received', note: '' },
    ],
    [
      'court step with its case number, trimmed',
      form('legal', { kind: 'payment-order-received', caseNumber: ' （2026）京0105民督123号 ' }),
      {
        type: 'legal',
        date: '2026-11-01',
        kind: 'payment-order-received',
        caseNumber: '（2026）京0105民督123号',
        note: '',
      },
    ],
    [
      'court step with a blank case number, stored without one',
      form('legal', { kind: 'complaint-served', caseNumber: '   ' }),
      { type: 'legal', date: '2026-11-01', kind: 'complaint-served', note: '' },
    ],
    [
      'complaint copy received',
      form('legal', { kind: 'complaint-served' }),
      { type: 'legal', date: '2026-11-01', kind: 'complaint-served', note: '' },
    ],
    [
      'today is allowed',
      form('legal', { date: '2026-11-28' }),
      { type: 'legal', date: '2026-11-28', kind: 'payment-order-received', note: '' },
    ],
  ])('accepts a %s', (_name, input, expected) => {
    expect(validateDebtEventForm(input, today)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['missing date', form('payment', { date: '', amount: '1' }), { date: 'required' }],
    ['impossible date', form('payment', { date: '2026-02-30', amount: '1' }), { date: 'invalid-date' }],
    ['future date', form('legal', { date: '2026-11-29' }), { date: 'future-date' }],
    ['missing amount', form('payment'), { amount: 'required' }],
    ['zero amount', form('payment', { amount: '0.00' }), { amount: 'zero-amount' }],
    ['negative amount', form('payment', { amount: '-5' }), { amount: 'negative' }],
    ['three decimals', form('payment', { amount: '1.005' }), { amount: 'too-many-decimals' }],
    ['unknown channel', form('collection-notice', { channel: 'pigeon' }), { channel: 'invalid-choice' }],
    ['unknown receipt answer', form('collection-notice', { received: 'maybe' }), { received: 'invalid-choice' }],
    ['unknown acknowledgement', form('acknowledgement', { kind: 'hug' }), { kind: 'invalid-choice' }],
    [
      'last instalment before the plan',
      form('acknowledgement', { lastInstalmentDue: '2026-10-01' }),
      { lastInstalmentDue: 'before-event-date' },
    ],
    [
      'bad last instalment',
      form('acknowledgement', { lastInstalmentDue: '2026-13-01' }),
      { lastInstalmentDue: 'invalid-date' },
    ],
    ['unknown legal event', form('legal', { kind: 'arrest' }), { kind: 'invalid-choice' }],
    [
      'last day to perform before the judgment',
      form('legal', { kind: 'judgment-received', performanceDue: '2026-10-31' }),
      { performanceDue: 'before-judgment-date' },
    ],
    [
      'impossible last day to perform',
      form('legal', { kind: 'judgment-received', performanceDue: '2026-11-31' }),
      { performanceDue: 'invalid-date' },
    ],
    ['note too long', form('legal', { note: 'x'.repeat(2_001) }), { note: 'too-long' }],
    ['case number too long', form('legal', { caseNumber: '号'.repeat(61) }), { caseNumber: 'case-number-too-long' }],
    ['two problems at once', form('payment', { date: '', amount: 'abc' }), { date: 'required', amount: 'not-number' }],
  ])('rejects %s', (_name, input, issues) => {
    expect(validateDebtEventForm(input, today)).toEqual({ ok: false, issues });
  });

  it('round-trips stored fields through the form', () => {
    const input = form('acknowledgement', {
      kind: 'repayment-plan',
      lastInstalmentDue: '2030-01-31',
      note: '五年分期',
    });
    const result = validateDebtEventForm(input, today);
    if (!result.ok) throw new Error('expected valid');
    expect(eventToForm(result.value, fenToYuanString)).toEqual(input);
  });

  it('round-trips a court step with its case number', () => {
    const input = form('legal', { kind: 'complaint-served', caseNumber: '（2026）京0105民初4567号' });
    const result = validateDebtEventForm(input, today);
    if (!result.ok) throw new Error('expected valid');
    expect(eventToForm(result.value, fenToYuanString)).toEqual(input);
  });

  it('round-trips a judgment with its last day to perform', () => {
    const input = form('legal', { kind: 'judgment-received', performanceDue: '2026-12-20', note: '一审判决' });
    const result = validateDebtEventForm(input, today);
    if (!result.ok) throw new Error('expected valid');
    expect(eventToForm(result.value, fenToYuanString)).toEqual(input);
  });
});

describe('validateDebtForm: creditor type and settled date', () => {
  const base = { ...EMPTY_DEBT_FORM, lender: '示例银行', principal: '100', firstMissedDue: '2026-01-05' };

  it('defaults to a credit-card overdraft with no settled date', () => {
    expect(validateDebtForm(base, today)).toMatchObject({
      ok: true,
      value: { creditorType: 'card-overdraft', settledOn: null },
    });
  });

  it.each([
    [
      'a settled date when settled',
      { status: 'settled', settledOn: '2026-03-01' },
      { ok: true, value: { settledOn: '2026-03-01' } },
    ],
    [
      'no settled date unless settled',
      { status: 'overdue', settledOn: '2026-03-01' },
      { ok: true, value: { settledOn: null } },
    ],
    ['an online lender', { creditorType: 'online-lender' }, { ok: true, value: { creditorType: 'online-lender' } }],
    [
      'an unknown creditor type',
      { creditorType: 'pawnshop' },
      { ok: false, issues: { creditorType: 'invalid-creditor-type' } },
    ],
    [
      'a future settled date',
      { status: 'settled', settledOn: '2026-12-01' },
      { ok: false, issues: { settledOn: 'future-date' } },
    ],
    [
      'settled before it went overdue',
      { status: 'settled', settledOn: '2025-12-31' },
      { ok: false, issues: { settledOn: 'before-first-missed' } },
    ],
  ])('handles %s', (_name, over, expected) => {
    expect(validateDebtForm({ ...base, ...over }, today)).toMatchObject(expected);
  });
});
