/**
 * The sentences an answer to the court (答辩状, 支付令异议书) takes from the claim check. They
 * speak of what the lender claims (原告主张 / 申请人主张), never of what the person owes, so
 * nothing in them admits an amount (民诉法解释 Art.92: an admission in an answer binds). The
 * 24% line is asked for as the court's reference, not cited as law: 法发〔2017〕22号 is a policy
 * document that courts apply by reference.
 */
import { letterDate, yuanFigures } from '../letters/letter-format';
import type { Fen, IsoDate } from '../types';
import type { ClaimCheck, ClaimFinding } from './claim-check';

const money = (n: number | string) => yuanFigures(Number(n) as Fen);

function percent(bp: number): string {
  return `${(bp / 100).toFixed(2)}%`;
}

/** `party` is 原告 in a lawsuit, 申请人 for a 支付令. */
export function claimAnswerSentences(check: ClaimCheck, party: '原告' | '申请人'): string[] {
  const out: string[] = [];
  const of = (code: ClaimFinding['code']) => check.findings.filter((f) => f.code === code);
  const above = of('above-benchmark')[0];
  if (above) {
    const v = above.values;
    out.push(
      `${party}主张的利息、违约金及各项费用合计${money(v.charges)}，以${party}主张的本金${money(v.base)}、逾期${v.days}日计算，折合年利率约${percent(Number(v.rateBp))}，超过年利率24%的部分为${money(v.excess)}。请求人民法院依照《最高人民法院关于审理银行卡民事纠纷案件若干问题的规定》第二条，参照年利率24%的标准对超出部分予以调减。`,
    );
  }
  for (const f of of('late-fee-abolished'))
    out.push(
      `${party}主张的滞纳金中，2017年1月1日以后计收的${money(f.values.amount)}没有依据：《中国人民银行关于信用卡业务有关事项的通知》（银发〔2016〕111号）自该日起取消了信用卡滞纳金。`,
    );
  for (const f of of('over-limit-fee-abolished'))
    out.push(
      `${party}主张的超限费${money(f.values.amount)}没有依据：银发〔2016〕111号规定，发卡机构向持卡人提供超过授信额度用卡服务的，不得收取超限费。`,
    );
  if (of('interest-on-charges-abolished').length > 0)
    out.push(`${party}对违约金和各项费用计收利息，不符合银发〔2016〕111号“不得计收利息”的规定，请求不予支持。`);
  const principalFirst = of('payment-principal-first');
  if (principalFirst.length > 0)
    out.push(
      `本人于${principalFirst.map((f) => letterDate(f.values.date as IsoDate)).join('、')}的还款，发生在逾期91天以上时，依照《商业银行信用卡业务监督管理办法》第五十七条应当先冲还本金。请求${party}提交还款冲抵明细。`,
    );
  const ledger = of('principal-above-ledger')[0];
  if (ledger)
    out.push(
      `${party}主张的本金${money(ledger.values.claimed)}与本人记录不一致，请求${party}提交交易明细和对账单予以核实。`,
    );
  return out;
}
