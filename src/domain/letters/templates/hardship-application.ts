/**
 * 个性化分期还款申请书 (Art. 70 of the 2011 card measures), version 1.
 *
 * Contents, in the order a bank officer reads them: who and which card; what is owed (as
 * the user recorded it; version 1 "以贵行账单为准", version 2 "以双方核对为准"); the hardship in the user's own words and the
 * willingness to repay; the budget summary; the exact proposal (amount in figures and 大写,
 * periods, first due date, total; stopping interest, fees and 违约金 while the plan is kept);
 * the requests (a written agreement with the six items Art. 70 lists, collection stopped once
 * it is signed, one contact channel) and the user's own undertaking under item (四); the
 * enclosures; signature and date. The budget follows on its own page as an enclosure.
 *
 * Art. 70 says the bank 可以 (may) agree: the letter asks, it never claims a right.
 */
import { assertNever } from '../../../lib/assert-never';
import type { Fen } from '../../types';
import { letterDate } from '../letter-format';
import type { LetterInput } from '../letter-input';
import { LetterWriter, type LetterBuild, type LetterTemplate } from '../template';
import {
  budgetPageV1,
  cardSuffixV1,
  contactTextV1,
  enclosuresV1,
  lenderV1,
  proposalItemsV1,
  senderParagraphV1,
  signatureV1,
} from './common';

/** The six items Art. 70 para. 2 says the agreement shall at least contain (text [B]). */
export const ART70_SIX_ITEMS = [
  '欠款余额、结构、币种；',
  '还款周期、方式、币种、日期和每期还款金额；',
  '还款期间是否计收年费、利息和其他费用；',
  '持卡人在个性化分期还款协议相关款项未全部结清前，不得向任何银行申领信用卡的承诺；',
  '双方的权利义务和违约责任；',
  '与还款有关的其他事项。',
] as const;

const ITEM_NUMBERS = ['（一）', '（二）', '（三）', '（四）', '（五）', '（六）'] as const;

const TITLE = '个性化分期还款申请书';

/** What changes between versions: how the amounts are qualified, and the version itself. */
interface Variant {
  template: LetterTemplate;
  /** After "该卡欠款如下": version 1 "（具体以贵行账单为准）"; version 2 "（具体金额以双方核对为准）". */
  amountsNote: string;
}

