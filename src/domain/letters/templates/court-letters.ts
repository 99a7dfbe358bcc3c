/**
 * Letters for when the lender goes to court, version 1 of each (sources in legal/basis.md):
 * - 'payment-order-objection' 支付令异议书: written, within 15 days of receipt (民诉法 Art.227);
 *   it must contest the debt itself. Inability to pay, time or another way of paying alone does
 *   not stop a 支付令 (解释 Art.436), so such an objection is not built and those grounds are
 *   never printed.
 * - 'civil-answer' 民事答辩状: due 15 days after service (Art.128). An admission in an answer
 *   binds (解释 Art.92), so it speaks only of what the plaintiff claims (原告主张), never of what
 *   the person owes, and prints no amount from the ledger. Asking for instalments acknowledges
 *   the debt; limitation is asked for only where the assessment supports it, and never together
 *   with instalments (诉讼时效规定 Art.19).
 * - 'mediation-proposal' 诉前调解还款方案: mediation is voluntary (Art.125; 特邀调解规定 Art.2);
 *   concessions made to reach agreement cannot be used against the person later (特邀 Art.22).
 * - 'enforcement-settlement' 执行和解申请: after a judgment; a settlement is recorded by the
 *   enforcement officer (Art.241), and not performing it can resume enforcement.
 * - 'dishonest-list-correction' 纠正申请书: 失信名单规定 (2017) Arts.11–12.
 * Each states only what the user entered; the plans come from the user's own budget and plan.
 */
import { CREDITOR_TYPES } from '../../debt';
import { addDays } from '../../dates';
import { readCaseNumber } from '../../court/case-number';
import { PAYMENT_ORDER_OBJECTION_DAYS } from '../../assess/civil';
import {
  DEBT_OBJECTION_GROUNDS,
  emptyLetterCourt,
  emptyPartyDetails,
  type AnswerRequest,
  type LetterCourt,
  type LetterInput,
  type ListingGround,
  type MissingField,
  type ObjectionGround,
} from '../letter-input';
import type { Fen } from '../../types';
import { letterDate, yuanWithCapitals } from '../letter-format';
import { LetterWriter, placeholder, type LetterBuild, type LetterTemplate } from '../template';
import { budgetPageV1, contactTextV1, proposalItemsV1 } from './common';

/** Days from receipt: the 支付令 objection (民诉法 Art.227) and the answer (Art.128), counted as Art.85 counts. */
export const COURT_PAPER_DAYS = { objection: PAYMENT_ORDER_OBJECTION_DAYS, answer: 15 } as const;

function lines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function courtOf(input: LetterInput): LetterCourt {
  return input.court ?? emptyLetterCourt();
}

/** The case number as the reader normalises it; a number it cannot read counts as missing. */
function caseNumberText(w: LetterWriter, c: LetterCourt, required: boolean): string | null {
  const typed = c.caseNumber.trim();
  if (typed === '' && !required) return null;
  const reading = readCaseNumber(typed, w.input.date);
  if (reading.ok) return reading.normalised;
  w.markMissing('court.caseNumber');
  return placeholder('案号（照法院文书上的写）');
}

const causeText = (c: LetterCourt) => (c.cause === 'card' ? '信用卡纠纷' : '金融借款合同纠纷');

/** "答辩人：张三，身份证号码：…，住址：…，联系方式：…。" */
function partyParagraph(w: LetterWriter, role: string): void {
  const { sender } = w.input;
  const parts = [
    `${role}：${w.text(sender.name, 'sender.name', '姓名')}`,
    `身份证号码：${w.text(sender.idNumber, 'sender.idNumber', '身份证号码')}`,
  ];
  if (sender.address.trim() !== '') parts.push(`住址：${sender.address.trim()}`);
  parts.push(`联系方式：${contactTextV1(w)}`);
  w.paragraph(`${parts.join('，')}。`);
}

