/**
 * Valid records for tests, with any field overridden: one place to update when fields change.
 * Tests state only the fields they are about.
 */
import { localTime, type ContactEntry, type ContactEntryFields } from '../domain/conduct/contact';
import { isoDate } from '../domain/dates';
import type { DebtFields } from '../domain/debt';
import { toFen } from '../domain/money';
import type { DebtRowV1 } from './arbitraries';

/** A debt as the form hands it to storage (`addDebt`). */
export function makeDebtFields(over: Partial<DebtFields> = {}): DebtFields {
  return {
    lender: '示例银行',
    nickname: '',
    last4: '',
    creditorType: 'card-overdraft',
    creditLimit: null,
    loanNumber: '',
    principal: toFen(4_800_000),
    interest: toFen(0),
    fees: toFen(0),
    firstMissedDue: isoDate('2026-06-05'),
    minimumPayment: null,
    lastPaymentDate: null,
    lastPaymentAmount: null,
    status: 'overdue',
    settledOn: null,
    notes: '',
    ...over,
  };
}

/** A debt row as stored at schema v1 (for migration and backup-import tests). */
export function makeDebtRowV1(over: Partial<DebtRowV1> = {}): DebtRowV1 {
  return {
    id: 'd1',
    lender: '示例银行',
    nickname: '',
    last4: '',
    creditLimit: null,
    principal: 100_00,
    interest: 0,
    fees: 0,
    firstMissedDue: null,
    minimumPayment: null,
    lastPaymentDate: null,
    lastPaymentAmount: null,
    status: 'overdue',
    notes: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  };
}

/** 152 characters, the length of a typical log entry's note. */
const LOG_LIKE_NOTE = '对方称自己是某某律师事务所，要求今天之内还清，否则“上门”；通话 3 分钟。'.repeat(4);

/**
 * `count` schema-v1 debt rows of realistic size (a 152-character note, like a log entry),
 * with fixed ids and stamps: the large backup for benchmarks and the browser backup test.
 */
export function manyDebtRowsV1(count: number): DebtRowV1[] {
  return Array.from({ length: count }, (_, i) =>
    makeDebtRowV1({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      lender: `示例银行 ${i % 40}`,
      last4: String(1000 + (i % 9000)),
      creditLimit: 5_000_000,
      principal: 100_000 + i,
      interest: 1_234,
      fees: 500,
      firstMissedDue: '2026-03-05',
      notes: LOG_LIKE_NOTE,
      createdAt: '2026-03-06T08:00:00.000Z',
      updatedAt: '2026-03-06T08:00:00.000Z',
    }),
  );
}

/** A 催收记录 entry as the form hands it to storage (`addContact`): an answered call, nothing flagged. */
export function makeContactFields(over: Partial<ContactEntryFields> = {}): ContactEntryFields {
  return {
    date: isoDate('2026-03-03'),
    time: localTime('10:00'),
    debtId: '',
    agency: '',
    collectorName: '',
    channel: 'call-answered',
    fromNumber: '021-12345678',
    toNumber: '13800000000',
    attempts: 1,
    party: 'debtor',
    partyName: '',
    flags: [],
    quote: '',
    notes: '',
    ...over,
  };
}

/** A stored 催收记录 entry (for pure domain code that reads the log). */
export function makeContactEntry(over: Partial<ContactEntry> = {}): ContactEntry {
  return {
    id: 'c1',
    ...makeContactFields(),
    createdAt: '2026-03-03T00:00:00.000Z',
    updatedAt: '2026-03-03T00:00:00.000Z',
    ...over,
  };
}
