/**
 * Part 6: the statement for the police (110), only for threats, violence, harassment,
 * impersonation, forged documents or entering a home, and only for findings a law covers.
 */
import type { ConductRuleId } from '../rule-types';
import { doc } from './document-parts';
import { findingBlocks } from './fact-lines';
import type { PacketContext } from './packet-context';
import type { ComplaintPacketInput, PacketPart } from './packet-types';
import { blank, formatZhDate } from './wording-zh';

/** Rules that go to the police (110) rather than only to the creditor and regulator. */
const POLICE_RULES: readonly ConductRuleId[] = [
  'threat',
  'violence',
  'harassment',
  'impersonating-authority',
  'fake-legal-document',
  'home-intrusion',
];

export function policeLetterPart(input: ComplaintPacketInput, ctx: PacketContext): PacketPart | undefined {
  const { byId, numbers, creditor } = ctx;
  const police = input.findings.filter(
    (f) => POLICE_RULES.includes(f.ruleId) && f.bases.some((b) => b.force === 'law'),
  );
  if (police.length === 0) return undefined;
  return {
    kind: 'letter-110',
    document: doc(
      '报警情况说明',
      [
        { kind: 'addressee', text: '____公安局____派出所：' },
        {
          kind: 'paragraph',
          text: `本人因欠款被${creditor}或其委托的催收人员催收。催收过程中发生了以下情况，本人如实说明如下。`,
        },
        ...police.flatMap((f) => findingBlocks(f, byId, numbers, creditor, input.findSource, 'law')),
        { kind: 'heading', text: '请求' },
        {
          kind: 'list',
          ordered: true,
          items: [
            '依法调查处理上述行为。',
            ...(police.some(
              (f) => f.ruleId === 'harassment' && f.bases.some((b) => b.sourceIds.includes('psl-2025-art50-5')),
            )
              ? ['如查证属实，依照《中华人民共和国治安管理处罚法》第五十条第二款，责令其在一定期限内禁止接触本人。']
              : []),
          ],
        },
        { kind: 'paragraph', text: '随附证据清单。以上情况属实。' },
        {
          kind: 'signature',
          lines: [
            { label: '报警人（签名）：', value: blank(input.complainantName) },
            { label: '联系电话：', value: blank(input.complainantPhone) },
            { label: '日期：', value: formatZhDate(input.today) },
          ],
        },
      ],
      'complaint-letter-110',
    ),
  };
}
