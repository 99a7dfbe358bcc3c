/** Pieces every document of the packet is made with. */
import type { DocumentBlock, PrintableDocument } from '../../document';
import { COMPLAINT_TEMPLATE_VERSION, type ComplaintPacketInput } from './packet-types';
import { blank, formatZhDate } from './wording-zh';

export function signature(input: ComplaintPacketInput): DocumentBlock {
  return {
    kind: 'signature',
    lines: [
      { label: '投诉人（签名）：', value: blank(input.complainantName) },
      { label: '联系电话：', value: blank(input.complainantPhone) },
      { label: '日期：', value: formatZhDate(input.today) },
    ],
  };
}

export function doc(title: string, blocks: DocumentBlock[], templateId: string): PrintableDocument {
  return { title, blocks, templateId, templateVersion: COMPLAINT_TEMPLATE_VERSION };
}
