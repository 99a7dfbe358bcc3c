/**
 * The shape of a letter template and the helper every template fills itself with.
 *
 * A template is versioned domain content: `{ id, version }` is recorded with every saved
 * letter. A shipped version is never edited; a change of wording is a new version, and the
 * old one stays registered so a saved letter can be built again exactly.
 *
 * Missing information is never left blank: the slot prints a visible 【待填写：…】 marker and
 * the field is reported in `missingFields`, so the screen can say what to fill before the
 * letter is printed.
 */
import type { CreditorType } from '../debt';
import type { DocumentBlock, PrintableDocument } from '../document';
import type { Fen, IsoDate } from '../types';
import { letterDate, yuanWithCapitals } from './letter-format';
import type { LetterInput, LetterWarning, MissingField } from './letter-input';

export type LetterTemplateId =
  | 'hardship-application'
  | 'loan-negotiation'
  | 'hardship-no-reply'
  | 'hardship-reconsider'
  | 'complaint-12378'
  | 'credit-objection'
  | 'credit-statement'
  | 'third-party-stop'
  | 'payment-order-objection'
  | 'civil-answer'
  | 'mediation-proposal'
  | 'enforcement-settlement'
  | 'dishonest-list-correction';

export interface LetterBuild {
  document: PrintableDocument;
  missingFields: MissingField[];
  warnings: LetterWarning[];
}

export interface LetterTemplate {
  id: LetterTemplateId;
  version: number;
  /**
   * True when sending the letter acknowledges the debt in writing (诉讼时效规定 Art. 19 matters).
   * A letter that does so only for some inputs (an answer asking for instalments) says true here
   * and tells `finish` which inputs do.
   */
  acknowledgesDebt: boolean;
  /** Legal source ids the letter relies on, shown next to it in the app. */
  sourceIds: readonly string[];
  /**
   * The kinds of debt (the ledger's creditor types) this version is written for. The builder
   * and the plan page offer a letter only for a debt of one of these types: the Art. 70 letters
   * speak to a bank's card centre, the negotiation letter to a lender.
   */
  creditorTypes: readonly CreditorType[];
  build(input: LetterInput): LetterBuild;
}

/** The blank a template prints where information is missing. */
export function placeholder(label: string): string {
  return `【待填写：${label}】`;
}

/** Collects blocks and missing fields while a template fills itself. */
export class LetterWriter {
  readonly blocks: DocumentBlock[] = [];
  private readonly missing = new Set<MissingField>();
  private readonly warned = new Set<LetterWarning>();

  constructor(readonly input: LetterInput) {}

  /** A required text value, or its placeholder (and the field reported missing). */
  text(value: string, field: MissingField, label: string): string {
    const v = value.trim();
    if (v !== '') return v;
    this.missing.add(field);
    return placeholder(label);
  }

  date(value: IsoDate | null, field: MissingField, label: string): string {
    if (value !== null) return letterDate(value);
    this.missing.add(field);
    return placeholder(label);
  }

  money(fen: Fen): string {
    return yuanWithCapitals(fen);
  }

  /** Record that a whole part (debt, budget, plan, contact…) is missing. */
  markMissing(field: MissingField): void {
    this.missing.add(field);
  }

  warn(warning: LetterWarning): void {
    this.warned.add(warning);
  }

  push(...blocks: DocumentBlock[]): void {
    this.blocks.push(...blocks);
  }

  paragraph(text: string): void {
    this.blocks.push({ kind: 'paragraph', text });
  }

  heading(text: string): void {
    this.blocks.push({ kind: 'heading', text });
  }

  finish(
    template: Pick<LetterTemplate, 'id' | 'version' | 'acknowledgesDebt'>,
    title: string,
    acknowledges: boolean = template.acknowledgesDebt,
  ): LetterBuild {
    if (acknowledges && this.input.limitationMayHaveExpired) {
      this.warned.add('limitation-may-have-expired');
      if (this.input.limitationChoice !== 'proceed') this.missing.add('limitationChoice');
    }
    return {
      document: { title, blocks: this.blocks, templateId: template.id, templateVersion: template.version },
      missingFields: [...this.missing],
      warnings: [...this.warned],
    };
  }
}
