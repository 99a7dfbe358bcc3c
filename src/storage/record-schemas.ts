/**
 * The shape of every stored record, table by table, as zod schemas. Repositories validate
 * with these before writing, and backup import validates every record of a file with them
 * before anything is written. Every table in the latest schema version must be listed here
 * (a test checks that).
 */
import * as z from 'zod/mini';
import { debtEventFieldsSchema } from '../domain/debt-event-schema';
import { debtFieldsSchema, isoDateSchema } from '../domain/debt-schema';

const timestamp = z.string().check(z.minLength(1), z.maxLength(40));
const recordId = z.string().check(z.minLength(1), z.maxLength(100));

export const debtRowSchema = z.extend(debtFieldsSchema, {
  id: recordId,
  createdAt: timestamp,
  updatedAt: timestamp,
  amountsAsOf: isoDateSchema,
});

export const debtEventRowSchema = z.intersection(
  debtEventFieldsSchema,
  z.object({ id: recordId, debtId: recordId, createdAt: timestamp, updatedAt: timestamp }),
);

export const settingRowSchema = z.object({
  key: z.string().check(z.minLength(1), z.maxLength(100)),
  value: z.unknown(),
});

/** Table name → schema of one row, for the latest schema version. */
export const RECORD_SCHEMAS = {
  debts: debtRowSchema,
  debtEvents: debtEventRowSchema,
  settings: settingRowSchema,
} as const satisfies Record<string, z.ZodMiniType>;
