/**
 * The letters for when the lender goes to court (src/domain/letters/templates/court-letters.ts):
 * the 支付令 objection refuses inability-only grounds (解释 Art.436), the answer never admits an
 * amount (解释 Art.92), limitation and instalments never go together, and the plans come from
 * the user's own plan and budget.
 */
import { describe, expect, it } from 'vitest';
import { checkClaim } from '../../../src/domain/court/claim-check';
import { claimAnswerSentences } from '../../../src/domain/court/claim-answer-sentences';
import { isoDate } from '../../../src/domain/dates';
import type { LetterCourt, LetterInput } from '../../../src/domain/letters/letter-input';
import { findTemplate, latestTemplate } from '../../../src/domain/letters/registry';
import type { LetterTemplateId } from '../../../src/domain/letters/template';
import { toFen } from '../../../src/domain/money';
import { documentText, fullInput } from './fixtures';

function build(id: LetterTemplateId, court: Partial<LetterCourt> = {}, over: Partial<LetterInput> = {}) {
  const base = fullInput(over);
  const b = latestTemplate(id).build({ ...base, court: { ...base.court!, ...court } });
  return { ...b, text: documentText(b.document) };
}

describe('支付令异议书', () => {
  it('contests the debt itself, in writing, to the court that issued the order', () => {
    const b = build('payment-order-objection');
    expect(b.missingFields).toEqual([]);
    expect(b.document.title).toBe('支付令异议书');
    expect(b.text).toContain('异议人于2026年11月20日收到北京市朝阳区人民法院（2026）京0105民督123号支付令');
    expect(b.text).toContain('请求人民法院裁定终结督促程序，（2026）京0105民督123号支付令自行失效。');
    expect(b.text).toContain('异议人对申请人主张的欠款金额有异议');
    expect(b.text).toContain('利息、违约金及各项费用的计收依据和金额有异议');
    expect(b.text).toContain('2026年5月和6月的两笔还款共3,000元没有计入。');
    const signature = b.document.blocks.find((x) => x.kind === 'signature');
    expect(signature).toMatchObject({ closing: ['此致', '北京市朝阳区人民法院'] });
  });

  it.each([[['cannot-pay']], [['more-time', 'other-method']], [['cannot-pay', 'more-time', 'other-method']]] as const)(
    'is not built on inability to pay, time or another way of paying alone (%j)',
    (grounds) => {
      const b = build('payment-order-objection', { objectionGrounds: [...grounds] });
      expect(b.missingFields).toContain('court.objectionGrounds');
      expect(b.warnings).toContain('objection-inability-only');
      expect(b.text).toContain('【待填写：你对债务本身有什么异议');
    },
  );

  it('with no ground at all asks for one without the inability warning', () => {
    const b = build('payment-order-objection', { objectionGrounds: [] });
    expect(b.missingFields).toContain('court.objectionGrounds');
    expect(b.warnings).not.toContain('objection-inability-only');
  });

  it('never prints inability grounds next to real ones', () => {
    const b = build('payment-order-objection', { objectionGrounds: ['cannot-pay', 'charges', 'more-time'] });
    expect(b.missingFields).toEqual([]);
    const list = b.document.blocks.find((x) => x.kind === 'list');
    expect(list).toEqual({
      kind: 'list',
      ordered: true,
      items: ['异议人对申请人主张的利息、违约金及各项费用的计收依据和金额有异议。'],
    });
    for (const word of ['清偿能力', '延期', '分期', '没钱', '困难']) expect(b.text).not.toContain(word);
  });

  it('pleads limitation only where the assessment says it may have expired', () => {
    const unsupported = build('payment-order-objection', { objectionGrounds: ['limitation'] });
    expect(unsupported.missingFields).toContain('court.objectionGrounds');
    expect(unsupported.text).not.toContain('诉讼时效');
    const supported = build(
      'payment-order-objection',
      { objectionGrounds: ['limitation'] },
      { limitationMayHaveExpired: true },
    );
    expect(supported.missingFields).toEqual([]);
    expect(supported.text).toContain('已超过诉讼时效期间');
    // Contesting the debt does not acknowledge it: no limitation choice is asked for.
    expect(supported.warnings).not.toContain('limitation-may-have-expired');
  });

  it('warns when dated after the 15 days from receipt (day 15 is still in time)', () => {
    const onDay15 = build('payment-order-objection', {}, { date: isoDate('2026-12-05') });
    expect(onDay15.warnings).not.toContain('objection-after-deadline');
    const onDay16 = build('payment-order-objection', {}, { date: isoDate('2026-12-06') });
    expect(onDay16.warnings).toContain('objection-after-deadline');
  });

  it('writes the case number as the reader normalises it, and treats an unreadable one as missing', () => {
    const typed = build('payment-order-objection', { caseNumber: '(２０２６) 京0105 民督123号' });
    expect(typed.text).toContain('（2026）京0105民督123号');
    expect(typed.missingFields).toEqual([]);
    const bad = build('payment-order-objection', { caseNumber: '2026京民督123' });
    expect(bad.missingFields).toContain('court.caseNumber');
    expect(bad.text).toContain('【待填写：案号');
  });

  it('needs reasons: its own words or claim-check sentences', () => {
    const none = build('payment-order-objection', { reasons: '  ', claimSentences: [] });
    expect(none.missingFields).toContain('court.reasons');
    const sentences = build('payment-order-objection', {
      reasons: '',
      claimSentences: ['申请人主张的超限费10.00元没有依据。'],
    });
    expect(sentences.missingFields).toEqual([]);
    expect(sentences.text).toContain('申请人主张的超限费10.00元没有依据。');
  });
});

