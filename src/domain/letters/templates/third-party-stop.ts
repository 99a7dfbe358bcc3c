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
  build,
};