/**
 * civil-answer@2 on: the particulars 民诉法 Art.128 asks of a defendant, as the user entered
 * them; each missing one is a 【待填写】. "答辩人（被告）：张三，性别：男，出生日期：…，民族：…，
 * 工作单位或职业：…，住所：…，身份证号码：…，联系方式：…。"
 */
function partyParagraphV2(w: LetterWriter, role: string, c: LetterCourt): void {
  const { sender } = w.input;
  const party = c.party ?? emptyPartyDetails();
  const sex = party.sex === null ? null : party.sex === 'male' ? '男' : '女';
  const parts = [
    `${role}：${w.text(sender.name, 'sender.name', '姓名')}`,
    `性别：${sex ?? missing(w, 'court.party.sex', '性别')}`,
    `出生日期：${w.date(party.birthDate, 'court.party.birthDate', '出生日期')}`,
    `民族：${w.text(party.ethnicity, 'court.party.ethnicity', '民族')}`,
    `工作单位或职业：${w.text(party.occupation, 'court.party.occupation', '工作单位或职业')}`,
    `住所：${w.text(sender.address, 'sender.address', '住所（户籍地址或经常居住地）')}`,
    `身份证号码：${w.text(sender.idNumber, 'sender.idNumber', '身份证号码')}`,
    `联系方式：${contactTextV1(w)}`,
  ];
  w.paragraph(`${parts.join('，')}。`);
}

function missing(w: LetterWriter, field: MissingField, label: string): string {
  w.markMissing(field);
  return placeholder(label);
}

function toCourt(w: LetterWriter, c: LetterCourt, role: string): void {
  w.push({
    kind: 'signature',
    closing: ['此致', w.text(c.court, 'court.court', '法院名称')],
    lines: [
      { label: `${role}（签名）：`, value: '' },
      { label: '日期：', value: letterDate(w.input.date) },
    ],
  });
}

function evidenceList(w: LetterWriter, c: LetterCourt): void {
  const items = lines(c.evidence);
  if (items.length === 0) return;
  w.heading('证据清单');
  w.push({ kind: 'table', columns: ['序号', '证据名称'], rows: items.map((e, i) => [String(i + 1), e]) });
}

function objectionGroundText(g: ObjectionGround): string | null {
  switch (g) {
    case 'amount':
      return '异议人对申请人主张的欠款金额有异议，申请人主张的金额与异议人掌握的情况不符。';
    case 'charges':
      return '异议人对申请人主张的利息、违约金及各项费用的计收依据和金额有异议。';
    case 'limitation':
      return '申请人的请求已超过诉讼时效期间，异议人依照《中华人民共和国民法典》第一百九十二条提出不履行义务的抗辩。';
    case 'identity':
      return '异议人对申请人主张的债权债务关系有异议：申请人所称的借款或信用卡账户是否由异议人本人申领、使用，申请人未能证明。';
    case 'cannot-pay':
    case 'more-time':
    case 'other-method':
      return null;
  }
}

