/**
 * fast-check generators for stored records, table by table. Strings are drawn from the
 * whole UTF-16 range (emoji, RTL marks, lone surrogates, null bytes), so every property
 * test is also a hostile-input test. Tables added later can add a generator here to join
 * the backup round-trip property test.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { MAX_AMOUNT_FEN } from '../domain/money';
import { MAX_TEXT_LENGTH } from '../domain/validate-debt';
import type { SettingRow } from '../storage/db';

/** Text as a person (or an attacker) might type it: any code unit, plus known nasties. */
export const hostileText = (maxLength = 200, cap = MAX_TEXT_LENGTH) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength: Math.min(maxLength, cap) }),
    fc.constantFrom(...HOSTILE_STRINGS.filter((s) => s.length <= cap)),
  );

/** Named hostile inputs used by unit, property and browser tests. */
export const HOSTILE_STRINGS: readonly string[] = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "javascript:alert('x')",
  '<svg/onload=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '\u202Eمرحبا\u202C \u200F‏RTL\u200E',
  'null\u0000byte',
  '💳🏦😰👨‍👩‍👧‍👦🇨🇳',
  '\uD800 lone surrogate',
  '$blob',
  '__proto__',
  'a'.repeat(10_000),
];

const fen = fc.integer({ min: 0, max: MAX_AMOUNT_FEN });
const isoDay = fc
  .date({ min: new Date('2000-01-01T12:00:00Z'), max: new Date('2035-12-31T12:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
// Up to the day these tests were written: an import refuses records dated after "now".
const stamp = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2026-12-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

/**
 * A debt row exactly as stored at schema version 1, frozen here (like a migration's row
 * type) so the generator keeps working when later versions add fields: tests bring these
 * rows to the latest version with `migrateRows('debts', rows, 1)`.
 */
export interface DebtRowV1 {
  id: string;
  lender: string;
  nickname: string;
  last4: string;
  creditLimit: number | null;
  principal: number;
  interest: number;
  fees: number;
  firstMissedDue: string | null;
  minimumPayment: number | null;
  lastPaymentDate: string | null;
  lastPaymentAmount: number | null;
  status: 'overdue' | 'negotiating' | 'plan-agreed' | 'sued' | 'settled';
  notes: string;
  createdAt: string;
  updatedAt: string;
}

const STATUSES_V1 = ['overdue', 'negotiating', 'plan-agreed', 'sued', 'settled'] as const;

export const debtRowV1Arb: fc.Arbitrary<DebtRowV1> = fc.record({
  id: fc.uuid(),
  lender: hostileText().filter((s) => s.length > 0),
  nickname: hostileText(),
  last4: fc.oneof(fc.constant(''), fc.stringMatching(/^\d{4}$/)),
  creditLimit: fc.option(fen, { nil: null }),
  principal: fen,
  interest: fen,
  fees: fen,
  firstMissedDue: fc.option(isoDay, { nil: null }),
  minimumPayment: fc.option(fen, { nil: null }),
  lastPaymentDate: fc.option(isoDay, { nil: null }),
  lastPaymentAmount: fc.option(fen, { nil: null }),
  status: fc.constantFrom(...STATUSES_V1),
  notes: hostileText(),
  createdAt: stamp,
  updatedAt: stamp,
});

/** Settings hold `unknown`: JSON-ish values, Dates and Blobs, keys that look like tags. */
export const settingArb: fc.Arbitrary<SettingRow> = fc.record({
  key: fc
    .oneof(fc.string({ minLength: 1, maxLength: 40 }), fc.constantFrom('$blob', '$$x', 'language'))
    .filter((k) => !k.startsWith('device.')),
  value: fc.oneof(
    fc.jsonValue(),
    fc.date({ noInvalidDate: true }),
    fc.uint8Array({ maxLength: 64 }).map((bytes) => new Blob([bytes], { type: 'application/octet-stream' })),
    fc.dictionary(fc.string(), fc.oneof(fc.string({ unit: 'binary' }), fc.integer()), { noNullPrototype: true }),
  ),
});

/** A debt event row exactly as stored at schema version 2 (frozen, like debtRowV1Arb). */
export type DebtEventRowV2 = {
  id: string;
  debtId: string;
  date: string;
  note: string;
  createdAt: string;
  updatedAt: string;
} & (
  | { type: 'payment'; amount: number }
  | { type: 'collection-notice'; channel: string; received: string }
  | { type: 'acknowledgement'; kind: string; lastInstalmentDue: string | null }
  | { type: 'legal'; kind: string }
);

/** Event notes were capped at 2,000 characters when the table was added (v2). */
const EVENT_NOTE_CAP_V2 = 2_000;
const eventBase = {
  id: fc.uuid(),
  debtId: fc.uuid(),
  date: isoDay,
  note: hostileText(200, EVENT_NOTE_CAP_V2),
  createdAt: stamp,
  updatedAt: stamp,
};

export const debtEventRowV2Arb: fc.Arbitrary<DebtEventRowV2> = fc.oneof(
  fc.record({
    ...eventBase,
    type: fc.constant('payment' as const),
    amount: fc.integer({ min: 1, max: MAX_AMOUNT_FEN }),
  }),
  fc.record({
    ...eventBase,
    type: fc.constant('collection-notice' as const),
    channel: fc.constantFrom('sms', 'letter', 'email', 'phone', 'visit', 'app-message', 'other'),
    received: fc.constantFrom('yes', 'no', 'unknown'),
  }),
  fc.record({
    ...eventBase,
    type: fc.constant('acknowledgement' as const),
    kind: fc.constantFrom('acknowledgement', 'repayment-plan'),
    lastInstalmentDue: fc.option(isoDay, { nil: null }),
  }),
  fc.record({
    ...eventBase,
    type: fc.constant('legal' as const),
    kind: fc.constantFrom(
      'payment-order-received',
      'lawsuit-filed',
      'judgment-received',
      'enforcement',
      'consumption-ban',
      'dishonest-list',
    ),
  }),
);

/** A contact-log row as stored at schema version 3 (frozen lists, like the generators above). */
const CHANNELS_V3 = [
  'call-answered',
  'call-unanswered',
  'sms',
  'app-message',
  'letter',
  'home-visit',
  'workplace-visit',
  'other',
];
const PARTIES_V3 = [
  'debtor',
  'guarantor',
  'spouse',
  'family',
  'employer-colleague',
  'friend',
  'emergency-contact',
  'other',
];
const FLAGS_V3 = [
  'threatened',
  'insulted',
  'violence',
  'pestered',
  'claimed-authority',
  'court-document',
  'lawyer-letter',
  'document-not-genuine',
  'told-someone-else',
  'asked-to-pay',
  'asked-not-to-contact',
  'public-notice',
  'personal-account',
  'added-fees',
  'pushed-borrowing',
  'exaggerated',
  'visit-rules',
  'entered-without-consent',
  'personal-phone',
  'no-identification',
];
const SHORT_V3 = 100;
const LONG_V3 = 2_000;

export const contactRowV3Arb = fc
  .record({
    id: fc.uuid(),
    date: isoDay,
    time: fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
    debtId: hostileText(40, SHORT_V3),
    agency: hostileText(40, SHORT_V3),
    collectorName: hostileText(40, SHORT_V3),
    channel: fc.constantFrom(...CHANNELS_V3),
    fromNumber: hostileText(20, SHORT_V3),
    toNumber: hostileText(20, SHORT_V3),
    attempts: fc.integer({ min: 1, max: 99 }),
    party: fc.constantFrom(...PARTIES_V3),
    partyName: hostileText(40, SHORT_V3),
    flags: fc.subarray(FLAGS_V3),
    quote: hostileText(200, LONG_V3),
    notes: hostileText(200, LONG_V3),
    createdAt: stamp,
    updatedAt: stamp,
  })
  // More than one attempt only for unanswered calls (the row schema's cross-field rule).
  .map((row) => (row.channel === 'call-unanswered' ? row : { ...row, attempts: 1 }));

/** An attachment row at schema version 3: the bytes as an ArrayBuffer, size matching. */
export const attachmentRowV3Arb = fc
  .record({
    id: fc.uuid(),
    entryId: fc.uuid(),
    name: hostileText(40, 255),
    mimeType: fc.constantFrom('image/jpeg', 'image/png', 'audio/mp4', ''),
    sha256: fc.stringMatching(/^[0-9a-f]{64}$/),
    addedAt: stamp,
    bytes: fc.uint8Array({ maxLength: 2048 }),
  })
  .map(({ bytes, ...meta }) => ({ ...meta, size: bytes.byteLength, data: bytes.slice().buffer }));

/**
 * Rows per table (each as at the version its table appeared), unique primary keys, as the
 * app leaves them: every event belongs to one of the debts and every attachment to one of
 * the entries (events without their debt are dropped when there is no debt, likewise files),
 * and each attachment's SHA-256 is that of its bytes.
 */
export const datasetV1Arb = fc
  .record({
    debts: fc.uniqueArray(debtRowV1Arb, { selector: (d) => d.id, maxLength: 25 }),
    debtEvents: fc.uniqueArray(debtEventRowV2Arb, { selector: (e) => e.id, maxLength: 40 }),
    contacts: fc.uniqueArray(contactRowV3Arb, { selector: (c) => c.id, maxLength: 20 }),
    attachments: fc.uniqueArray(attachmentRowV3Arb, { selector: (a) => a.id, maxLength: 6 }),
    settings: fc.uniqueArray(settingArb, { selector: (s) => s.key, maxLength: 8 }),
    owners: fc.array(fc.nat(), { minLength: 46, maxLength: 46 }),
  })
  .map(({ owners, ...data }) => ({
    ...data,
    debtEvents:
      data.debts.length === 0
        ? []
        : data.debtEvents.map((e, i) => ({ ...e, debtId: data.debts[owners[i] % data.debts.length].id })),
    attachments:
      data.contacts.length === 0
        ? []
        : data.attachments.map((a, i) => ({
            ...a,
            entryId: data.contacts[owners[40 + i] % data.contacts.length].id,
            sha256: createHash('sha256').update(new Uint8Array(a.data)).digest('hex'),
          })),
  }));
