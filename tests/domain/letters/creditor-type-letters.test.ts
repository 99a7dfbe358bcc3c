/**
 * Letters per creditor type: the Art. 70 letters for bank credit cards only; a loan from a
 * consumer-finance company or an online lender gets the negotiation request, follow-ups and the
 * third-party letter in loan words (借款本金, the loan number, 贵公司) with no card wording.
 */
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/domain/dates';
import { CREDITOR_TYPES, type CreditorType } from '../../../src/domain/debt';
import { toFen } from '../../../src/domain/money';
import type { LetterInput } from '../../../src/domain/letters/letter-input';
import {
  buildLetter,
  latestTemplate,
  LETTER_TEMPLATE_IDS,
  lettersFor,
  negotiationLetterFor,
  templateForm,
} from '../../../src/domain/letters/registry';
import type { LetterTemplateId } from '../../../src/domain/letters/template';
import { documentText, fullInput } from './fixtures';

const LOANS = ['consumer-finance', 'online-lender'] as const;
const CARDS = ['card-overdraft', 'card-instalment-or-cash-loan'] as const;
const CARD_WORDS = ['信用卡', '透支', '卡号', '贵行', '第七十条', '信用卡中心', '发卡银行'];

function inputFor(creditorType: CreditorType, over: Partial<LetterInput> = {}): LetterInput {
  const base = fullInput();
  const loan = creditorType === 'consumer-finance' || creditorType === 'online-lender';
  const lender =
    creditorType === 'consumer-finance'
      ? '示例消费金融有限公司'
      : creditorType === 'online-lender'
        ? '示例网络小额贷款有限公司'
        : '示例银行';
  return {
    ...base,
    recipient: templateForm('hardship-no-reply').defaultRecipient(lender, creditorType),
    debt: {
      ...base.debt!,
      lender,
      creditorType,
      last4: loan ? '' : '1234',
      loanNumber: loan ? 'JK20250315-0001' : '',
    },
    applicationDate: base.date,
    refusalDate: base.date,
    refusalNote: '说不能分期。',
    thirdPartyFacts: '2026年11月3日，有人打电话给我的同事，说我欠钱不还。',
    // The user's own words, as a borrower would write them (the fixture's are a cardholder's).
    recordDescription: `${lender} 2025年6月 显示逾期，但当月已按时还款。`,
    statementText: '2026年因失业收入中断导致逾期，现已请求协商还款。',
    ...over,
  };
}

function textOf(id: LetterTemplateId, input: LetterInput): string {
  return documentText(latestTemplate(id).build(input).document);
}

describe('which letters each creditor type gets', () => {
  it('offers the Art. 70 chain and the 12378 complaint for bank cards only', () => {
    for (const type of CARDS) {
      expect(lettersFor(type)).toContain('hardship-application');
      expect(lettersFor(type)).toContain('complaint-12378');
      expect(lettersFor(type)).not.toContain('loan-negotiation');
      expect(negotiationLetterFor(type)).toBe('hardship-application');
    }
    for (const type of LOANS) {
      expect(lettersFor(type)).not.toContain('hardship-application');
      expect(lettersFor(type)).not.toContain('complaint-12378');
      expect(lettersFor(type)).toContain('loan-negotiation');
      expect(negotiationLetterFor(type)).toBe('loan-negotiation');
    }
  });

  it('offers the follow-ups, the third-party letter, the credit and the court letters to every type', () => {
    const everyone: LetterTemplateId[] = [
      'hardship-no-reply',
      'hardship-reconsider',
      'third-party-stop',
      'credit-objection',
      'credit-statement',
      'payment-order-objection',
      'civil-answer',
    ];
    for (const type of CREDITOR_TYPES)
      for (const id of everyone) expect(lettersFor(type), `${type} ${id}`).toContain(id);
  });

  it('declares the types on every template version, and every offered letter serves someone', () => {
    for (const id of LETTER_TEMPLATE_IDS) expect(latestTemplate(id).creditorTypes.length).toBeGreaterThan(0);
    // The released Art. 70 versions were written for cards, and say so now.
    for (const id of ['hardship-application', 'hardship-no-reply', 'hardship-reconsider', 'third-party-stop'])
      expect(buildLetter(id, 1, inputFor('card-overdraft'))).toBeDefined();
  });

  it('addresses a bank card to the card centre and a loan to the lender’s customer service', () => {
    const f = templateForm('loan-negotiation');
    expect(templateForm('hardship-application').defaultRecipient('示例银行', 'card-overdraft')).toBe(
      '示例银行信用卡中心',
    );
    expect(f.defaultRecipient('示例消费金融有限公司', 'consumer-finance')).toBe('示例消费金融有限公司客服中心');
    expect(templateForm('third-party-stop').defaultRecipient('某网贷', 'online-lender')).toBe('某网贷客服中心');
    expect(templateForm('hardship-no-reply').defaultRecipient('某网贷', 'online-lender')).not.toContain('信用卡');
    // No type known (letters saved before): a card letter, as they all were.
    expect(templateForm('hardship-no-reply').defaultRecipient('示例银行')).toBe('示例银行信用卡中心');
  });
});

