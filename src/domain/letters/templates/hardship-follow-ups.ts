/**
 * The follow-up chain after an Art. 70 application, version 1 of each:
 * - 'hardship-no-reply': no answer after the time the user set → ask for a written answer;
 * - 'hardship-reconsider': the bank said no → ask it to reconsider and give its reasons and
 *   the terms it could accept;
 * - 'complaint-12378': the bank refuses to consider the application at all → a written
 *   complaint for 国家金融监督管理总局 (12378 hotline or the local 监管局). It says plainly
 *   that Art. 70 says 可以: it asks the regulator to urge the bank to consider the
 *   application and answer in writing, not to force an agreement.
 *
 * Version 2 of the no-reply and reconsider letters speaks per creditor type: for a bank card
 * exactly as version 1; for a loan from a consumer-finance company or an online lender it
 * follows up the 协商还款请求函 (loan-negotiation): 贵公司, the loan and its number, no Art. 70,
 * no 60-month limit, and it says the request is a request.
 */
import { daysBetween } from '../../dates';
import { letterDate } from '../letter-format';
import type { LetterInput } from '../letter-input';
import { LetterWriter, type LetterBuild, type LetterTemplate } from '../template';
import { debtNameV1, isLoanLetter, ownWords } from './per-creditor';
import {
  cardSuffixV1,
  contactTextV1,
  enclosuresV1,
  lenderV1,
  proposalItemsV1,
  senderParagraphV1,
  signatureV1,
} from './common';

/** Version 1 of each speaks to a bank about its credit card (Art. 70). */
const CARD_TYPES = ['card-overdraft', 'card-instalment-or-cash-loan'] as const;

function sentViaText(input: LetterInput): string {
  const via = input.sentVia.trim();
  return via === '' ? '' : `通过${via}`;
}

function buildNoReply(input: LetterInput, template: LetterTemplate): LetterBuild {
  const w = new LetterWriter(input);
  w.push({ kind: 'addressee', text: `${w.text(input.recipient, 'recipient', '收件单位')}：` });
  senderParagraphV1(w, '申请人');
  const lender = lenderV1(w);
  const sent = w.date(input.applicationDate, 'applicationDate', '申请寄出日期');
  const elapsed =
    input.applicationDate !== null && input.applicationDate <= input.date
      ? `，至今已${daysBetween(input.applicationDate, input.date)}天`
      : '';
  w.paragraph(
    `本人于${sent}${sentViaText(input)}向贵行提交了个性化分期还款申请（${lender}信用卡${cardSuffixV1(input)}）${elapsed}，尚未收到贵行的答复。`,
  );
  w.paragraph('本人申请的还款方案为：');
  w.push({ kind: 'list', ordered: true, items: proposalItemsV1(w) });
  w.paragraph(
    '恳请贵行依据《商业银行信用卡业务监督管理办法》第七十条，尽快审核本人的申请，并以书面形式答复是否同意；如不同意，请告知理由以及贵行可以接受的还款条件，以便本人调整方案。',
  );
  w.paragraph(`请通过以下方式与本人联系：${contactTextV1(w)}。`);
  enclosuresV1(w, ['correspondence', 'id-copy']);
  signatureV1(w, '申请人');
  return w.finish(template, '关于个性化分期还款申请的催复函');
}

