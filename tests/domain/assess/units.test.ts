/** Table-driven tests of the engine's building blocks, with named edge cases. */
import { describe, expect, it } from 'vitest';
import { assessDebt } from '../../../src/domain/assess/assess-debt';
import { deadlineFor } from '../../../src/domain/assess/civil';
import { earliestPair, regimeOn, scopeFor } from '../../../src/domain/assess/criminal';
import { upcomingMilestones } from '../../../src/domain/assess/deadlines';
import { assessmentInputFrom, assessmentInputWithIssuer, sameIssuerName } from '../../../src/domain/assess/from-debt';
import { limitationEnd } from '../../../src/domain/assess/limitation';
import {
  bankActionsFor,
  bucketForDays,
  creditCodeForDays,
  plainPhaseForDays,
  regulatoryClassForDays,
} from '../../../src/domain/assess/stage';
import type { AssessmentInput } from '../../../src/domain/assess/types';
import { isoDate } from '../../../src/domain/dates';
import type { Debt } from '../../../src/domain/debt';
import type { DebtEvent } from '../../../src/domain/debt-events';
import { toFen } from '../../../src/domain/money';

const d = isoDate;

const input = (over: Partial<AssessmentInput> = {}): AssessmentInput => ({
  creditorType: 'card-overdraft',
  principal: toFen(2_000_000),
  interest: toFen(0),
  fees: toFen(0),
  amountsAsOf: null,
  firstMissedDue: d('2026-01-05'),
  settled: false,
  settledOn: null,
  payments: [],
  collectionNotices: [],
  acknowledgements: [],
  legalEvents: [],
  ...over,
});

describe('stage tables', () => {
  it.each([
    [0, 'M0', null, 'normal', 'not-overdue'],
    [1, 'M1', 1, 'special-mention', 'early'],
    [30, 'M1', 1, 'special-mention', 'early'],
    [31, 'M2', 2, 'special-mention', 'middle'],
    [60, 'M2', 2, 'special-mention', 'middle'],
    [61, 'M3', 3, 'special-mention', 'middle'],
    [90, 'M3', 3, 'special-mention', 'middle'],
    [91, 'M4', 4, 'substandard', 'late'],
    [120, 'M4', 4, 'substandard', 'late'],
    [121, 'M5', 5, 'doubtful', 'late'],
    [151, 'M6', 6, 'doubtful', 'late'],
    [180, 'M6', 6, 'doubtful', 'late'],
    [181, 'M7+', 7, 'loss', 'late'],
    [2000, 'M7+', 7, 'loss', 'late'],
  ] as const)('%i days → %s, code %s, %s, %s', (days, bucket, code, cls, phase) => {
    expect(bucketForDays(days)).toBe(bucket);
    expect(creditCodeForDays(days)).toBe(code);
    expect(regulatoryClassForDays(days)).toBe(cls);
    expect(plainPhaseForDays(days)).toBe(phase);
  });

  it.each([
    ['M0', []],
    ['M1', ['reminders', 'card-frozen-or-limit-cut']],
    ['M4', ['outsourced-collection', 'balance-accelerated']],
    ['M7+', ['write-off', 'outsourced-collection', 'debt-sale-possible']],
  ] as const)('typical bank actions for %s', (bucket, actions) => {
    expect(bankActionsFor(bucket)).toEqual(actions);
  });

  it('shows no bank actions for a settled debt and says the settled date is missing', () => {
    const s = assessDebt(input({ settled: true }), d('2026-11-28')).stage;
    expect(s.bankActions).toEqual([]);
    expect(s.findings.map((f) => f.code)).toEqual(['settled-date-unknown']);
  });

  it('is not overdue on the due date itself', () => {
    expect(assessDebt(input(), d('2026-01-05')).stage).toMatchObject({ overdue: false, overdueDays: 0, bucket: 'M0' });
  });
});

