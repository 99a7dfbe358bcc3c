/**
 * Row schemas of the tables the first screen writes (debts, their events, settings). They sit
 * apart from the registry in record-schemas.ts so the first screen's bundle does not carry
 * the schemas of tables only later screens use.
 */
import * as z from 'zod/mini';
import { debtEventFieldsSchema } from '../domain/debt-event-schema';
import { debtFieldsSchema, isoDateSchema } from '../domain/debt-schema';

export const timestamp = z.string().check(z.minLength(1), z.maxLength(40));
export const recordId = z.string().check(z.minLength(1), z.maxLength(100));

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
