/**
 * The shapes of the complaint packet (投诉材料) and of what it is built from. The parts and their
 * escalation order are described in build-complaint-packet.ts.
 */
import type { PrintableDocument } from '../../document';
import type { LegalSource } from '../../legal/source-types';
import type { IsoDate } from '../../types';
import type { AttachmentMeta } from '../attachment';
import type { ContactEntry, CreditorType } from '../contact';
import type { ConductFinding } from '../rule-types';

export const COMPLAINT_TEMPLATE_VERSION = 1;

export type PacketPartKind =
  'summary' | 'evidence' | 'letter-creditor' | 'letter-12378' | 'letter-12363' | 'letter-110';

export interface PacketPart {
  kind: PacketPartKind;
  document: PrintableDocument;
}

export interface ComplaintPacket {
  parts: PacketPart[];
}

export interface ComplaintPacketInput {
  /** The day the packet is made (shown on every document). */
  today: IsoDate;
  /** Name of the creditor as the person knows it, e.g. 某某银行信用卡中心. */
  creditorName: string;
  /** Banks are addressed as 贵行 and held to the complaint-handling measures; others as 贵公司. */
  creditorType: CreditorType;
  /** Card last 4 digits, '' when not given; always '' for a loan (the packet page passes a card's only). */
  cardLast4: string;
  /**
   * A loan's 借款合同编号或借据号, '' or absent when not given or not a loan. Named instead of card
   * digits wherever the packet names the debt.
   */
  loanNumber?: string;
  /** The person's name and phone; '' leaves a blank line to fill in by hand. */
  complainantName: string;
  complainantPhone: string;
  /** The findings the person selected (already limited to this creditor). */
  findings: readonly ConductFinding[];
  /** The log entries those findings refer to (others are ignored). */
  entries: readonly ContactEntry[];
  attachments: readonly AttachmentMeta[];
  /** A wrong credit record to raise with 12363, in the person's words; '' for none. */
  creditRecordIssue: string;
  findSource: (id: string) => LegalSource | undefined;
  /**
   * Whether the letter to the creditor says 本人愿意就欠款与贵行协商解决 (default yes). The
   * packet page turns it off when the limitation period may have expired, because agreeing to
   * pay after it has run loses the limitation defence (诉讼时效规定 Art.19).
   */
  offerToNegotiate?: boolean;
}
