/**
 * 协商还款请求函, version 1: the letter for a loan from a consumer-finance company or an online
 * lender (网贷平台、小额贷款公司), in place of the Art. 70 application, which speaks to a bank's
 * credit cards only.
 *
 * No rule obliges these lenders to agree to a new repayment plan, so the letter claims no legal
 * basis for the request and says plainly that it is a request (本函是协商请求). For a
 * consumer-finance company it cites only what the 2024 《消费金融公司管理办法》 says about
 * collection, word for word: Art. 56 (lawful collection, none from unrelated third parties) and
 * Art. 57 (the borrower is told about the collection agency it works with). It cites nothing for
 * an online lender.
 *
 * Contents as in the card application: who and which loan (借款合同编号或借据号 where recorded);
 * what is owed as the user recorded it, to be checked by both sides (借款本金, 利息, 违约金及其他费用);
 * the hardship in the user's own words; the budget; the proposal; the requests; enclosures;
 * signature; the budget page.
 */
import { assertNever } from '../../../lib/assert-never';
import type { Fen } from '../../types';
import { letterDate } from '../letter-format';
import type { LetterInput } from '../letter-input';
import { LetterWriter, type LetterBuild, type LetterTemplate } from '../template';
import { contactTextV1, enclosuresV1, proposalItemsV1, senderParagraphV1, signatureV1 } from './common';
import {
  budgetPageV2,
  creditorTypeOf,
  lenderByTypeV1,
  loanNumberSuffixV1,
  ownWords,
  SPENDING_EXCLUDES_V1,
} from './per-creditor';

const TITLE = '协商还款请求函';

/** Art. 56 of the 2024 consumer-finance measures, as the full text has it. */
export const CONSUMER_FINANCE_ART56 =
  '消费金融公司应当建立逾期贷款催收管理制度，依法依规督促借款人清偿债务。不得采用暴力、威胁、恐吓、骚扰等不正当手段进行催收，不得对与债务无关的第三人进行催收。';
/** The sentence of Art. 57 that speaks to the borrower. */
export const CONSUMER_FINANCE_ART57_NOTICE = '消费金融公司应当通过适当方式告知借款人合作催收机构的相关信息。';

