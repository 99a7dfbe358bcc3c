/**
 * Rows of the hardship tables added in schema v4 (budget lines, plan settings, agreements,
 * letters). The zod schemas that check them are in record-schemas.ts.
 */
import type { BudgetLine } from '../domain/budget/budget';
import type { PrintableDocument } from '../domain/document';
import type { LetterInput } from '../domain/letters/letter-input';
import type { AgreementTerms, Payment } from '../domain/plan/agreement';
import type { PlanBasis } from '../domain/plan/plan';
import type { Fen } from '../domain/types';

export interface BudgetLineRow extends BudgetLine {
  updatedAt: string;
}

export interface PlanSettings {
  /** Monthly offer across all creditors; null = use the budget's surplus. */
  offer: Fen | null;
  split: 'pro-rata' | 'custom';
  /** debt id → monthly amount the user set (split = 'custom'). */
  custom: Record<string, Fen>;
  basis: PlanBasis;
  firstDue: AgreementTerms['firstDue'] | null;
}

export interface PlanRow extends PlanSettings {
  id: string;
  updatedAt: string;
}

export interface AgreementFields extends AgreementTerms {
  debtId: string;
  basis: PlanBasis;
  payments: Payment[];
  note: string;
}

export interface AgreementRow extends AgreementFields {
  id: string;
  createdAt: string;
  updatedAt: string;
}

export type LetterStatus = 'draft' | 'saved';

export interface LetterRow {
  id: string;
  status: LetterStatus;
  templateId: string;
  templateVersion: number;
  /** The debt the letter is about, when there is one. */
  debtId: string | null;
  /** Everything the letter was filled from, so it can be built again exactly. */
  input: LetterInput;
  /** Saved letters keep the document exactly as printed; drafts have none. */
  document: PrintableDocument | null;
  createdAt: string;
  updatedAt: string;
}
