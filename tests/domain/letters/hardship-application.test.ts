import { describe, expect, it } from 'vitest';
import { hardshipApplicationV1, ART70_SIX_ITEMS } from '../../../src/domain/letters/templates/hardship-application';
import { documentText, fullInput } from './fixtures';

describe('个性化分期还款申请书 v1', () => {
  const built = hardshipApplicationV1.build(fullInput());
  const text = documentText(built.document);

  it('is complete when everything is entered', () => {
    expect(built.missingFields).toEqual([]);
    expect(text).not.toContain('待填写');
    expect(built.document).toMatchObject({
      title: '个性化分期还款申请书',
      templateId: 'hardship-application',
      templateVersion: 1,
    });
  });

  it('names who, which card, and the legal basis', () => {
    expect(built.document.blocks[0]).toEqual({ kind: 'addressee', text: '示例银行信用卡中心：' });
    expect(text).toContain('申请人：李明，身份证号码：110101199001011234。');
    expect(text).toContain('示例银行信用卡（卡号末四位1234）');
    expect(text).toContain('《商业银行信用卡业务监督管理办法》第七十条');
  });

  it('states the amounts owed in figures and capitals, as recorded', () => {
    expect(text).toContain('截至2026年11月20日');
    expect(text).toContain('以贵行账单为准');
    expect(text).toContain('48,000.00元（大写：肆万捌仟元整）');
    expect(text).toContain('52,000.00元（大写：伍万贰仟元整）');
  });

  it('carries the hardship in the user own words, paragraph by paragraph', () => {
    const paragraphs = built.document.blocks
      .filter((b) => b.kind === 'paragraph')
      .map((b) => (b as { text: string }).text);
    expect(paragraphs).toContain('今年3月公司裁员，我失业了四个月。');
    expect(paragraphs).toContain('现在的工作工资比以前低了一半。');
    expect(text).toContain('本人仍有还款意愿');
  });

  it('summarises the budget and the pro-rata share', () => {
    expect(text).toContain('每月收入合计4,500.00元（大写：肆仟伍佰元整）');
    expect(text).toContain('每月可用于还款的金额为1,200.00元（大写：壹仟贰佰元整）');
    expect(text).toContain('本人共有2笔欠款，合计72,000.00元（大写：柒万贰仟元整）');
    expect(text).toContain('按各笔欠款金额的比例分配，其中向贵行每月还款800.00元（大写：捌佰元整）');
  });

  it('makes the exact proposal and asks to stop interest, fees and 违约金', () => {
    expect(text).toContain('每期还款800.00元（大写：捌佰元整），共60期（60个月）。');
    expect(text).toContain('首期还款日为2027年1月10日，此后每月10日还款。');
    expect(text).toContain('还款总额48,000.00元（大写：肆万捌仟元整）。');
    expect(text).toContain('停止计收利息、年费、违约金及其他费用');
    expect(text).toContain('减免已产生的利息、违约金及其他费用');
  });

  it('asks for the six Art. 70 items in writing, collection to stop once signed, one contact channel', () => {
    const paragraphs = built.document.blocks
      .filter((b) => b.kind === 'paragraph')
      .map((b) => (b as { text: string }).text);
    expect(paragraphs).toEqual(
      expect.arrayContaining(['（一）欠款余额、结构、币种；', '（六）与还款有关的其他事项。']),
    );
    for (const item of ART70_SIX_ITEMS) expect(paragraphs.filter((p) => p.endsWith(item))).toHaveLength(1);
    expect(ART70_SIX_ITEMS).toHaveLength(6);
    expect(text).toContain('签订书面的个性化分期还款协议');
    expect(text).toContain('停止对本人的催收');
    expect(text).toContain('请通过以下方式与本人联系：电话 13800000000。');
    expect(text).toContain('不向任何银行申领信用卡');
  });

  it('lists the enclosures, ends with the signature block, and attaches the budget page', () => {
    const kinds = built.document.blocks.map((b) => b.kind);
    const sig = kinds.indexOf('signature');
    expect(sig).toBeGreaterThan(0);
    expect(kinds[sig + 1]).toBe('page-break');
    expect(built.document.blocks[sig]).toEqual({
      kind: 'signature',
      closing: ['此致', '敬礼！'],
      lines: [
        { label: '申请人（签名）：', value: '' },
        { label: '日期：', value: '2026年11月28日' },
      ],
    });
    expect(text).toContain('身份证复印件');
    expect(text).toContain('附件：收支表（按月计算）');
    expect(text).toContain('母亲慢性病药费');
    expect(text).toContain('每周金额×52÷12');
  });

  it('never writes a shortfall as a surplus', () => {
    const b = hardshipApplicationV1.build(fullInput({ budget: { ...fullInput().budget!, surplusMonthly: -20_000 } }));
    const t = documentText(b.document);
    expect(t).toContain('收支相抵每月不足200.00元');
    expect(t).not.toContain('每月可用于还款的金额为');
    expect(b.warnings).toEqual(expect.arrayContaining(['budget-shortfall', 'offer-above-surplus']));
  });

  it('asks for principal-only or only a freeze depending on the basis', () => {
    const t = documentText(
      hardshipApplicationV1.build(fullInput({ plan: { ...fullInput().plan!, basis: 'total' } })).document,
    );
    expect(t).toContain('以目前欠款合计为还款基数');
    expect(t).not.toContain('减免已产生的利息');
  });

  it('warns when the plan runs past 60 months', () => {
    const b = hardshipApplicationV1.build(fullInput({ plan: { ...fullInput().plan!, months: 61 } }));
    expect(b.warnings).toContain('plan-exceeds-max-term');
  });
});

