/**
 * Structural schema of a stored budget line (收支表), used at every storage boundary: repository
 * writes and backup import. The form validator (validate-budget.ts) gives field-level messages;
 * this guards against anything else.
 */
import * as z from 'zod/mini';
import { fenSchema } from '../debt-schema';
import { BUDGET_CATEGORIES, FREQUENCIES, MAX_REASON_LENGTH } from './budget';

export const budgetLineSchema = z.object({
  category: z.enum(BUDGET_CATEGORIES),
  amount: fenSchema,
  frequency: z.enum(FREQUENCIES),
  reason: z.string().check(z.maxLength(MAX_REASON_LENGTH)),
});