function buildObjection(input: LetterInput): LetterBuild {
  const w = new LetterWriter(input);
  const c = courtOf(input);
  partyParagraph(w, '异议人（债务人）');
  w.paragraph(`申请人（债权人）：${w.text(c.opposingParty, 'court.opposingParty', '申请人名称（支付令上写的）')}。`);
  const court = w.text(c.court, 'court.court', '法院名称');
  const number = caseNumberText(w, c, true);
  const served = w.date(c.servedOn, 'court.servedOn', '收到支付令的日期');
  w.paragraph(`异议人于${served}收到${court}${number}支付令，现在法定期间内提出书面异议。`);
  if (c.servedOn !== null && input.date > addDays(c.servedOn, PAYMENT_ORDER_OBJECTION_DAYS))
    w.warn('objection-after-deadline');

  const contested = DEBT_OBJECTION_GROUNDS.filter(
    (g) => c.objectionGrounds.includes(g) && (g !== 'limitation' || input.limitationMayHaveExpired),
  );
  w.heading('异议请求');
  w.paragraph(`请求人民法院裁定终结督促程序，${number}支付令自行失效。`);
  w.heading('事实与理由');
  if (contested.length === 0) {
    w.markMissing('court.objectionGrounds');
    if (c.objectionGrounds.length > 0) w.warn('objection-inability-only');
    w.paragraph(placeholder('你对债务本身有什么异议（金额、费用、时效、是不是你的债）'));
  } else {
    const texts = contested.map(objectionGroundText).filter((t): t is string => t !== null);
    w.push({ kind: 'list', ordered: true, items: texts });
  }
  for (const s of c.claimSentences) w.paragraph(s);
  for (const p of lines(c.reasons)) w.paragraph(p);
  if (c.claimSentences.length === 0 && lines(c.reasons).length === 0) {
    w.markMissing('court.reasons');
    w.paragraph(placeholder('事实与理由（用你自己的话写）'));
  }
  w.paragraph('以上异议针对债务本身提出，不构成异议人对申请人主张的任何事实和金额的承认。');
  toCourt(w, c, '异议人');
  evidenceList(w, c);
  return w.finish(paymentOrderObjectionV1, '支付令异议书');
}

function answerRequestText(r: AnswerRequest, input: LetterInput): string {
  switch (r) {
    case 'reduce-charges':
      return '请求人民法院对原告主张的利息、违约金及各项费用依法审查，对没有合同依据或者没有向答辩人提示说明的收费不予支持，对超过年利率24%的部分予以调减。';
    case 'limitation':
      return '原告的诉讼请求已超过诉讼时效期间，答辩人依照《中华人民共和国民法典》第一百九十二条提出不履行义务的抗辩，请求驳回原告的诉讼请求。';
    case 'instalments': {
      const plan = input.plan;
      const how =
        plan === null ? '根据实际收入分期履行' : `根据实际收入按月分期履行，每月${yuanWithCapitals(plan.monthly)}`;
      return `如人民法院认定答辩人应当承担还款责任，请求准许答辩人${how}。`;
    }
  }
}

function buildAnswerWith(input: LetterInput, version: 1 | 2): LetterBuild {
  const w = new LetterWriter(input);
  const c = courtOf(input);
  if (version === 1) partyParagraph(w, '答辩人（被告）');
  else partyParagraphV2(w, '答辩人（被告）', c);
  w.paragraph(`被答辩人（原告）：${w.text(c.opposingParty, 'court.opposingParty', '原告名称（起诉状上写的）')}。`);
  const court = w.text(c.court, 'court.court', '法院名称');
  const number = caseNumberText(w, c, true);
  w.paragraph(`答辩人因原告诉答辩人${causeText(c)}一案（${court}，案号：${number}），提出答辩如下：`);

  const asked = c.answerRequests.filter((r) => r !== 'limitation' || input.limitationMayHaveExpired);
  if (asked.includes('limitation') && asked.includes('instalments')) {
    w.warn('limitation-with-instalments');
    w.markMissing('court.answerRequests');
  }
  w.heading('答辩请求');
  if (asked.length === 0) {
    w.markMissing('court.answerRequests');
    w.paragraph(placeholder('答辩请求'));
  } else {
    w.push({ kind: 'list', ordered: true, items: asked.map((r) => answerRequestText(r, input)) });
  }
  w.heading('事实与理由');
  for (const s of c.claimSentences) w.paragraph(s);
  for (const p of lines(c.reasons)) w.paragraph(p);
  if (c.claimSentences.length === 0 && lines(c.reasons).length === 0) {
    w.markMissing('court.reasons');
    w.paragraph(placeholder('事实与理由（可用“核对债权人的主张”得出的句子，或用你自己的话写）'));
  }
  w.paragraph('以上答辩意见不构成答辩人对原告主张的任何事实和金额的承认。');
  toCourt(w, c, '答辩人');
  evidenceList(w, c);
  return w.finish(version === 1 ? civilAnswerV1 : civilAnswerV2, '民事答辩状', asked.includes('instalments'));
}

