/**
 * Structural schemas for contact-log entries and conduct context, used at every storage
 * boundary (repository writes, backup import) and by the scenario fixtures. The form
 * validator (validate-contact.ts) gives field-level messages; these guard everything else.
 */
import * as z from 'zod/mini';
import { isoDateSchema } from '../debt-schema';
import {
  CONTACT_CHANNELS,
  CONTACT_FLAGS,
  CONTACT_PARTIES,
  CREDITOR_TYPES,
  MAX_ATTEMPTS_PER_ENTRY,
  MAX_CONTACT_SHORT_TEXT,
  MAX_CONTACT_TEXT,
  TRI_STATES,
  isLocalTime,
  type ConductContextFields,
  type ContactEntryFields,
  type LocalTime,
} from './contact';

export const localTimeSchema = z.pipe(
  z.string().check(z.refine(isLocalTime, 'invalid time')),
  z.transform((s) => s as LocalTime),
);

const shortText = z.string().check(z.maxLength(MAX_CONTACT_SHORT_TEXT));
const longText = z.string().check(z.maxLength(MAX_CONTACT_TEXT));

/** The entry's fields without the cross-field check, so storage can extend it with row fields. */
export const contactEntryShape = z.object({
  date: isoDateSchema,
  time: localTimeSchema,
  debtId: shortText,
  agency: shortText,
  collectorName: shortText,
  channel: z.enum(CONTACT_CHANNELS),
  fromNumber: shortText,
  toNumber: shortText,
  attempts: z.int().check(z.minimum(1), z.maximum(MAX_ATTEMPTS_PER_ENTRY)),
  party: z.enum(CONTACT_PARTIES),
  partyName: shortText,
  flags: z.array(z.enum(CONTACT_FLAGS)).check(
    z.maxLength(CONTACT_FLAGS.length),
    z.refine((flags) => new Set(flags).size === flags.length, 'duplicate flag'),
  ),
  quote: longText,
  notes: longText,
});

/** Only an unanswered-call entry may stand for more than one attempt. */
export const attemptsMatchChannel = z.refine<{ attempts: number; channel: string }>(
  (e) => e.attempts === 1 || e.channel === 'call-unanswered',
  { message: 'attempts > 1 only for unanswered calls', path: ['attempts'] },
);

export const contactEntryFieldsSchema = contactEntryShape.check(attemptsMatchChannel);

export const repaymentAgreementSchema = z
  .object({
    from: isoDateSchema,
    to: z.nullable(isoDateSchema),
    keptUp: z.boolean(),
  })
  .check(
    z.refine((a) => a.to === null || a.from <= a.to, { message: 'agreement ends before it starts', path: ['to'] }),
  );

export const conductContextFieldsSchema = z.object({
  creditorType: z.enum(CREDITOR_TYPES),
  outsourcingNotice: z.enum(TRI_STATES),
  agreement: z.nullable(repaymentAgreementSchema),
  debtorReachable: z.enum(TRI_STATES),
  nightContactConsent: z.boolean(),
  spouseDebtRelated: z.boolean(),
});

// Compile-time checks that the schemas and the interfaces agree.
type EntryOut = z.infer<typeof contactEntryFieldsSchema>;
const entryMatches: [EntryOut] extends [ContactEntryFields]
  ? [ContactEntryFields] extends [EntryOut]
    ? true
    : false
  : false = true;
type ContextOut = z.infer<typeof conductContextFieldsSchema>;
const contextMatches: [ContextOut] extends [ConductContextFields]
  ? [ConductContextFields] extends [ContextOut]
    ? true
    : false
  : false = true;
void entryMatches;
void contextMatches;
