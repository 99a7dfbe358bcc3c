/**
 * Structural schema of stored debt-event fields, used at every storage boundary (repository
 * writes, backup import). The form validator gives field-level Chinese messages; this schema
 * guards against anything else that tries to write a malformed record.
 */
import * as z from 'zod/mini';
import { fenSchema, isoDateSchema } from './debt-schema';
import {
  ACKNOWLEDGEMENT_KINDS,
  COLLECTION_CHANNELS,
  LEGAL_EVENT_KINDS,
  MAX_CASE_NUMBER_LENGTH,
  MAX_EVENT_NOTE_LENGTH,
  RECEIPT_PROOFS,
  type DebtEventFields,
} from './debt-events';

const note = z.string().check(z.maxLength(MAX_EVENT_NOTE_LENGTH));
const positiveFen = fenSchema.check(z.refine((n) => n > 0, 'amount must be positive'));

export const debtEventFieldsSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('payment'), date: isoDateSchema, amount: positiveFen, note }),
  z.object({
    type: z.literal('collection-notice'),
    date: isoDateSchema,
    channel: z.enum(COLLECTION_CHANNELS),
    received: z.enum(RECEIPT_PROOFS),
    note,
  }),
  z.object({
    type: z.literal('acknowledgement'),
    date: isoDateSchema,
    kind: z.enum(ACKNOWLEDGEMENT_KINDS),
    lastInstalmentDue: z.nullable(isoDateSchema),
    note,
  }),
  // performanceDue and caseNumber are optional: rows and backups written before they existed have none.
  z.object({
    type: z.literal('legal'),
    date: isoDateSchema,
    kind: z.enum(LEGAL_EVENT_KINDS),
    performanceDue: z.optional(isoDateSchema),
    caseNumber: z.optional(z.string().check(z.minLength(1), z.maxLength(MAX_CASE_NUMBER_LENGTH))),
    note,
  }),
]);

// Compile-time check that the schema and the union agree.
type SchemaOut = z.infer<typeof debtEventFieldsSchema>;
const schemaMatches: [SchemaOut] extends [DebtEventFields]
  ? [DebtEventFields] extends [SchemaOut]
    ? true
    : false
  : false = true;
void schemaMatches;
