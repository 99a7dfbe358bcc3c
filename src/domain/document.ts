/**
 * A printable document (letter, complaint packet) as plain data. Letter templates and the
 * complaint builder produce a `PrintableDocument`; one shared React renderer lays it out on
 * A4 (src/components/print/). Text is always text: nothing here is ever rendered as HTML.
 */
export type DocumentBlock =
  /** Recipient line at the top, e.g. 招商银行信用卡中心: */
  | { kind: 'addressee'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  /** Numbered or bulleted list */
  | { kind: 'list'; ordered: boolean; items: string[] }
  /** Label / value rows, e.g. an amounts table or an evidence list */
  | { kind: 'table'; columns: string[]; rows: string[][] }
  /**
   * Signature and date lines; never split across pages. `closing` (e.g. 此致 / 敬礼！) is
   * printed just above and kept on the same page as the signature.
   */
  | { kind: 'signature'; closing?: string[]; lines: { label: string; value: string }[] }
  /** Force the next block onto a new page (e.g. an enclosure) */
  | { kind: 'page-break' };

export interface PrintableDocument {
  /** Centered title, e.g. 个性化分期还款申请书 */
  title: string;
  blocks: DocumentBlock[];
  /** Template id and version that produced it, so a saved letter can be reproduced. */
  templateId: string;
  templateVersion: number;
}