describe('民事答辩状', () => {
  // An answer states the defendant's 住所 (Art.128): the shared fixture has no address.
  const ADDRESS = '北京市朝阳区某某路1号';
  const answer = (court: Partial<LetterCourt> = {}, over: Partial<LetterInput> = {}) =>
    build('civil-answer', court, { sender: { ...fullInput().sender, address: ADDRESS }, ...over });

  // The ledger says 48,000.00 principal, 3,500.00 interest, 500.00 fees (fixtures.ts); the
  // plaintiff claims more. The answer must not write any ledger figure as owed.
  const ledgerFigures = ['48,000.00', '3,500.00', '500.00元', '肆万捌仟', '叁仟伍佰'];
  const check = checkClaim({
    creditorType: 'card-overdraft',
    claimedTo: isoDate('2026-11-30'),
    overdueFrom: isoDate('2025-11-30'),
    claimed: {
      principal: toFen(5_200_000),
      interest: toFen(1_100_000),
      penalty: toFen(300_000),
      instalmentFees: toFen(0),
      otherFees: toFen(0),
      datedCharges: [{ kind: 'late-fee', date: isoDate('2018-03-05'), amount: toFen(5_000) }],
      interestOnCharges: false,
    },
    ledgerPrincipal: toFen(4_800_000),
    payments: [],
  });
  const sentences = claimAnswerSentences(check, '原告');

  it('has parties, court, case number, requests, reasons, 此致 the court, signature, date and evidence', () => {
    const b = answer({ caseNumber: '（2026）京0105民初4567号', claimSentences: sentences });
    expect(b.missingFields).toEqual([]);
    expect(b.document.title).toBe('民事答辩状');
    expect(b.text).toContain(
      '答辩人（被告）：李明，性别：男，出生日期：1990年1月1日，民族：汉族，工作单位或职业：某某物流公司仓库管理员，住所：北京市朝阳区某某路1号，身份证号码：110101199001011234，联系方式：电话 13800000000。',
    );
    expect(b.text).toContain('被答辩人（原告）：示例银行股份有限公司信用卡中心。');
    expect(b.text).toContain(
      '答辩人因原告诉答辩人信用卡纠纷一案（北京市朝阳区人民法院，案号：（2026）京0105民初4567号）',
    );
    expect(b.text).toContain('对超过年利率24%的部分予以调减');
    for (const s of sentences) expect(b.text).toContain(s);
    expect(b.text).toContain('原告主张的本金52,000.00元与本人记录不一致');
    expect(b.document.blocks.find((x) => x.kind === 'table')).toEqual({
      kind: 'table',
      columns: ['序号', '证据名称'],
      rows: [
        ['1', '银行流水（2026年5月至6月）'],
        ['2', '还款记录截图'],
      ],
    });
    const signature = b.document.blocks.find((x) => x.kind === 'signature');
    expect(signature).toEqual({
      kind: 'signature',
      closing: ['此致', '北京市朝阳区人民法院'],
      lines: [
        { label: '答辩人（签名）：', value: '' },
        { label: '日期：', value: '2026年11月28日' },
      ],
    });
  });

  it('never admits an amount: no ledger figure, no 欠/尚欠 of the defendant (解释 Art.92)', () => {
    for (const requests of [['reduce-charges'], ['reduce-charges', 'instalments'], ['instalments']] as const) {
      const b = answer({ answerRequests: [...requests], claimSentences: sentences });
      for (const figure of ledgerFigures) expect(b.text).not.toContain(figure);
      for (const admission of ['尚欠', '答辩人欠', '本人欠', '确认欠款', '认可欠款', '承认欠']) {
        expect(b.text).not.toContain(admission);
      }
      expect(b.text).toContain('以上答辩意见不构成答辩人对原告主张的任何事实和金额的承认。');
    }
  });

  it('asks for instalments only conditionally, with the monthly amount of the user’s own plan', () => {
    const b = answer({ answerRequests: ['instalments'] });
    expect(b.text).toContain(
      '如人民法院认定答辩人应当承担还款责任，请求准许答辩人根据实际收入按月分期履行，每月800.00元（大写：捌佰元整）。',
    );
    const noPlan = answer({ answerRequests: ['instalments'] }, { plan: null });
    expect(noPlan.text).toContain('请求准许答辩人根据实际收入分期履行。');
    expect(noPlan.missingFields).toEqual([]);
  });

  it('offers limitation only where the assessment supports it', () => {
    const unsupported = answer({ answerRequests: ['limitation'] });
    expect(unsupported.missingFields).toContain('court.answerRequests');
    expect(unsupported.text).not.toContain('诉讼时效');
    const supported = answer({ answerRequests: ['limitation'] }, { limitationMayHaveExpired: true });
    expect(supported.missingFields).toEqual([]);
    expect(supported.text).toContain('已超过诉讼时效期间');
  });

  it('never asks for limitation and instalments together', () => {
    const b = build(
      'civil-answer',
      { answerRequests: ['limitation', 'instalments'] },
      { limitationMayHaveExpired: true, limitationChoice: 'proceed' },
    );
    expect(b.warnings).toContain('limitation-with-instalments');
    expect(b.missingFields).toContain('court.answerRequests');
  });

  it('acknowledges the debt (limitation guard) only when it asks for instalments', () => {
    const instalments = answer({ answerRequests: ['instalments'] }, { limitationMayHaveExpired: true });
    expect(instalments.warnings).toContain('limitation-may-have-expired');
    expect(instalments.missingFields).toContain('limitationChoice');
    const reduce = answer({ answerRequests: ['reduce-charges'] }, { limitationMayHaveExpired: true });
    expect(reduce.warnings).not.toContain('limitation-may-have-expired');
    expect(reduce.missingFields).toEqual([]);
  });

  it('names a loan case 金融借款合同纠纷', () => {
    expect(answer({ cause: 'loan' }).text).toContain('诉答辩人金融借款合同纠纷一案');
  });

  it('asks for each particular Art.128 requires that is missing, and blocks nothing else', () => {
    const b = answer(
      { party: { sex: null, birthDate: null, ethnicity: '', occupation: '' } },
      {
        sender: { ...fullInput().sender, address: '' },
      },
    );
    expect(b.text).toContain(
      '答辩人（被告）：李明，性别：【待填写：性别】，出生日期：【待填写：出生日期】，民族：【待填写：民族】，工作单位或职业：【待填写：工作单位或职业】，住所：【待填写：住所（户籍地址或经常居住地）】',
    );
    expect(b.missingFields).toEqual([
      'court.party.sex',
      'court.party.birthDate',
      'court.party.ethnicity',
      'court.party.occupation',
      'sender.address',
    ]);
  });

  it('a letter saved with version 1 keeps its shorter party line', () => {
    const input = fullInput({ sender: { ...fullInput().sender, address: '北京市朝阳区某某路1号' } });
    const v1 = findTemplate('civil-answer', 1)?.build(input);
    const text = v1 ? documentText(v1.document) : '';
    expect(text).toContain(
      '答辩人（被告）：李明，身份证号码：110101199001011234，住址：北京市朝阳区某某路1号，联系方式：电话 13800000000。',
    );
    expect(text).not.toContain('性别');
  });
});