describe.each(LOANS.map((t) => [t]))('a %s loan', (type) => {
  const offered = lettersFor(type).filter((id) => !templateForm(id).court);

  it.each(offered.map((id) => [id]))('%s has no card wording', (id) => {
    const text = textOf(id, inputFor(type));
    for (const word of CARD_WORDS) expect(text, `${id}: ${word}`).not.toContain(word);
  });

  it('the negotiation request names the loan and its number, says 借款本金 and 贵公司, and is a request', () => {
    const b = latestTemplate('loan-negotiation').build(inputFor(type));
    const text = documentText(b.document);
    expect(b.missingFields).toEqual([]);
    expect(b.document.title).toBe('协商还款请求函');
    expect(text).toContain('借款合同编号或借据号：JK20250315-0001');
    expect(text).toContain('借款本金');
    expect(text).toContain('贵公司');
    expect(text).toContain('本函是协商请求');
    expect(text).toContain('具体金额以双方核对为准');
    expect(text).not.toContain('末四位');
  });

  it('the follow-ups speak of the request, the loan and 贵公司', () => {
    const noReply = textOf('hardship-no-reply', inputFor(type));
    expect(noReply).toContain('协商还款的请求');
    expect(noReply).toContain('JK20250315-0001');
    const reconsider = latestTemplate('hardship-reconsider').build(inputFor(type));
    expect(reconsider.document.title).toBe('协商还款复议请求');
    expect(documentText(reconsider.document)).toContain('贵公司于');
  });

  it('no plan-length warning: the 60 months of Art. 70 do not bind a lender', () => {
    const long = inputFor(type, { plan: { ...fullInput().plan!, months: 87 } });
    for (const id of ['loan-negotiation', 'hardship-no-reply', 'hardship-reconsider'] as const)
      expect(latestTemplate(id).build(long).warnings).not.toContain('plan-exceeds-max-term');
  });

  it('the third-party letter asks to stop contacting unrelated third parties and cites 个保法 Art.23', () => {
    const text = textOf('third-party-stop', inputFor(type));
    expect(text).toContain('停止联系与该笔借款无关的第三人');
    expect(text).toContain('第二十三条');
    expect(text).toContain('取得个人的单独同意');
    expect(text).not.toContain('本人没有同意');
  });
});

