/**
 * The shape of every stored record, table by table, as zod schemas. Repositories validate
 * with these before writing, and backup import validates every record of a file with them
 * before anything is written. Every table in the latest schema version must be listed here
 * (a test checks that).
 */
import * as z from 'zod/mini';
import {
  agreementFieldsSchema,
  budgetLineSchema,
  letterInputSchema,
  planSettingsSchema,
  printableDocumentSchema,
} from '../domain/hardship-schemas';
import { debtEventRowSchema, debtRowSchema, settingRowSchema, timestamp } from './core-record-schemas';

export { debtEventRowSchema, debtRowSchema, settingRowSchema };

const rowId = z.string().check(z.minLength(1), z.maxLength(100));

export const budgetLineRowSchema = z.extend(budgetLineSchema, { updatedAt: timestamp });

export const planRowSchema = z.extend(planSettingsSchema, { id: rowId, updatedAt: timestamp });

export const agreementRowSchema = z.extend(agreementFieldsSchema, {
  id: rowId,
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const letterRowSchema = z.object({
  id: rowId,
  status: z.enum(['draft', 'saved']),
  templateId: rowId,
  templateVersion: z.int().check(z.minimum(1)),
  debtId: z.nullable(rowId),
  input: letterInputSchema,
  document: z.nullable(printableDocumentSchema),
  createdAt: timestamp,
  updatedAt: timestamp,
});

/** Table name → schema of one row, for the latest schema version. */
export const RECORD_SCHEMAS = {
  debts: debtRowSchema,
  debtEvents: debtEventRowSchema,
  settings: settingRowSchema,
  budgetLines: budgetLineRowSchema,
  plans: planRowSchema,
  agreements: agreementRowSchema,
  letters: letterRowSchema,
} as const satisfies Record<string, z.ZodMiniType>;
