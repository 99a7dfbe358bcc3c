/**
 * Rows of the hardship plan's tables (个性化分期还款, added in schema v4): its settings (`plans`)
 * and the agreements the bank accepted (`agreements`). The zod schemas that check them are in
 * record-schemas.ts. Table and field names are stored and never change.
 */
import type { AgreementTerms, Payment } from '../domain/hardship-plan/agreement';
import type { HardshipPlanBasis } from '../domain/hardship-plan/hardship-plan';
import type { Fen } from '../domain/types';

export interface HardshipPlanSettings {
  /** Monthly offer across all creditors; null = use the budget's surplus. */
  offer: Fen | null;
  split: 'pro-rata' | 'custom';
  /** debt id → monthly amount the user set (split = 'custom'). */
  custom: Record<string, Fen>;
  basis: HardshipPlanBasis;
  firstDue: AgreementTerms['firstDue'] | null;
}

export interface HardshipPlanRow extends HardshipPlanSettings {
  id: string;
  updatedAt: string;
}

export interface AgreementFields extends AgreementTerms {
  debtId: string;
  basis: HardshipPlanBasis;
  payments: Payment[];
  note: string;
}

export interface AgreementRow extends AgreementFields {
  id: string;
  createdAt: string;
  updatedAt: string;
}
