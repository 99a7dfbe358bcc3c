/**
 * The complaint packet (投诉材料): from the findings the person selected, a dated summary, an
 * evidence list with attachment hashes, and letters in escalation order:
 *   1. the creditor's own complaint channel (must answer within 15 days, 投诉处理办法 Art.18);
 *   2. 12378 / the financial regulator, if the creditor does not answer or does not fix it;
 *   3. 12363 / the central bank, only when the person says a credit record is wrong;
 *   4. 110 / the police, only for threats, violence, harassment, impersonation, forged
 *      documents or entering a home.
 *
 * Everything stated is what the person logged, nothing more (投诉处理办法 Art.16: complaints
 * must be truthful). Wording is "可能不符合" (may not comply), never a verdict; a basis marked
 * advisory is described as a benchmark (不宜), and GB/T and association texts by their force.
 * Letters are Chinese domain content (formal 您 / 贵行), not UI strings.
 *
 * This file assembles the parts; each part has its own builder beside it.
 */
import type { DocumentBlock, PrintableDocument } from '../../document';
import { evidencePart } from './evidence-list';
import { creditRecordLetterPart } from './letter-12363';
import { regulatorLetterPart } from './letter-12378';
import { policeLetterPart } from './letter-110';
import { creditorLetterPart } from './letter-creditor';
import { packetContext } from './packet-context';
import {
  COMPLAINT_TEMPLATE_VERSION,
  type ComplaintPacket,
  type ComplaintPacketInput,
  type PacketPart,
} from './packet-types';
import { summaryPart } from './summary';

export function buildComplaintPacket(input: ComplaintPacketInput): ComplaintPacket {
  const ctx = packetContext(input);
  const parts: PacketPart[] = [
    summaryPart(input, ctx),
    evidencePart(input, ctx),
    creditorLetterPart(input, ctx),
    regulatorLetterPart(input, ctx),
  ];
  const creditRecord = creditRecordLetterPart(input, ctx);
  if (creditRecord) parts.push(creditRecord);
  const police = policeLetterPart(input, ctx);
  if (police) parts.push(police);
  return { parts };
}

/** Every part as one document, each part on its own page, for printing all at once. */
export function combinePacket(packet: ComplaintPacket): PrintableDocument {
  const blocks: DocumentBlock[] = [];
  packet.parts.forEach((part, i) => {
    if (i > 0) blocks.push({ kind: 'page-break' });
    blocks.push({ kind: 'heading', text: part.document.title }, ...part.document.blocks);
  });
  return { title: '催收投诉材料', blocks, templateId: 'complaint-packet', templateVersion: COMPLAINT_TEMPLATE_VERSION };
}
