/**
 * The shape of every stored record, table by table, as zod schemas. Repositories validate
 * with these before writing, and backup import validates every record of a file with them
 * before anything is written. Every table in the latest schema version must be listed here
 * (a test checks that).
 */
import * as z from 'zod/mini';
import { MAX_ATTACHMENT_BYTES } from '../domain/conduct/attachment';
import { attemptsMatchChannel, conductContextFieldsSchema, contactEntryShape } from '../domain/conduct/contact-schema';
import { debtEventFieldsSchema } from '../domain/debt-event-schema';
import { debtFieldsSchema, isoDateSchema } from '../domain/debt-schema';
import { budgetLineSchema } from '../domain/budget/budget-schemas';
import { agreementFieldsSchema, hardshipPlanSettingsSchema } from '../domain/hardship-plan/hardship-plan-schemas';
import { letterInputSchema, printableDocumentSchema } from '../domain/letters/letter-schemas';
import { isIsoInstant } from './iso-instant';
import { deletionKey, REMEMBERED_TABLES } from './record-writes/deletions';

/** An instant as the app writes it (iso-instant.ts); whether it lies in the future is checked at import. */
const timestamp = z.string().check(z.maxLength(40), z.refine(isIsoInstant, 'expected an ISO 8601 instant'));
/** Field names that hold a `timestamp` in any table (checked against "now" at import). */
export const TIMESTAMP_FIELDS = ['createdAt', 'updatedAt', 'addedAt', 'deletedAt'] as const;
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

const rowId = z.string().check(z.minLength(1), z.maxLength(100));

export const contactRowSchema = z
  .extend(contactEntryShape, { id: rowId, createdAt: timestamp, updatedAt: timestamp })
  .check(attemptsMatchChannel);

export const attachmentMetaSchema = z.object({
  id: rowId,
  entryId: rowId,
  name: z.string().check(z.maxLength(255)),
  mimeType: z.string().check(z.maxLength(255)),
  size: z.int().check(z.minimum(0), z.maximum(MAX_ATTACHMENT_BYTES)),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  addedAt: timestamp,
});

export const attachmentRowSchema = z
  .extend(attachmentMetaSchema, {
    data: z.custom<ArrayBuffer>((v) => v instanceof ArrayBuffer, 'expected bytes'),
  })
  .check(
    z.refine((row) => row.data.byteLength === row.size, { message: 'size does not match the bytes', path: ['size'] }),
  );

export const conductContextRowSchema = z.extend(conductContextFieldsSchema, {
  // '' is the context of entries not linked to a debt.
  debtId: z.string().check(z.maxLength(100)),
  updatedAt: timestamp,
});

export const budgetLineRowSchema = z.extend(budgetLineSchema, { updatedAt: timestamp });

export const hardshipPlanRowSchema = z.extend(hardshipPlanSettingsSchema, { id: rowId, updatedAt: timestamp });

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

/** A deletion remembered (record-writes/deletions.ts): its key must be its table and id. */
export const deletionRowSchema = z
  .object({
    key: z.string().check(z.maxLength(200)),
    table: z.enum(REMEMBERED_TABLES),
    id: rowId,
    deletedAt: timestamp,
  })
  .check(z.refine((row) => row.key === deletionKey(row.table, row.id), 'key must be table/id'));

/** Table name → schema of one row, for the latest schema version. */
export const RECORD_SCHEMAS = {
  debts: debtRowSchema,
  debtEvents: debtEventRowSchema,
  settings: settingRowSchema,
  contacts: contactRowSchema,
  attachments: attachmentRowSchema,
  conductContexts: conductContextRowSchema,
  budgetLines: budgetLineRowSchema,
  plans: hardshipPlanRowSchema,
  agreements: agreementRowSchema,
  letters: letterRowSchema,
  deletions: deletionRowSchema,
} as const satisfies Record<string, z.ZodMiniType>;