describe('what each lender’s letters cite', () => {
  it('a consumer-finance company: the 2024 measures Arts. 56 and 57, word for word', () => {
    const text = textOf('loan-negotiation', inputFor('consumer-finance'));
    expect(text).toContain('《消费金融公司管理办法》第五十六条');
    expect(text).toContain('不得对与债务无关的第三人进行催收');
    expect(text).toContain('消费金融公司应当通过适当方式告知借款人合作催收机构的相关信息');
    const stop = textOf('third-party-stop', inputFor('consumer-finance'));
    expect(stop).toContain('《消费金融公司管理办法》第五十六条');
    expect(stop).not.toContain('商业银行信用卡业务监督管理办法');
  });

  it('an online lender: no legal basis claimed, no rule cited in the request', () => {
    const text = textOf('loan-negotiation', inputFor('online-lender'));
    // The only 《》 is the enclosed budget; no instrument, no article.
    expect(text.replace(/《收支表》/g, '')).not.toMatch(/《|第[一二三四五六七八九十百]+条/);
    expect(text).toContain('本函是协商请求');
    const stop = textOf('third-party-stop', inputFor('online-lender'));
    expect(stop).not.toContain('消费金融公司管理办法');
    expect(stop).not.toContain('商业银行信用卡业务监督管理办法');
    expect(stop).toContain('个人信息保护法');
  });

  it('a bank card: Art. 70 in the application and follow-ups, Art. 68 in the third-party letter', () => {
    for (const type of CARDS) {
      const input = inputFor(type);
      expect(textOf('hardship-application', input)).toContain('第七十条');
      expect(textOf('hardship-application', input)).toContain('信用卡');
      expect(textOf('hardship-no-reply', input)).toContain('第七十条');
      const stop = textOf('third-party-stop', input);
      expect(stop).toContain('第六十八条');
      expect(stop).toContain('第二十三条');
      expect(stop).toContain('卡号末四位1234');
      expect(stop).not.toContain('本人没有同意');
    }
  });
});

describe('hardship-application@2 (A8)', () => {
  it('says the figures are to be checked by both sides; version 1 still prints 以贵行账单为准', () => {
    const input = inputFor('card-overdraft');
    const v2 = documentText(buildLetter('hardship-application', 2, input)!.document);
    const v1 = documentText(buildLetter('hardship-application', 1, input)!.document);
    expect(v2).toContain('（具体金额以双方核对为准）');
    expect(v2).not.toContain('以贵行账单为准');
    expect(v1).toContain('（具体以贵行账单为准）');
    expect(latestTemplate('hardship-application').version).toBe(2);
  });
});

describe('third-party-stop@2 (A7)', () => {
  it('drops the claim that nothing was consented to; version 1 keeps it for saved letters', () => {
    const input = inputFor('card-overdraft');
    expect(documentText(buildLetter('third-party-stop', 2, input)!.document)).not.toContain(
      '本人没有同意向任何第三人提供或者公开本人的信息',
    );
    expect(documentText(buildLetter('third-party-stop', 1, input)!.document)).toContain(
      '本人没有同意向任何第三人提供或者公开本人的信息',
    );
    expect(latestTemplate('third-party-stop').sourceIds).toContain('pipl-art23');
  });
});

describe('the letter snapshot of a debt', () => {
  it('keeps card digits for a card and the loan number for a loan, never both', async () => {
    const { letterDebtFrom } = await import('../../../src/domain/letters/letter-facts');
    const amounts = { principal: toFen(100), interest: toFen(0), fees: toFen(0) };
    const loan = letterDebtFrom(
      { ...amounts, lender: '某网贷', last4: '9999', creditorType: 'online-lender', loanNumber: 'JK-1' },
      isoDate('2026-11-20'),
    );
    expect(loan).toMatchObject({ last4: '', creditorType: 'online-lender', loanNumber: 'JK-1' });
    const card = letterDebtFrom(
      { ...amounts, lender: '示例银行', last4: '1234', creditorType: 'card-overdraft', loanNumber: 'X' },
      isoDate('2026-11-20'),
    );
    expect(card).toMatchObject({ last4: '1234', creditorType: 'card-overdraft', loanNumber: '' });
  });

  it('is stored with its type and number, and letters saved before them still read', async () => {
    const { letterInputSchema } = await import('../../../src/domain/letters/letter-schemas');
    const loan = inputFor('consumer-finance');
    expect(letterInputSchema.safeParse(loan).success).toBe(true);
    const parsed = letterInputSchema.parse(loan);
    expect(parsed.debt).toMatchObject({ creditorType: 'consumer-finance', loanNumber: 'JK20250315-0001' });
    expect(letterInputSchema.safeParse(fullInput()).success).toBe(true);
    expect(letterInputSchema.safeParse({ ...loan, debt: { ...loan.debt!, creditorType: 'pawnshop' } }).success).toBe(
      false,
    );
  });
});
