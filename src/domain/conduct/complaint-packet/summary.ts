/** Part 1: the dated summary of what the person logged, finding by finding. */
import { doc } from './document-parts';
import { findingBlocks } from './fact-lines';
import type { PacketContext } from './packet-context';
import type { ComplaintPacketInput, PacketPart } from './packet-types';
import { formatZhDate } from './wording-zh';

export function summaryPart(input: ComplaintPacketInput, ctx: PacketContext): PacketPart {
  const { byId, numbers, creditor, card, period } = ctx;
  return {
    kind: 'summary',
    document: doc(
      '催收情况摘要',
      [
        {
          kind: 'paragraph',
          text: `本摘要由本人根据自己的催收记录整理，涉及${creditor}${card}的催收，记录时间为${period || '____'}，制作日期为${formatZhDate(input.today)}。以下只列出本人记录的事实。`,
        },
        ...input.findings.flatMap((f) => findingBlocks(f, byId, numbers, creditor, input.findSource)),
      ],
      'complaint-summary',
    ),
  };
}