function build(input: LetterInput, variant: Variant): LetterBuild {
  const w = new LetterWriter(input);
  const recipient = w.text(input.recipient, 'recipient', '收件单位');
  w.push({ kind: 'addressee', text: `${recipient}：` });
  senderParagraphV1(w, '申请人');

  const lender = lenderV1(w);
  w.paragraph(
    `本人持有${lender}信用卡${cardSuffixV1(input)}。因经济困难，本人目前无法按原约定还款。现依据《商业银行信用卡业务监督管理办法》第七十条，向贵行申请个性化分期还款。`,
  );

  w.heading('一、欠款情况');
  const debt = input.debt;
  if (debt === null) {
    w.paragraph('【待填写：欠款金额】');
  } else {
    w.paragraph(`据本人记录，截至${letterDate(debt.recordedOn)}，该卡欠款如下${variant.amountsNote}：`);
    const total = (debt.principal + debt.interest + debt.fees) as Fen;
    w.push({
      kind: 'table',
      columns: ['项目', '金额'],
      rows: [
        ['透支本金', w.money(debt.principal)],
        ['利息', w.money(debt.interest)],
        ['违约金及其他费用', w.money(debt.fees)],
        ['合计', w.money(total)],
      ],
    });
  }

  w.heading('二、困难情况');
  const facts = w.text(input.hardshipFacts, 'hardshipFacts', '困难情况（用你自己的话写）');
  for (const p of facts
    .split(/\r\n|\r|\n/)
    .map((s) => s.trim())
    .filter((s) => s !== ''))
    w.paragraph(p);
  w.paragraph('本人仍有还款意愿，希望在自己的能力范围内，按下述方案逐月还款，直至还清。');

  w.heading('三、收支情况');
  const budget = input.budget;
  if (budget === null) {
    w.markMissing('budget');
    w.paragraph('【待填写：收支情况】');
  } else {
    const income = w.money(budget.incomeMonthly);
    const spending = w.money(budget.spendingMonthly);
    if (budget.surplusMonthly >= 0) {
      w.paragraph(
        `本人目前每月收入合计${income}，每月必要生活支出合计${spending}（不含偿还信用卡和各类贷款的款项），每月可用于还款的金额为${w.money(budget.surplusMonthly as Fen)}。明细见附件《收支表》。`,
      );
    } else {
      w.warn('budget-shortfall');
      w.paragraph(
        `本人目前每月收入合计${income}，每月必要生活支出合计${spending}（不含偿还信用卡和各类贷款的款项），收支相抵每月不足${w.money(-budget.surplusMonthly as Fen)}。明细见附件《收支表》。`,
      );
    }
    const plan = input.plan;
    if (plan !== null && plan.creditorCount > 1) {
      const how = plan.split === 'pro-rata' ? '按各笔欠款金额的比例分配' : '在各笔欠款之间分配';
      w.paragraph(
        `本人共有${plan.creditorCount}笔欠款，合计${w.money(plan.totalOwedAll)}。每月用于还款的${w.money(plan.offerAll)}${how}，其中向贵行每月还款${w.money(plan.monthly)}。`,
      );
    }
    if (plan !== null && plan.monthly > Math.max(0, budget.surplusMonthly)) w.warn('offer-above-surplus');
  }

  w.heading('四、还款方案');
  w.push({ kind: 'list', ordered: true, items: proposalItemsV1(w) });
  const plan = input.plan;
  if (plan !== null) {
    switch (plan.basis) {
      case 'principal':
        w.paragraph(
          `以上方案以透支本金为还款基数。恳请贵行减免已产生的利息、违约金及其他费用，并在本人按方案还款期间停止计收利息、年费、违约金及其他费用。`,
        );
        break;
      case 'total':
        w.paragraph(
          `以上方案以目前欠款合计为还款基数。恳请贵行在本人按方案还款期间停止计收利息、年费、违约金及其他费用。`,
        );
        break;
      default:
        assertNever(plan.basis, 'unknown plan basis');
    }
  }

  w.heading('五、请求事项');
  w.paragraph('1. 请贵行依据上述规定，与本人平等协商个性化分期还款事宜，并书面答复本申请。');
  w.paragraph('2. 如贵行同意，请与本人签订书面的个性化分期还款协议，并在协议中载明该条规定的以下内容：');
  ART70_SIX_ITEMS.forEach((item, i) => w.paragraph(`${ITEM_NUMBERS[i]}${item}`));
  w.paragraph('3. 协议签署后，请贵行及贵行委托的催收机构依照该条规定停止对本人的催收。');
  w.paragraph(`4. 请通过以下方式与本人联系：${contactTextV1(w)}。`);
  w.paragraph('本人知悉：协议相关款项全部结清前，本人不向任何银行申领信用卡。');
  w.paragraph('以上所述均为本人真实情况，本人愿意按贵行要求提供相关证明材料。');

  enclosuresV1(w, ['id-copy', 'hardship-proof', 'bank-statements', 'budget', 'credit-report']);
  signatureV1(w, '申请人');
  if (input.enclosures.includes('budget')) budgetPageV1(w);
  return w.finish(variant.template, TITLE);
}

const SOURCES = [
  'card-measures-2011-art70',
  'card-measures-2011-art70-six-items',
  'card-measures-2011-art70-stop-collection',
] as const;

/** Art. 70 speaks to a bank's credit cards: the overdraft and the card's own instalment and cash products. */
const CARD_TYPES = ['card-overdraft', 'card-instalment-or-cash-loan'] as const;

export const hardshipApplicationV1: LetterTemplate = {
  id: 'hardship-application',
  version: 1,
  acknowledgesDebt: true,
  sourceIds: SOURCES,
  creditorTypes: CARD_TYPES,
  build: (input) => build(input, { template: hardshipApplicationV1, amountsNote: '（具体以贵行账单为准）' }),
};

/**
 * Version 2: "（具体以贵行账单为准）" conceded whatever the bank's statement says, disputed charges
 * too; the figures are now to be checked by both sides. Everything else as version 1.
 */
export const hardshipApplicationV2: LetterTemplate = {
  id: 'hardship-application',
  version: 2,
  acknowledgesDebt: true,
  sourceIds: SOURCES,
  creditorTypes: CARD_TYPES,
  build: (input) => build(input, { template: hardshipApplicationV2, amountsNote: '（具体金额以双方核对为准）' }),
};
