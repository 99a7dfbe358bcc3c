/**
 * Structural schemas of the stored hardship plan (个性化分期还款): its settings, the agreements
 * the bank accepted and their payments, used at every storage boundary: repository writes and
 * backup import.
 */
import * as z from 'zod/mini';
import { fenSchema, isoDateSchema } from '../debt-schema';
import { HARDSHIP_PLAN_BASES } from './hardship-plan';

const shortText = z.string().check(z.maxLength(200));
const id = z.string().check(z.minLength(1), z.maxLength(100));

export const hardshipPlanSettingsSchema = z.object({
  /** The monthly offer across all creditors; null = the budget's surplus. */
  offer: z.nullable(fenSchema),
  split: z.enum(['pro-rata', 'custom']),
  /** Monthly amounts the user set per debt id (used when split = 'custom'). */
  custom: z.record(id, fenSchema),
  basis: z.enum(HARDSHIP_PLAN_BASES),
  firstDue: z.nullable(isoDateSchema),
});

export const paymentSchema = z.object({ id, date: isoDateSchema, amount: fenSchema });

export const agreementFieldsSchema = z.object({
  debtId: id,
  basis: z.enum(HARDSHIP_PLAN_BASES),
  firstDue: isoDateSchema,
  monthly: fenSchema,
  months: z.int().check(z.minimum(1), z.maximum(600)),
  lastInstalment: fenSchema,
  payments: z.array(paymentSchema).check(z.maxLength(1200)),
  note: shortText,
});