/**
 * Where the plan's amount comes from: the user's own budget, as the Art.70 letter says it, and,
 * with other creditors, how the monthly amount is shared. No amount owed is stated.
 */
function planBasis(w: LetterWriter): void {
  const { budget, plan } = w.input;
  if (budget === null) {
    w.markMissing('budget');
    return;
  }
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
  if (plan === null) return;
  if (plan.creditorCount > 1)
    w.paragraph(
      `本人另有其他欠款，每月用于还款的${w.money(plan.offerAll)}在各笔欠款之间分配，本方案为其中每月${w.money(plan.monthly)}。`,
    );
  if (plan.monthly > Math.max(0, budget.surplusMonthly)) w.warn('offer-above-surplus');
}

function buildMediation(input: LetterInput): LetterBuild {
  const w = new LetterWriter(input);
  const c = courtOf(input);
  w.push({ kind: 'addressee', text: `${w.text(input.recipient, 'recipient', '调解组织或调解员')}：` });
  partyParagraph(w, '当事人');
  const opposing = w.text(c.opposingParty, 'court.opposingParty', '对方当事人（银行或债权人名称）');
  const number = caseNumberText(w, c, false);
  w.paragraph(
    `关于${opposing}与本人${causeText(c)}的诉前调解${number === null ? '' : `（编号：${number}）`}，本人自愿参加调解，并根据本人的收支情况，提出以下还款方案，供调解协商：`,
  );
  w.push({ kind: 'list', ordered: true, items: proposalItemsV1(w) });
  planBasis(w);
  for (const p of lines(c.reasons)) w.paragraph(p);
  w.paragraph(
    '本方案是为达成调解协议提出的协商意见。依照《最高人民法院关于人民法院特邀调解的规定》第二十二条，本人在调解过程中为达成调解协议作出妥协而认可的事实，不得在诉讼程序中作为对本人不利的根据。',
  );
  w.paragraph('调解协议的内容以双方签字的书面协议为准；还款请按协议写明的方式直接支付给债权人。');
  w.push({
    kind: 'signature',
    lines: [
      { label: '当事人（签名）：', value: '' },
      { label: '日期：', value: letterDate(input.date) },
    ],
  });
  budgetPageV1(w);
  return w.finish(mediationProposalV1, '诉前调解还款方案');
}

function buildSettlement(input: LetterInput): LetterBuild {
  const w = new LetterWriter(input);
  const c = courtOf(input);
  w.push({ kind: 'addressee', text: `${w.text(input.recipient, 'recipient', '申请执行人（银行或债权人名称）')}：` });
  partyParagraph(w, '被执行人');
  const court = w.text(c.court, 'court.court', '执行法院名称');
  const number = caseNumberText(w, c, true);
  w.paragraph(
    `${court}${number}执行案件中，本人为被执行人。本人愿意与申请执行人协商执行和解，根据本人的收支情况，提出以下履行方案：`,
  );
  w.push({ kind: 'list', ordered: true, items: proposalItemsV1(w) });
  planBasis(w);
  for (const p of lines(c.reasons)) w.paragraph(p);
  w.paragraph(
    '如申请执行人同意，请双方签订书面和解协议，并提交执行法院，由执行员将协议内容记入笔录（《中华人民共和国民事诉讼法》第二百四十一条）。',
  );
  w.paragraph(`请通过以下方式答复本人：${contactTextV1(w)}。`);
  w.push({
    kind: 'signature',
    lines: [
      { label: '被执行人（签名）：', value: '' },
      { label: '日期：', value: letterDate(input.date) },
    ],
  });
  budgetPageV1(w);
  return w.finish(enforcementSettlementV1, '执行和解申请');
}

function listingGroundText(g: ListingGround): { why: string; ask: string } {
  switch (g) {
    case 'should-not-list':
      return { why: '不应将申请人纳入失信被执行人名单', ask: '撤销将申请人纳入失信被执行人名单的决定' };
    case 'inaccurate':
      return { why: '记载和公布的失信信息不准确', ask: '更正记载和公布的失信信息' };
    case 'should-delete':
      return { why: '失信信息应予删除', ask: '删除申请人的失信信息' };
  }
}