function build(input: LetterInput): LetterBuild {
  const w = new LetterWriter(input);
  const consumerFinance = creditorTypeOf(input) === 'consumer-finance';
  const recipient = w.text(input.recipient, 'recipient', '收件单位');
  w.push({ kind: 'addressee', text: `${recipient}：` });
  senderParagraphV1(w, '请求人');

  const lender = lenderByTypeV1(w);
  w.paragraph(
    `本人在${lender}有一笔借款${loanNumberSuffixV1(input)}。因经济困难，本人目前无法按原约定还款，现向贵公司提出协商还款的请求。`,
  );
  w.paragraph(
    '本函是协商请求：本人不主张贵公司负有同意的义务，恳请贵公司考虑本人的实际情况，与本人协商一个本人能够履行的还款方案。',
  );

  w.heading('一、欠款情况');
  const debt = input.debt;
  if (debt === null) {
    w.paragraph('【待填写：欠款金额】');
  } else {
    w.paragraph(`据本人记录，截至${letterDate(debt.recordedOn)}，该笔借款欠款如下（具体金额以双方核对为准）：`);
    const total = (debt.principal + debt.interest + debt.fees) as Fen;
    w.push({
      kind: 'table',
      columns: ['项目', '金额'],
      rows: [
        ['借款本金', w.money(debt.principal)],
        ['利息', w.money(debt.interest)],
        ['违约金及其他费用', w.money(debt.fees)],
        ['合计', w.money(total)],
      ],
    });
  }

  w.heading('二、困难情况');
  for (const p of ownWords(w.text(input.hardshipFacts, 'hardshipFacts', '困难情况（用你自己的话写）'))) w.paragraph(p);
  w.paragraph('本人仍有还款意愿，希望在自己的能力范围内，按下述方案逐月还款，直至还清。');

  w.heading('三、收支情况');
  const budget = input.budget;
  const plan = input.plan;
  if (budget === null) {
    w.markMissing('budget');
    w.paragraph('【待填写：收支情况】');
  } else {
    const income = w.money(budget.incomeMonthly);
    const spending = w.money(budget.spendingMonthly);
    if (budget.surplusMonthly >= 0) {
      w.paragraph(
        `本人目前每月收入合计${income}，每月必要生活支出合计${spending}${SPENDING_EXCLUDES_V1}，每月可用于还款的金额为${w.money(budget.surplusMonthly as Fen)}。明细见附件《收支表》。`,
      );
    } else {
      w.warn('budget-shortfall');
      w.paragraph(
        `本人目前每月收入合计${income}，每月必要生活支出合计${spending}${SPENDING_EXCLUDES_V1}，收支相抵每月不足${w.money(-budget.surplusMonthly as Fen)}。明细见附件《收支表》。`,
      );
    }
    if (plan !== null && plan.creditorCount > 1) {
      const how = plan.split === 'pro-rata' ? '按各笔欠款金额的比例分配' : '在各笔欠款之间分配';
      w.paragraph(
        `本人共有${plan.creditorCount}笔欠款，合计${w.money(plan.totalOwedAll)}。每月用于还款的${w.money(plan.offerAll)}${how}，其中向贵公司每月还款${w.money(plan.monthly)}。`,
      );
    }
    if (plan !== null && plan.monthly > Math.max(0, budget.surplusMonthly)) w.warn('offer-above-surplus');
  }

  w.heading('四、还款方案');
  w.push({ kind: 'list', ordered: true, items: proposalItemsV1(w, false) });
  if (plan !== null) {
    switch (plan.basis) {
      case 'principal':
        w.paragraph(
          '以上方案以借款本金为还款基数。恳请贵公司减免已产生的利息、违约金及其他费用，并在本人按方案还款期间停止计收利息、违约金及其他费用。',
        );
        break;
      case 'total':
        w.paragraph('以上方案以目前欠款合计为还款基数。恳请贵公司在本人按方案还款期间停止计收利息、违约金及其他费用。');
        break;
      default:
        assertNever(plan.basis, 'unknown plan basis');
    }
  }

  w.heading('五、请求事项');
  const requests = [
    '请贵公司考虑本人的请求，与本人协商还款事宜，并书面答复本函。',
    '如贵公司同意，请与本人签订书面还款协议，载明欠款金额、每期还款金额和日期、还款期间是否计收利息和费用，以及双方的权利义务。',
  ];
  if (consumerFinance) {
    requests.push(
      `《消费金融公司管理办法》第五十六条规定：“${CONSUMER_FINANCE_ART56}”第五十七条规定：“${CONSUMER_FINANCE_ART57_NOTICE}”请贵公司及贵公司合作的催收机构依照上述规定与本人联系；如贵公司已将本人的借款委托催收机构催收，请告知该机构的名称和联系方式。`,
    );
  }
  requests.push(`请通过以下方式与本人联系：${contactTextV1(w)}。`);
  w.push({ kind: 'list', ordered: true, items: requests });
  w.paragraph('以上所述均为本人真实情况，本人愿意按贵公司要求提供相关证明材料。');

  enclosuresV1(w, ['id-copy', 'hardship-proof', 'bank-statements', 'budget', 'credit-report']);
  signatureV1(w, '请求人');
  if (input.enclosures.includes('budget')) budgetPageV2(w);
  return w.finish(loanNegotiationV1, TITLE);
}

export const loanNegotiationV1: LetterTemplate = {
  id: 'loan-negotiation',
  version: 1,
  acknowledgesDebt: true,
  // Cited in the consumer-finance letter only; the online lender's letter cites nothing.
  sourceIds: ['consumer-finance-measures-2024-art56', 'consumer-finance-measures-2024-art57'],
  creditorTypes: ['consumer-finance', 'online-lender'],
  build,
};
