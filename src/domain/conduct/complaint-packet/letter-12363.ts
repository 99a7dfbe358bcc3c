/** Part 5: the letter to the central bank (12363), only when the person says a credit record is wrong. */
import { doc, signature } from './document-parts';
import type { PacketContext } from './packet-context';
import type { ComplaintPacketInput, PacketPart } from './packet-types';

export function creditRecordLetterPart(input: ComplaintPacketInput, ctx: PacketContext): PacketPart | undefined {
  if (input.creditRecordIssue.trim() === '') return undefined;
  const { creditor, card } = ctx;
  return {
    kind: 'letter-12363',
    document: doc(
      '征信异议投诉书',
      [
        { kind: 'addressee', text: '中国人民银行所在地分支机构（12363 金融消费权益保护咨询投诉电话）：' },
        {
          kind: 'paragraph',
          text: `本人认为${creditor}${card}报送的个人信用信息有误，具体情况如下：${input.creditRecordIssue.trim()}`,
        },
        {
          kind: 'paragraph',
          text: `本人已于____年__月__日向${creditor}或征信中心提出异议。依照《征信业管理条例》第二十五条，异议应当自收到之日起 20 日内核查处理并书面答复。`,
        },
        { kind: 'heading', text: '请求' },
        { kind: 'list', ordered: true, items: ['督促核查并更正有误的信用信息。', '将处理情况告知本人。'] },
        signature(input),
      ],
      'complaint-letter-12363',
    ),
  };
}