describe('criminal building blocks', () => {
  it.each([
    ['none', [], 30, null],
    ['one', ['2026-02-01'], 30, null],
    ['29 days', ['2026-02-01', '2026-03-02'], 30, null],
    ['30 days', ['2026-02-01', '2026-03-03'], 30, { first: '2026-02-01', second: '2026-03-03' }],
    ['unsorted', ['2026-03-03', '2026-02-01'], 30, { first: '2026-02-01', second: '2026-03-03' }],
    [
      'earliest second wins',
      ['2026-02-01', '2026-02-10', '2026-03-05', '2026-04-20'],
      30,
      { first: '2026-02-01', second: '2026-03-05' },
    ],
    ['same day, no spacing rule', ['2018-02-01', '2018-02-01'], 1, null],
    ['next day, no spacing rule', ['2018-02-01', '2018-02-02'], 1, { first: '2018-02-01', second: '2018-02-02' }],
  ])('earliestPair: %s', (_name, dates, gap, expected) => {
    expect(earliestPair(dates.map(d), gap)).toEqual(expected);
  });

  it.each([
    ['2009-12-15', 'none'],
    ['2009-12-16', '2009'],
    ['2018-11-30', '2009'],
    ['2018-12-01', '2018'],
    ['2026-11-28', '2018'],
  ] as const)('threshold regime on %s is %s', (date, regime) => {
    expect(regimeOn(d(date))).toBe(regime);
  });

  it.each([
    ['card-overdraft', 'card-overdraft'],
    ['card-instalment-or-cash-loan', 'instalment-contested'],
    ['consumer-finance', 'not-a-card'],
    ['online-lender', 'not-a-card'],
  ] as const)('scope of %s is %s', (type, scope) => {
    expect(scopeFor(type)).toBe(scope);
  });

  it('before any threshold rule, the principal condition is unknown', () => {
    const c = assessDebt(input({ firstMissedDue: d('2008-01-01') }), d('2009-06-01')).criminal;
    expect(c.conditions.principal.status).toBe('unknown');
    expect(c.conditions.principal.finding.reasons).toContain('no-threshold-rule-on-date');
  });
});

describe('civil deadlines', () => {
  it.each([
    ['payment-order-received', '2026-11-22', '2026-12-07'],
    ['payment-order-received', '2026-12-20', '2027-01-04'],
    ['payment-order-received', '2024-02-14', '2024-02-29'],
    ['judgment-received', '2026-11-01', '2026-11-16'],
    ['lawsuit-filed', '2026-11-01', null],
    ['enforcement', '2026-11-01', null],
    ['consumption-ban', '2026-11-01', null],
    ['dishonest-list', '2026-11-01', null],
  ] as const)('%s received %s → last day %s', (kind, date, deadline) => {
    expect(deadlineFor(kind, d(date))).toBe(deadline);
  });

  it('explains enforcement, the ban and the list, and that hiding assets after judgment can be a crime', () => {
    const c = assessDebt(
      input({
        legalEvents: [
          { date: d('2026-06-01'), kind: 'enforcement' },
          { date: d('2026-07-01'), kind: 'consumption-ban' },
          { date: d('2026-08-01'), kind: 'dishonest-list' },
        ],
      }),
      d('2026-11-28'),
    ).civil;
    expect(c.findings.map((f) => f.code)).toEqual([
      'no-minimum',
      'enforcement',
      'consumption-ban',
      'dishonest-list',
      'refusal-to-execute',
      'reduce-charges',
    ]);
    expect(c.findings.find((f) => f.code === 'dishonest-list')?.reasons).toEqual([
      'six-grounds-only-first-needs-ability',
      'conduct-grounds-even-if-unable',
      'listing-period-grounds-two-to-six',
      'apply-to-correct-listing',
    ]);
    expect(c.findings.find((f) => f.code === 'enforcement')?.reasons).toContain('dishonest-grounds-even-if-unable');
    expect(c.findings.find((f) => f.code === 'consumption-ban')?.reasons).toEqual([
      'necessary-spending-ask-court-first',
      'ban-lifted-by-security-or-consent',
      'ban-lifted-on-full-payment',
    ]);
  });

  it('an unobjected 支付令 runs the creditor’s 2 years from its 15th day, across the end of February', () => {
    const c = assessDebt(
      input({ legalEvents: [{ date: d('2027-02-14'), kind: 'payment-order-received' }] }),
      d('2027-03-02'),
    ).civil;
    // 15 days from 2027-02-14 is 2027-03-01; two years on is 2029-03-01.
    expect(c.findings.find((f) => f.code === 'payment-order-enforceable-if-unobjected')?.values).toEqual({
      deadline: { date: '2027-03-01' },
      endsOn: { date: '2029-03-01' },
    });
  });

  it('ignores court events dated after the assessment date', () => {
    const c = assessDebt(
      input({ legalEvents: [{ date: d('2026-12-01'), kind: 'lawsuit-filed' }] }),
      d('2026-11-28'),
    ).civil;
    expect(c.events).toEqual([]);
  });
});

