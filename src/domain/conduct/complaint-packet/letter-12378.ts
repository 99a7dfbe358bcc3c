/** Part 4: the letter to the financial regulator (12378), for when the creditor does not answer or fix it. */
import { doc, signature } from './document-parts';
import { findingBlocks } from './fact-lines';
import type { PacketContext } from './packet-context';
import type { ComplaintPacketInput, PacketPart } from './packet-types';

export function regulatorLetterPart(input: ComplaintPacketInput, ctx: PacketContext): PacketPart {
  const { byId, numbers, creditor } = ctx;
  return {
    kind: 'letter-12378',
    document: doc(
      '投诉书',
      [
        { kind: 'addressee', text: '国家金融监督管理总局（12378 消费者投诉热线）或所在地金融监管部门：' },
        {
          kind: 'paragraph',
          text: `本人于____年__月__日向${creditor}投诉其催收行为（投诉方式：________）。截至____年__月__日，${creditor}（请在相应项打√）□ 未在规定期限内作出处理决定（事实清楚、争议简单的为 15 日，情况复杂的可延长至 30 日，特别复杂并告知本人的可再延长 30 日）□ 作出的处理决定未解决问题。现向贵局反映。`,
        },
        { kind: 'heading', text: '一、事实' },
        ...input.findings.flatMap((f) => findingBlocks(f, byId, numbers, creditor, input.findSource)),
        { kind: 'heading', text: '二、请求' },
        {
          kind: 'list',
          ordered: true,
          items: [
            `督促${creditor}核查上述催收行为并依规处理。`,
            `督促${creditor}停止上述不当催收方式，并告知本人受托催收机构的情况。`,
            '将处理情况告知本人。',
          ],
        },
        { kind: 'paragraph', text: '随信附催收情况摘要、证据清单和向该机构投诉的记录。以上事实均为本人如实记录。' },
        signature(input),
      ],
      'complaint-letter-12378',
    ),
  };
}
