/** Rows of the letters table (added in schema v4); checked by record-schemas.ts. */
import type { PrintableDocument } from '../domain/document';
import type { LetterInput } from '../domain/letters/letter-input';

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