describe('missing information is reported, never left blank', () => {
  it.each<[string, Parameters<typeof fullInput>[0], string[], string]>([
    ['no name', { sender: { name: ' ', idNumber: '1', address: '' } }, ['sender.name'], '【待填写：姓名】'],
    ['no recipient', { recipient: '' }, ['recipient'], '【待填写：收件单位】'],
    ['no hardship facts', { hardshipFacts: '' }, ['hardshipFacts'], '【待填写：困难情况（用你自己的话写）】'],
    ['no contact', { contact: null }, ['contact'], '【待填写：联系方式】'],
    ['no plan', { plan: null }, ['plan'], '【待填写：还款方案（每期金额、期数、首期还款日）】'],
    [
      'no first due date',
      { plan: { ...fullInput().plan!, firstDue: null } },
      ['plan.firstDue'],
      '【待填写：首期还款日】',
    ],
    ['no budget', { budget: null }, ['budget'], '【待填写：收支情况】'],
    ['no debt', { debt: null }, ['debt'], '【待填写：发卡银行】'],
  ])('%s', (_name, over, missing, marker) => {
    const b = hardshipApplicationV1.build(fullInput(over));
    expect(b.missingFields).toEqual(missing);
    expect(documentText(b.document)).toContain(marker);
  });

  it('an empty input reports every field and prints markers', () => {
    const b = hardshipApplicationV1.build(
      fullInput({
        recipient: '',
        sender: { name: '', idNumber: '', address: '' },
        contact: null,
        debt: null,
        budget: null,
        plan: null,
        hardshipFacts: '',
      }),
    );
    expect(new Set(b.missingFields)).toEqual(
      new Set(['recipient', 'sender.name', 'sender.idNumber', 'debt', 'hardshipFacts', 'budget', 'plan', 'contact']),
    );
  });
});

describe('limitation warning (诉讼时效规定 Art. 19)', () => {
  it('a letter acknowledging a possibly time-barred debt needs the user choice first', () => {
    const b = hardshipApplicationV1.build(fullInput({ limitationMayHaveExpired: true }));
    expect(b.warnings).toContain('limitation-may-have-expired');
    expect(b.missingFields).toEqual(['limitationChoice']);
  });

  it('once the user chooses to go ahead, the warning stays but nothing is missing', () => {
    const b = hardshipApplicationV1.build(fullInput({ limitationMayHaveExpired: true, limitationChoice: 'proceed' }));
    expect(b.warnings).toContain('limitation-may-have-expired');
    expect(b.missingFields).toEqual([]);
  });

  it('no warning when the assessment does not flag it', () => {
    expect(hardshipApplicationV1.build(fullInput()).warnings).not.toContain('limitation-may-have-expired');
  });
});
