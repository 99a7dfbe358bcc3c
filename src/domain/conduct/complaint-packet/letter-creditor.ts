/**
 * Part 3: the letter to the creditor's own complaint channel, which must answer within 15 days
 * (投诉处理办法 Art.18), with what the creditor is asked to do.
 */
import type { ContactEntry } from '../contact';
import type { ConductFinding, ConductRuleId } from '../rule-types';
import { doc, signature } from './document-parts';
import { findingBlocks } from './fact-lines';
import type { PacketContext } from './packet-context';
import type { ComplaintPacketInput, PacketPart } from './packet-types';

/** What the creditor is asked to do, from the selected findings. */
function creditorRequests(
  findings: readonly ConductFinding[],
  entries: readonly ContactEntry[],
  you: string,
  bank: boolean,
): string[] {
  const ids = new Set(findings.map((f) => f.ruleId));
  const any = (...r: ConductRuleId[]) => r.some((id) => ids.has(id));
  const requests: string[] = [];
  if (
    any(
      'third-party-collection',
      'third-party-disclosure',
      'third-party-contact-while-reachable',
      'contact-after-refusal',
      'public-notice',
    )
  ) {
    requests.push('立即停止联系本人的家人、同事、朋友等第三人，不再向任何人透露本人的债务信息。');
  }
  if (any('night-contact')) requests.push('不在每日 22:00 至次日 8:00 之间联系本人。');
  if (any('unanswered-attempts-per-day', 'connected-calls-per-day', 'harassment'))
    requests.push('合理控制联系频次，停止反复拨打。');
  if (
    any('outsourcing-not-notified', 'no-identification', 'private-phone-or-social-app') ||
    entries.some((e) => e.agency.trim() !== '')
  ) {
    requests.push(`书面告知受托催收机构的名称、联系方式和委托期限，并确认其是否为${you}委托。`);
  }
  if (any('collection-during-agreement')) requests.push('按照已签订的个性化分期还款协议，停止对本人的催收。');
  if (any('personal-account-demand', 'extra-fees')) {
    requests.push(`书面确认本人只需通过${you}官方渠道还款，且不存在上述额外费用。`);
  }
  if (
    any(
      'threat',
      'insult',
      'violence',
      'harassment',
      'impersonating-authority',
      'fake-legal-document',
      'home-visit-rules',
      'home-intrusion',
      'induce-new-borrowing',
      'exaggerated-consequences',
    )
  ) {
    requests.push('核查上述催收人员的行为，依规处理，并告知本人核查结果。');
  }
  requests.push(
    bank
      ? '依照《银行业保险业消费投诉处理管理办法》第十八条，自收到本投诉之日起 15 日内作出处理决定并告知本人（情况复杂的可延长至 30 日）。'
      : '自收到本投诉之日起 15 日内书面答复处理结果。',
  );
  return requests;
}

export function creditorLetterPart(input: ComplaintPacketInput, ctx: PacketContext): PacketPart {
  const { numbered, byId, numbers, you, bank, creditor, card, period } = ctx;
  const requests = creditorRequests(
    input.findings,
    numbered.map((x) => x.entry),
    you,
    bank,
  );
  // 就2026年3月3日至3月5日期间 for a span, 就2026年3月3日 for one day.
  const when = period === '' ? '' : period.includes('至') ? `${period}期间` : period;
  return {
    kind: 'letter-creditor',
    document: doc(
      '投诉书',
      [
        { kind: 'addressee', text: `${creditor}客户投诉部门：` },
        {
          kind: 'paragraph',
          text: `您好。本人是${you}客户${card}，就${when}${you}或${you}委托的机构对本人的催收，提出以下投诉。${
            // Willingness to negotiate can read as agreeing to pay (诉讼时效规定 Art.19): the
            // packet page leaves it out when the limitation period may have expired.
            input.offerToNegotiate === false ? '' : `本人愿意就欠款与${you}协商解决，但`
          }以下催收方式给本人和家人造成了困扰。`,
        },
        { kind: 'heading', text: '一、事实' },
        ...input.findings.flatMap((f) => findingBlocks(f, byId, numbers, you, input.findSource)),
        { kind: 'heading', text: '二、请求' },
        { kind: 'list', ordered: true, items: requests },
        {
          kind: 'paragraph',
          text: `随信附催收情况摘要和证据清单。以上事实均为本人如实记录。如${you}未在期限内答复或处理结果不能解决问题，本人将向金融监管部门反映。`,
        },
        signature(input),
      ],
      'complaint-letter-creditor',
    ),
  };
}