describe('诉前调解还款方案', () => {
  it('proposes the user’s own plan with the budget attached, and keeps concessions out of the lawsuit', () => {
    const b = build('mediation-proposal', { caseNumber: '' }, { recipient: '朝阳区人民调解委员会' });
    expect(b.missingFields).toEqual([]);
    expect(b.text).toContain('朝阳区人民调解委员会：');
    expect(b.text).toContain('关于示例银行股份有限公司信用卡中心与本人信用卡纠纷的诉前调解，本人自愿参加调解');
    expect(b.text).toContain('每期还款800.00元（大写：捌佰元整），共60期（60个月）。');
    expect(b.text).toContain('第二十二条');
    expect(b.text).toContain('附件：收支表（按月计算）');
    expect(b.text).toContain('每月可用于还款的金额为1,200.00元（大写：壹仟贰佰元整）。明细见附件《收支表》。');
    expect(b.text).toContain(
      '本人另有其他欠款，每月用于还款的1,200.00元（大写：壹仟贰佰元整）在各笔欠款之间分配，本方案为其中每月800.00元（大写：捌佰元整）。',
    );
    // The proposal states no amount owed: neither the ledger's nor all creditors' total.
    expect(b.text).not.toContain('72,000.00');
    expect(b.text).not.toContain('51,000.00');
    expect(b.text).toContain('还款请按协议写明的方式直接支付给债权人。');
  });

  it('says a shortfall as it is and warns when the offer is more than the budget leaves', () => {
    const base = fullInput();
    const b = build(
      'mediation-proposal',
      {},
      { budget: { ...base.budget!, spendingMonthly: toFen(500_000), surplusMonthly: -50_000 } },
    );
    expect(b.text).toContain('收支相抵每月不足500.00元');
    expect(b.warnings).toEqual(expect.arrayContaining(['budget-shortfall', 'offer-above-surplus']));
    expect(build('mediation-proposal').warnings).toEqual([]);
  });

  it('needs the plan and the budget, and acknowledges the debt', () => {
    const b = build('mediation-proposal', {}, { plan: null, budget: null, limitationMayHaveExpired: true });
    expect(b.missingFields).toEqual(expect.arrayContaining(['plan', 'budget', 'limitationChoice']));
  });

  it('prints a mediation number only when one was typed', () => {
    const b = build('mediation-proposal', { caseNumber: '（2026）京0105民诉前调8899号' });
    expect(b.text).toContain('（编号：（2026）京0105民诉前调8899号）');
  });
});