function buildReconsider(input: LetterInput, template: LetterTemplate): LetterBuild {
  const w = new LetterWriter(input);
  w.push({ kind: 'addressee', text: `${w.text(input.recipient, 'recipient', '收件单位')}：` });
  senderParagraphV1(w, '申请人');
  const lender = lenderV1(w);
  const sent = w.date(input.applicationDate, 'applicationDate', '申请寄出日期');
  const refused = w.date(input.refusalDate, 'refusalDate', '银行答复日期');
  w.paragraph(
    `本人于${sent}向贵行申请个性化分期还款（${lender}信用卡${cardSuffixV1(input)}），贵行于${refused}答复不同意。`,
  );
  const note = input.refusalNote.trim();
  if (note !== '') w.paragraph(`贵行的答复是：${note}`);
  const facts = input.hardshipFacts.trim();
  if (facts !== '') {
    w.paragraph('本人的困难情况补充说明如下：');
    for (const p of facts
      .split(/\r\n|\r|\n/)
      .map((s) => s.trim())
      .filter((s) => s !== ''))
      w.paragraph(p);
  }
  w.paragraph('本人仍有还款意愿，恳请贵行重新考虑本人的申请。本人现提出的还款方案为：');
  w.push({ kind: 'list', ordered: true, items: proposalItemsV1(w) });
  w.paragraph('如贵行仍不同意，请书面告知具体理由，以及贵行可以接受的还款条件。');
  w.paragraph(`请通过以下方式与本人联系：${contactTextV1(w)}。`);
  enclosuresV1(w, ['correspondence', 'hardship-proof', 'budget', 'bank-statements', 'id-copy']);
  signatureV1(w, '申请人');
  return w.finish(template, '个性化分期还款复议申请');
}

function buildComplaint(input: LetterInput): LetterBuild {
  const w = new LetterWriter(input);
  w.push({ kind: 'addressee', text: `${w.text(input.recipient, 'recipient', '收件单位')}：` });
  senderParagraphV1(w, '投诉人');
  w.paragraph(`联系方式：${contactTextV1(w)}。`);
  const lender = lenderV1(w);
  w.paragraph(`被投诉机构：${lender}。`);
  w.heading('一、投诉事项');
  w.paragraph(`${lender}对本人的个性化分期还款申请不予考虑。`);
  w.heading('二、事实经过');
  const sent = w.date(input.applicationDate, 'applicationDate', '申请寄出日期');
  w.paragraph(
    `本人于${sent}${sentViaText(input)}向${lender}提交个性化分期还款申请（信用卡${cardSuffixV1(input)}），说明了本人的困难情况和收支情况，并提出了具体还款方案。`,
  );
  if (input.refusalDate !== null)
    w.paragraph(`${lender}于${w.date(input.refusalDate, 'refusalDate', '银行答复日期')}答复本人。`);
  w.paragraph(`${lender}的答复或做法是：${w.text(input.refusalNote, 'refusalNote', '银行怎么答复或怎么做的')}`);
  if (input.bankComplaintDate !== null) {
    w.paragraph(`本人已于${letterDate(input.bankComplaintDate)}向${lender}投诉，问题仍未解决。`);
  }
  w.heading('三、投诉请求');
  w.paragraph(
    '本人理解，《商业银行信用卡业务监督管理办法》第七十条规定发卡银行“可以”与持卡人平等协商个性化分期还款，并非必须同意。本人请求贵局督促该行依据该条规定认真审核本人的申请，与本人平等协商，并书面答复本人。',
  );
  w.paragraph('本人仍有还款意愿。以上内容均为本人真实情况。');
  enclosuresV1(w, ['correspondence', 'id-copy', 'hardship-proof', 'budget']);
  signatureV1(w, '投诉人');
  return w.finish(complaint12378V1, '投诉材料');
}

export const hardshipNoReplyV1: LetterTemplate = {
  id: 'hardship-no-reply',
  version: 1,
  acknowledgesDebt: true,
  sourceIds: ['card-measures-2011-art70'],
  creditorTypes: CARD_TYPES,
  build: (input) => buildNoReply(input, hardshipNoReplyV1),
};

export const hardshipReconsiderV1: LetterTemplate = {
  id: 'hardship-reconsider',
  version: 1,
  acknowledgesDebt: true,
  sourceIds: ['card-measures-2011-art70'],
  creditorTypes: CARD_TYPES,
  build: (input) => buildReconsider(input, hardshipReconsiderV1),
};

export const complaint12378V1: LetterTemplate = {
  id: 'complaint-12378',
  version: 1,
  acknowledgesDebt: true,
  sourceIds: ['card-measures-2011-art70'],
  creditorTypes: CARD_TYPES,
  build: buildComplaint,
};

