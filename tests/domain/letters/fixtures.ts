/** A complete letter input, as the builder would snapshot it for one of two overdue cards. */
import { isoDate } from '../../../src/domain/dates';
import { emptyLetterInput, type LetterInput } from '../../../src/domain/letters/letter-input';
import { toFen } from '../../../src/domain/money';

export function fullInput(over: Partial<LetterInput> = {}): LetterInput {
  return {
    ...emptyLetterInput(isoDate('2026-11-28')),
    recipient: '示例银行信用卡中心',
    sender: { name: '李明', idNumber: '110101199001011234', address: '' },
    contact: { kind: 'phone', value: '13800000000' },
    debt: {
      lender: '示例银行',
      last4: '1234',
      principal: toFen(4_800_000),
      interest: toFen(350_000),
      fees: toFen(50_000),
      recordedOn: isoDate('2026-11-20'),
    },
    budget: {
      lines: [
        { category: 'salary', monthly: toFen(450_000), reason: '' },
        { category: 'housing', monthly: toFen(150_000), reason: '' },
        { category: 'food', monthly: toFen(130_000), reason: '一家三口' },
        { category: 'medical', monthly: toFen(50_000), reason: '母亲慢性病药费' },
      ],
      incomeMonthly: toFen(450_000),
      spendingMonthly: toFen(330_000),
      surplusMonthly: 120_000,
    },
    plan: {
      basis: 'principal',
      monthly: toFen(80_000),
      months: 60,
      lastInstalment: toFen(80_000),
      firstDue: isoDate('2027-01-10'),
      split: 'pro-rata',
      creditorCount: 2,
      totalOwedAll: toFen(7_200_000),
      offerAll: toFen(120_000),
    },
    hardshipFacts: '今年3月公司裁员，我失业了四个月。\n现在的工作工资比以前低了一半。',
    applicationDate: isoDate('2026-10-20'),
    sentVia: 'EMS（单号 1234567890）',
    refusalDate: isoDate('2026-11-15'),
    refusalNote: '电话里说不办理个性化分期，只能全额还款。',
    recordDescription: '示例银行 信用卡末四位1234 2025年6月 显示逾期，但当月已按时还款。',
    correction: '2025年6月10日已足额还款，有银行流水为证。',
    statementText: '2026年因失业收入中断导致逾期，现已与银行协商还款。',
    thirdPartyFacts: '2026年11月3日，一名自称催收员的人打电话给我的同事王某，说我欠钱不还。',
    court: {
      court: '北京市朝阳区人民法院',
      caseNumber: '（2026）京0105民督123号',
      servedOn: isoDate('2026-11-20'),
      opposingParty: '示例银行股份有限公司信用卡中心',
      cause: 'card',
      objectionGrounds: ['amount', 'charges'],
      answerRequests: ['reduce-charges', 'instalments'],
      listingGround: 'inaccurate',
      claimSentences: [],
      reasons: '2026年5月和6月的两笔还款共3,000元没有计入。',
      evidence: '银行流水（2026年5月至6月）\n还款记录截图',
      party: { sex: 'male', birthDate: isoDate('1990-01-01'), ethnicity: '汉族', occupation: '某某物流公司仓库管理员' },
    },
    ...over,
  };
}

/** All the text of a document, for "contains" checks. */
export function documentText(doc: { title: string; blocks: readonly object[] }): string {
  const parts: string[] = [doc.title];
  for (const b of doc.blocks as {
    kind: string;
    text?: string;
    items?: string[];
    rows?: string[][];
    columns?: string[];
    lines?: { label: string; value: string }[];
    closing?: string[];
  }[]) {
    if (b.text) parts.push(b.text);
    if (b.items) parts.push(...b.items);
    if (b.columns) parts.push(...b.columns);
    if (b.rows) parts.push(...b.rows.flat());
    if (b.closing) parts.push(...b.closing);
    if (b.lines) parts.push(...b.lines.flatMap((l) => [l.label, l.value]));
  }
  return parts.join('\n');
}
