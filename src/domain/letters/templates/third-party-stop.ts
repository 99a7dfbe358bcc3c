/**
 * 关于停止联系第三人及告知委托催收机构的函, version 1: asks the creditor to stop contacting
 * people unrelated to the debt, not to tell them anything about it, to name the outside
 * collection agency it uses (if any), and to use one contact channel.
 *
 * Legal basis stated in the letter, each as its confidence allows (legal/basis.md):
 * - 2011 card measures Art. 68: 不得对与债务无关的第三人进行催收 ([B+], cited with its source);
 * - 个人信息保护法 Art. 25, quoted word for word ([A]).
 * The letter names the card but does not confirm any amount owed, so it does not acknowledge
 * the debt.
 */
import type { LetterInput } from '../letter-input';
import { LetterWriter, type LetterBuild, type LetterTemplate } from '../template';
import { cardSuffixV1, contactTextV1, lenderV1, senderParagraphV1, signatureV1 } from './common';
import { CONSUMER_FINANCE_ART57_NOTICE } from './loan-negotiation';
import { creditorTypeOf, debtSuffixV1, isLoanLetter, lenderByTypeV1, ownWords, youV1 } from './per-creditor';

function build(input: LetterInput): LetterBuild {
  const w = new LetterWriter(input);
  w.push({ kind: 'addressee', text: `${w.text(input.recipient, 'recipient', '收件单位')}：` });
  senderParagraphV1(w, '本人');
  const lender = lenderV1(w);
  w.paragraph(
    `本人持有${lender}信用卡${cardSuffixV1(input)}。近期，有人以贵行或贵行委托机构的名义，就该卡账户联系了与该账户无关的第三人。具体情况如下：`,
  );
  const facts = w.text(input.thirdPartyFacts, 'thirdPartyFacts', '谁被联系了、什么时候、被告知了什么');
  for (const p of facts
    .split(/\r\n|\r|\n/)
    .map((s) => s.trim())
    .filter((s) => s !== ''))
    w.paragraph(p);
  w.paragraph('《商业银行信用卡业务监督管理办法》第六十八条规定，发卡银行不得对与债务无关的第三人进行催收。');
  w.paragraph(
    '《中华人民共和国个人信息保护法》第二十五条规定：“个人信息处理者不得公开其处理的个人信息，取得个人单独同意的除外。”本人没有同意向任何第三人提供或者公开本人的信息。',
  );
  w.paragraph('为此，本人请求：');
  w.push({
    kind: 'list',
    ordered: true,
    items: [
      '贵行及贵行委托的任何机构停止联系与该账户无关的第三人（包括本人的家人、同事、朋友），不向任何第三人透露与本人账户有关的任何信息。',
      '书面告知贵行是否委托了外部催收机构；如有，请告知该机构的名称和联系方式。',
      `今后如需就该账户与本人联系，请通过以下方式：${contactTextV1(w)}。`,
    ],
  });
  w.paragraph('本人将保留与此有关的通话、短信等记录。');
  signatureV1(w, '本人');
  return w.finish(thirdPartyStopV1, '关于停止联系第三人及告知委托催收机构的函');
}

export const thirdPartyStopV1: LetterTemplate = {
  id: 'third-party-stop',
  version: 1,
  acknowledgesDebt: false,
  sourceIds: ['card-measures-2011-art68', 'pipl-art25'],
  creditorTypes: ['card-overdraft', 'card-instalment-or-cash-loan'],
  build,
};

/** 个人信息保护法 Art. 23, first sentence, as the full text has it. */
export const PIPL_ART23_PROVIDE =
  '个人信息处理者向其他个人信息处理者提供其处理的个人信息的，应当向个人告知接收方的名称或者姓名、联系方式、处理目的、处理方式和个人信息的种类，并取得个人的单独同意。';
/** 2011 card measures Art. 68, the sentence on whom a bank may collect from. */
export const CARD_MEASURES_ART68_WHOM = '发卡银行应当对债务人本人及其担保人进行催收，不得对与债务无关的第三人进行催收';
/** 2024 consumer-finance measures Art. 56, its second sentence. */
export const CONSUMER_FINANCE_ART56_THIRD_PARTIES =
  '不得采用暴力、威胁、恐吓、骚扰等不正当手段进行催收，不得对与债务无关的第三人进行催收';