function buildNoReplyLoan(input: LetterInput): LetterBuild {
  const w = new LetterWriter(input);
  w.push({ kind: 'addressee', text: `${w.text(input.recipient, 'recipient', '收件单位')}：` });
  senderParagraphV1(w, '请求人');
  const debt = debtNameV1(w);
  const sent = w.date(input.applicationDate, 'applicationDate', '请求寄出日期');
  const elapsed =
    input.applicationDate !== null && input.applicationDate <= input.date
      ? `，至今已${daysBetween(input.applicationDate, input.date)}天`
      : '';
  w.paragraph(
    `本人于${sent}${sentViaText(input)}就${debt}向贵公司提出了协商还款的请求${elapsed}，尚未收到贵公司的答复。`,
  );
  w.paragraph('本人请求的还款方案为：');
  w.push({ kind: 'list', ordered: true, items: proposalItemsV1(w, false) });
  w.paragraph(
    '本函仍是协商请求。恳请贵公司尽快考虑本人的请求，并以书面形式答复是否同意；如不同意，请告知理由以及贵公司可以接受的还款条件，以便本人调整方案。',
  );
  w.paragraph(`请通过以下方式与本人联系：${contactTextV1(w)}。`);
  enclosuresV1(w, ['correspondence', 'id-copy']);
  signatureV1(w, '请求人');
  return w.finish(hardshipNoReplyV2, '关于协商还款请求的催复函');
}

function buildReconsiderLoan(input: LetterInput): LetterBuild {
  const w = new LetterWriter(input);
  w.push({ kind: 'addressee', text: `${w.text(input.recipient, 'recipient', '收件单位')}：` });
  senderParagraphV1(w, '请求人');
  const debt = debtNameV1(w);
  const sent = w.date(input.applicationDate, 'applicationDate', '请求寄出日期');
  const refused = w.date(input.refusalDate, 'refusalDate', '对方答复日期');
  w.paragraph(`本人于${sent}就${debt}向贵公司提出协商还款的请求，贵公司于${refused}答复不同意。`);
  const note = input.refusalNote.trim();
  if (note !== '') w.paragraph(`贵公司的答复是：${note}`);
  const facts = ownWords(input.hardshipFacts);
  if (facts.length > 0) {
    w.paragraph('本人的困难情况补充说明如下：');
    for (const p of facts) w.paragraph(p);
  }
  w.paragraph('本人仍有还款意愿，恳请贵公司重新考虑本人的请求。本人现提出的还款方案为：');
  w.push({ kind: 'list', ordered: true, items: proposalItemsV1(w, false) });
  w.paragraph('如贵公司仍不同意，请书面告知具体理由，以及贵公司可以接受的还款条件。');
  w.paragraph(`请通过以下方式与本人联系：${contactTextV1(w)}。`);
  enclosuresV1(w, ['correspondence', 'hardship-proof', 'budget', 'bank-statements', 'id-copy']);
  signatureV1(w, '请求人');
  return w.finish(hardshipReconsiderV2, '协商还款复议请求');
}

export const hardshipNoReplyV2: LetterTemplate = {
  id: 'hardship-no-reply',
  version: 2,
  acknowledgesDebt: true,
  // Art. 70 is cited in the card letter only.
  sourceIds: ['card-measures-2011-art70'],
  creditorTypes: [...CARD_TYPES, 'consumer-finance', 'online-lender'],
  build: (input) => (isLoanLetter(input) ? buildNoReplyLoan(input) : buildNoReply(input, hardshipNoReplyV2)),
};

export const hardshipReconsiderV2: LetterTemplate = {
  id: 'hardship-reconsider',
  version: 2,
  acknowledgesDebt: true,
  sourceIds: ['card-measures-2011-art70'],
  creditorTypes: [...CARD_TYPES, 'consumer-finance', 'online-lender'],
  build: (input) => (isLoanLetter(input) ? buildReconsiderLoan(input) : buildReconsider(input, hardshipReconsiderV2)),
};
