/**
 * Structural schema of stored debt fields, used at every storage boundary (repository
 * writes, backup import). The form validator gives field-level Chinese messages; this
 * schema guards against anything else that tries to write a malformed record.
 */
import * as z from 'zod/mini';
import { isIsoDate } from './dates';
import { CREDITOR_TYPES, DEBT_STATUSES, type DebtFields } from './debt';
import { MAX_AMOUNT_FEN } from './money';
import type { Fen, IsoDate } from './types';
import { MAX_LOAN_NUMBER_LENGTH, MAX_TEXT_LENGTH } from './validate-debt';

export const fenSchema = z.pipe(
  z.int().check(z.minimum(0), z.maximum(MAX_AMOUNT_FEN)),
  z.transform((n) => n as Fen),
);
export const isoDateSchema = z.pipe(
  z.string().check(z.refine(isIsoDate, 'invalid date')),
  z.transform((s) => s as IsoDate),
);
export const textSchema = z.string().check(z.maxLength(MAX_TEXT_LENGTH));

export const debtFieldsSchema = z.object({
  lender: z.string().check(z.minLength(1), z.maxLength(MAX_TEXT_LENGTH)),
  nickname: textSchema,
  last4: z.string().check(z.regex(/^(\d{4})?$/)),
  creditLimit: z.nullable(fenSchema),
  loanNumber: z.string().check(z.maxLength(MAX_LOAN_NUMBER_LENGTH)),
  principal: fenSchema,
  interest: fenSchema,
  fees: fenSchema,
  firstMissedDue: z.nullable(isoDateSchema),
  minimumPayment: z.nullable(fenSchema),
  lastPaymentDate: z.nullable(isoDateSchema),
  lastPaymentAmount: z.nullable(fenSchema),
  status: z.enum(DEBT_STATUSES),
  notes: textSchema,
  creditorType: z.enum(CREDITOR_TYPES),
  settledOn: z.nullable(isoDateSchema),
});

// Compile-time check that the schema and the interface agree.
type SchemaOut = z.infer<typeof debtFieldsSchema>;
const schemaMatches: [SchemaOut] extends [DebtFields] ? ([DebtFields] extends [SchemaOut] ? true : false) : false =
  true;
void schemaMatches;