describe('limitation building blocks', () => {
  it.each([
    ['2023-06-01', '2026-06-01'],
    ['2024-02-29', '2027-02-28'],
    ['2023-02-28', '2026-02-28'],
    ['2021-12-31', '2024-12-31'],
  ] as const)('3 years from %s end on %s', (from, to) => {
    expect(limitationEnd(d(from))).toBe(to);
  });

  it('counts a phone call as a restart but says it is uncertain', () => {
    const l = assessDebt(
      input({
        firstMissedDue: d('2021-01-10'),
        collectionNotices: [{ date: d('2023-06-01'), channel: 'phone', received: 'yes' }],
      }),
      d('2025-01-01'),
    ).limitation;
    expect(l.endsOn).toBe('2026-06-01');
    expect(l.findings[0].reasons).toEqual(['uncertain-channel-included']);
  });

  it('does not let an earlier event shorten a plan that runs from its last instalment', () => {
    const l = assessDebt(
      input({
        firstMissedDue: d('2021-01-10'),
        acknowledgements: [{ date: d('2022-01-01'), kind: 'repayment-plan', lastInstalmentDue: d('2025-12-31') }],
        payments: [{ date: d('2022-06-01'), amount: toFen(10_000) }],
      }),
      d('2026-01-01'),
    ).limitation;
    expect(l.endsOn).toBe('2028-12-31');
    expect(l.lastInterruption).toEqual({ date: '2022-06-01', cause: 'payment' });
  });

  it('uses the bank-card rule only for card debts', () => {
    const card = assessDebt(input(), d('2026-11-28')).limitation.findings.find(
      (f) => f.code === 'interruptions-explained',
    );
    const loan = assessDebt(input({ creditorType: 'online-lender' }), d('2026-11-28')).limitation.findings.find(
      (f) => f.code === 'interruptions-explained',
    );
    expect(card?.sourceIds).toContain('civil-bank-card-rules-art3');
    expect(loan?.sourceIds).not.toContain('civil-bank-card-rules-art3');
  });
});