function buildCorrection(input: LetterInput): LetterBuild {
  const w = new LetterWriter(input);
  const c = courtOf(input);
  partyParagraph(w, '申请人');
  const court = w.text(c.court, 'court.court', '执行法院名称');
  const number = caseNumberText(w, c, true);
  const ground = c.listingGround === null ? null : listingGroundText(c.listingGround);
  if (ground === null) w.markMissing('court.listingGround');
  w.paragraph(
    `申请人在${court}${number}执行案件中被纳入失信被执行人名单。申请人认为${ground?.why ?? placeholder('哪一种情形：不应纳入、信息不准确、应予删除')}，依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第十一条，向贵院申请纠正。`,
  );
  w.heading('申请事项');
  w.paragraph(`请求${ground?.ask ?? placeholder('纠正事项')}。`);
  w.heading('事实与理由');
  const reasons = lines(c.reasons);
  if (reasons.length === 0) {
    w.markMissing('court.reasons');
    w.paragraph(placeholder('事实与理由（用你自己的话写）'));
  }
  for (const p of reasons) w.paragraph(p);
  w.paragraph(
    '请依照该规定第十二条，自收到本书面申请之日起十五日内审查；理由成立的，在三个工作日内纠正，并将结果书面告知申请人。',
  );
  toCourt(w, c, '申请人');
  evidenceList(w, c);
  return w.finish(dishonestListCorrectionV1, '纠正失信信息申请书');
}

export const paymentOrderObjectionV1: LetterTemplate = {
  id: 'payment-order-objection',
  version: 1,
  acknowledgesDebt: false,
  sourceIds: ['civil-procedure-art225-228', 'civil-procedure-interp-art436', 'civil-procedure-interp-art431'],
  creditorTypes: CREDITOR_TYPES,
  build: buildObjection,
};

export const civilAnswerV1: LetterTemplate = {
  id: 'civil-answer',
  version: 1,
  acknowledgesDebt: true,
  sourceIds: [
    'civil-procedure-art128',
    'civil-procedure-interp-art92',
    'civil-bank-card-rules-art2',
    'court-financial-trial-opinion-2017',
    'civil-code-art192',
    'civil-limitation-rules-art19',
  ],
  creditorTypes: CREDITOR_TYPES,
  build: (input) => buildAnswerWith(input, 1),
};

/** Version 2: the defendant's particulars Art.128 asks for (sex, birth date, 民族, work, 住所). */
export const civilAnswerV2: LetterTemplate = {
  ...civilAnswerV1,
  version: 2,
  build: (input) => buildAnswerWith(input, 2),
};

export const mediationProposalV1: LetterTemplate = {
  id: 'mediation-proposal',
  version: 1,
  acknowledgesDebt: true,
  sourceIds: [
    'civil-procedure-art125',
    'court-invited-mediation-art2',
    'court-invited-mediation-art22',
    'court-invited-mediation-art27',
    'civil-procedure-art205-206',
    'court-online-mediation-art29',
  ],
  creditorTypes: CREDITOR_TYPES,
  build: buildMediation,
};

export const enforcementSettlementV1: LetterTemplate = {
  id: 'enforcement-settlement',
  version: 1,
  acknowledgesDebt: true,
  sourceIds: ['civil-procedure-art241', 'civil-dishonest-list-2017-art1'],
  creditorTypes: CREDITOR_TYPES,
  build: buildSettlement,
};

export const dishonestListCorrectionV1: LetterTemplate = {
  id: 'dishonest-list-correction',
  version: 1,
  acknowledgesDebt: false,
  sourceIds: ['civil-dishonest-list-2017-art11-12'],
  creditorTypes: CREDITOR_TYPES,
  build: buildCorrection,
};