describe('执行和解申请', () => {
  it('offers the plan to the enforcement creditor and asks for the settlement to be recorded (Art.241)', () => {
    const b = build('enforcement-settlement', { caseNumber: '（2027）京0105执1234号' });
    expect(b.missingFields).toEqual([]);
    expect(b.text).toContain('北京市朝阳区人民法院（2027）京0105执1234号执行案件中，本人为被执行人。');
    expect(b.text).toContain('由执行员将协议内容记入笔录（《中华人民共和国民事诉讼法》第二百四十一条）');
    expect(b.text).toContain('每期还款800.00元');
  });
});

describe('纠正失信信息申请书', () => {
  it.each([
    ['should-not-list', '不应将申请人纳入失信被执行人名单', '撤销将申请人纳入失信被执行人名单的决定'],
    ['inaccurate', '记载和公布的失信信息不准确', '更正记载和公布的失信信息'],
    ['should-delete', '失信信息应予删除', '删除申请人的失信信息'],
  ] as const)('%s: states the Art.11 ground and asks for it', (ground, why, ask) => {
    const b = build('dishonest-list-correction', { listingGround: ground, caseNumber: '（2027）京0105执1234号' });
    expect(b.missingFields).toEqual([]);
    expect(b.text).toContain(`申请人认为${why}，依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第十一条`);
    expect(b.text).toContain(`请求${ask}。`);
    expect(b.text).toContain('自收到本书面申请之日起十五日内审查');
  });

  it('asks which ground when none is chosen, and does not acknowledge the debt', () => {
    const b = build('dishonest-list-correction', { listingGround: null }, { limitationMayHaveExpired: true });
    expect(b.missingFields).toEqual(['court.listingGround']);
  });
});

describe('stored court letters (letterInputSchema)', () => {
  it('reads a court letter’s snapshot and a letter saved before court letters existed', async () => {
    const { letterInputSchema } = await import('../../../src/domain/letters/letter-schemas');
    const withCourt = fullInput();
    expect(letterInputSchema.safeParse(withCourt).success).toBe(true);
    const before: Partial<typeof withCourt> = { ...withCourt };
    delete before.court;
    expect(letterInputSchema.safeParse(before).success).toBe(true);
    const badGround = { ...withCourt, court: { ...withCourt.court!, objectionGrounds: ['no-money'] } };
    expect(letterInputSchema.safeParse(badGround).success).toBe(false);
  });
});