describe('assessmentInputFrom', () => {
  const debt: Debt = {
    id: 'd1',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    amountsAsOf: d('2026-01-01'),
    lender: '银行',
    nickname: '',
    last4: '',
    creditLimit: null,
    loanNumber: '',
    principal: toFen(5_000_000),
    interest: toFen(100),
    fees: toFen(200),
    firstMissedDue: d('2025-12-05'),
    minimumPayment: null,
    lastPaymentDate: d('2025-12-20'),
    lastPaymentAmount: toFen(30_000),
    status: 'overdue',
    notes: '',
    creditorType: 'card-instalment-or-cash-loan',
    settledOn: null,
  };
  const ev = (e: Partial<DebtEvent> & Pick<DebtEvent, 'type'>): DebtEvent =>
    ({
      id: crypto.randomUUID(),
      debtId: 'd1',
      createdAt: '',
      updatedAt: '',
      note: '',
      date: d('2026-02-01'),
      ...e,
    }) as DebtEvent;

  it('sorts events into the input and adds the ledger’s last payment once', () => {
    const i = assessmentInputFrom(debt, [
      ev({ type: 'payment', amount: toFen(500) }),
      ev({ type: 'collection-notice', channel: 'sms', received: 'yes' }),
      ev({ type: 'acknowledgement', kind: 'repayment-plan', lastInstalmentDue: null }),
      ev({ type: 'legal', kind: 'lawsuit-filed' }),
      ev({ type: 'payment', amount: toFen(700), debtId: 'other' }),
    ]);
    expect(i).toMatchObject({
      creditorType: 'card-instalment-or-cash-loan',
      principal: 5_000_000,
      amountsAsOf: '2026-01-01',
      settled: false,
      payments: [
        { date: '2026-02-01', amount: 500 },
        { date: '2025-12-20', amount: 30_000 },
      ],
      collectionNotices: [{ date: '2026-02-01', channel: 'sms', received: 'yes' }],
      acknowledgements: [{ date: '2026-02-01', kind: 'repayment-plan', lastInstalmentDue: null }],
      legalEvents: [{ date: '2026-02-01', kind: 'lawsuit-filed' }],
    });
  });

  it('does not double-count the last payment when an event records it', () => {
    const i = assessmentInputFrom(debt, [ev({ type: 'payment', date: d('2025-12-20'), amount: toFen(30_000) })]);
    expect(i.payments).toHaveLength(1);
  });

  it('treats a debt with status settled as settled even without a date', () => {
    expect(assessmentInputFrom({ ...debt, status: 'settled' }, [])).toMatchObject({ settled: true, settledOn: null });
  });

  it('treats lender names that differ only in spaces or case as one issuer, and a blank name as none', () => {
    expect(sameIssuerName('招商银行', ' 招商 银行 ')).toBe(true);
    expect(sameIssuerName('ICBC', 'icbc')).toBe(true);
    expect(sameIssuerName('招商银行', '中国银行')).toBe(false);
    expect(sameIssuerName('', '')).toBe(false);
  });

  it('attaches the other debts at the same issuer, each with its own payments, and never the debt itself', () => {
    const second: Debt = { ...debt, id: 'd2', lender: ' 银行', principal: toFen(2_000_000), lastPaymentDate: null };
    const elsewhere: Debt = { ...debt, id: 'd3', lender: '另一家银行' };
    const i = assessmentInputWithIssuer(
      debt,
      [debt, second, elsewhere],
      [ev({ type: 'payment', amount: toFen(900), debtId: 'd2' })],
    );
    expect(i.principal).toBe(5_000_000);
    expect(i.sameIssuer).toEqual([
      {
        creditorType: 'card-instalment-or-cash-loan',
        principal: 2_000_000,
        interest: 100,
        fees: 200,
        amountsAsOf: '2026-01-01',
        settled: false,
        settledOn: null,
        payments: [{ date: '2026-02-01', amount: 900 }],
      },
    ]);
  });
});

describe('upcomingMilestones across debts', () => {
  it('puts deadlines to act on first, then the other milestones, each soonest first', () => {
    const asOf = d('2026-11-28');
    const a = assessDebt(
      input({
        firstMissedDue: d('2026-11-01'),
        legalEvents: [{ date: d('2026-11-16'), kind: 'payment-order-received' }],
      }),
      asOf,
    );
    const b = assessDebt(input({ firstMissedDue: d('2026-10-01') }), asOf);
    const list = upcomingMilestones([
      { debtId: 'b', assessment: b },
      { debtId: 'a', assessment: a },
    ]);
    expect(list.slice(0, 3).map((x) => `${x.milestone.date} ${x.debtId} ${x.milestone.code}`)).toEqual([
      '2026-12-01 a payment-order-objection-deadline',
      '2026-12-01 b enters-bucket',
      '2026-12-02 a enters-bucket',
    ]);
    expect(upcomingMilestones([{ debtId: 'a', assessment: a }], 1)).toHaveLength(1);
    // A deadline weeks away still comes before a bucket change tomorrow.
    const c = assessDebt(
      input({ firstMissedDue: d('2026-10-29'), legalEvents: [{ date: d('2026-11-27'), kind: 'judgment-received' }] }),
      asOf,
    );
    expect(
      upcomingMilestones([{ debtId: 'c', assessment: c }], 2).map((x) => `${x.milestone.date} ${x.milestone.code}`),
    ).toEqual(['2026-12-12 appeal-deadline', '2026-11-29 enters-bucket']);
  });
});