/**
 * Version 2, per creditor type. It no longer says 本人没有同意向任何第三人提供或者公开本人的信息:
 * card and loan agreements usually authorise credit reporting and outsourced collection, and the
 * letter states only what the user entered. It asks the creditor to stop contacting third parties
 * unrelated to the debt and cites what fits the creditor:
 * - a bank: the 2011 card measures Art. 68 (no collection from unrelated third parties);
 * - a consumer-finance company: the 2024 measures Art. 56 (the same) and Art. 57 (the borrower is
 *   told about the collection agency);
 * - an online lender or microlender: no regulation of its own is claimed;
 * - every creditor: 个人信息保护法 Art. 23 on providing personal information to another handler.
 * A loan is named by its lender and loan number, never by card digits.
 */
function buildV2(input: LetterInput): LetterBuild {
  const w = new LetterWriter(input);
  const type = creditorTypeOf(input);
  const loan = isLoanLetter(input);
  const you = youV1(input);
  w.push({ kind: 'addressee', text: `${w.text(input.recipient, 'recipient', '收件单位')}：` });
  senderParagraphV1(w, '本人');
  const lender = lenderByTypeV1(w);
  w.paragraph(
    loan
      ? `本人在${lender}有一笔借款${debtSuffixV1(input)}。近期，有人以贵公司或贵公司委托机构的名义，就该笔借款联系了与该借款无关的第三人。具体情况如下：`
      : `本人持有${lender}信用卡${debtSuffixV1(input)}。近期，有人以贵行或贵行委托机构的名义，就该卡账户联系了与该账户无关的第三人。具体情况如下：`,
  );
  for (const p of ownWords(w.text(input.thirdPartyFacts, 'thirdPartyFacts', '谁被联系了、什么时候、被告知了什么')))
    w.paragraph(p);
  if (type === 'consumer-finance') {
    w.paragraph(
      `《消费金融公司管理办法》第五十六条规定，消费金融公司${CONSUMER_FINANCE_ART56_THIRD_PARTIES}。第五十七条规定：“${CONSUMER_FINANCE_ART57_NOTICE}”`,
    );
  } else if (!loan) {
    w.paragraph(`《商业银行信用卡业务监督管理办法》第六十八条规定：“${CARD_MEASURES_ART68_WHOM}。”`);
  }
  w.paragraph(
    `《中华人民共和国个人信息保护法》第二十三条规定：“${PIPL_ART23_PROVIDE}”${you}或${you}委托的机构向他人提供本人的个人信息，应当符合上述规定。`,
  );
  w.paragraph('为此，本人请求：');
  const account = loan ? '该笔借款' : '该账户';
  w.push({
    kind: 'list',
    ordered: true,
    items: [
      `${you}及${you}委托的任何机构停止联系与${account}无关的第三人（包括本人的家人、同事、朋友），不向他们透露与本人${account}有关的信息。`,
      `书面告知${you}是否委托了外部催收机构；如有，请告知该机构的名称和联系方式。`,
      `今后如需就${account}与本人联系，请通过以下方式：${contactTextV1(w)}。`,
    ],
  });
  w.paragraph('本人将保留与此有关的通话、短信等记录。');
  signatureV1(w, '本人');
  return w.finish(thirdPartyStopV2, '关于停止联系第三人及告知委托催收机构的函');
}

export const thirdPartyStopV2: LetterTemplate = {
  id: 'third-party-stop',
  version: 2,
  acknowledgesDebt: false,
  // Art. 68 in a bank's letter, Arts. 56 and 57 in a consumer-finance company's; Art. 23 in every one.
  sourceIds: [
    'pipl-art23',
    'card-measures-2011-art68',
    'consumer-finance-measures-2024-art56',
    'consumer-finance-measures-2024-art57',
  ],
  creditorTypes: ['card-overdraft', 'card-instalment-or-cash-loan', 'consumer-finance', 'online-lender'],
  build: buildV2,
};
