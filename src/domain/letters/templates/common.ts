/**
 * Wording shared by several letter templates (version 1 of each). A template that changes any
 * of this wording copies what it needs into its new version instead of editing it here, so
 * older versions keep printing exactly as they did.
 */
import { assertNever } from '../../../lib/assert-never';
import type { BudgetCategory } from '../../budget/budget';
import type { Fen } from '../../types';
import { dayOfMonth, letterDate, yuanFigures } from '../letter-format';
import type { ContactKind, Enclosure, LetterInput } from '../letter-input';
import type { LetterWriter } from '../template';

export const CATEGORY_LABELS_V1: Record<BudgetCategory, string> = {
  salary: '工资',
  business: '经营收入',
  benefits: '社保与补助',
  'other-income': '其他收入',
  housing: '房租或房贷',
  utilities: '水电燃气',
  food: '伙食',
  transport: '交通',
  communication: '通讯',
  education: '子女教育',
  medical: '医疗',
  'elder-care': '赡养老人',
  social: '人情往来',
  'other-spending': '其他支出',
};

export function contactKindLabelV1(kind: ContactKind): string {
  switch (kind) {
    case 'phone':
      return '电话';
    case 'post':
      return '邮寄地址';
    case 'email':
      return '电子邮箱';
    default:
      return assertNever(kind, 'unknown contact kind');
  }
}

export function enclosureLabelV1(e: Enclosure): string {
  switch (e) {
    case 'id-copy':
      return '身份证复印件';
    case 'hardship-proof':
      return '困难情况证明材料';
    case 'bank-statements':
      return '近期银行流水';
    case 'budget':
      return '收支表';
    case 'credit-report':
      return '个人信用报告（相关页）';
    case 'correspondence':
      return '此前的申请、往来函件及答复';
    default:
      return assertNever(e, 'unknown enclosure');
  }
}

/** "申请人：张三，身份证号码：…，住址：…。" */
export function senderParagraphV1(w: LetterWriter, role: string): void {
  const { sender } = w.input;
  const parts = [
    `${role}：${w.text(sender.name, 'sender.name', '姓名')}`,
    `身份证号码：${w.text(sender.idNumber, 'sender.idNumber', '身份证号码')}`,
  ];
  if (sender.address.trim() !== '') parts.push(`住址：${sender.address.trim()}`);
  w.paragraph(`${parts.join('，')}。`);
}

/** The one contact channel, e.g. "电话 13800000000". */
export function contactTextV1(w: LetterWriter): string {
  const c = w.input.contact;
  if (c === null || c.value.trim() === '') {
    w.markMissing('contact');
    return '【待填写：联系方式】';
  }
  return `${contactKindLabelV1(c.kind)} ${c.value.trim()}`;
}

/** "（卡号末四位1234）" or '' when the user did not record it. */
export function cardSuffixV1(input: LetterInput): string {
  const last4 = input.debt?.last4 ?? '';
  return last4 === '' ? '' : `（卡号末四位${last4}）`;
}

export function lenderV1(w: LetterWriter): string {
  if (w.input.debt === null) {
    w.markMissing('debt');
    return '【待填写：发卡银行】';
  }
  return w.input.debt.lender;
}

/**
 * The proposal as list items: amount and periods, start date, total. `maxTerm` warns above 60
 * months: Art. 70's five-year limit binds a bank's personalised instalments only, so the loan
 * letters (per-creditor.ts) pass false.
 */
export function proposalItemsV1(w: LetterWriter, maxTerm = true): string[] {
  const plan = w.input.plan;
  if (plan === null) {
    w.markMissing('plan');
    return ['【待填写：还款方案（每期金额、期数、首期还款日）】'];
  }
  if (maxTerm && plan.months > 60) w.warn('plan-exceeds-max-term');
  const items: string[] = [];
  const periods = `每期还款${w.money(plan.monthly)}，共${plan.months}期（${plan.months}个月）。`;
  items.push(
    plan.lastInstalment !== plan.monthly && plan.months > 1
      ? `${periods}其中最后一期为${w.money(plan.lastInstalment)}。`
      : periods,
  );
  if (plan.firstDue === null) {
    w.markMissing('plan.firstDue');
    items.push('首期还款日为【待填写：首期还款日】，此后每月同日还款。');
  } else {
    const day = dayOfMonth(plan.firstDue);
    const shortMonths = day > 28 ? '（当月没有该日的，为当月最后一日）' : '';
    items.push(`首期还款日为${letterDate(plan.firstDue)}，此后每月${day}日还款${shortMonths}。`);
  }
  const total = (plan.monthly * (plan.months - 1) + plan.lastInstalment) as Fen;
  items.push(`还款总额${w.money(total)}。`);
  return items;
}

/** "签名 / 日期" block, kept together on one page by the renderer. */
export function signatureV1(w: LetterWriter, role: string): void {
  w.push({
    kind: 'signature',
    closing: ['此致', '敬礼！'],
    lines: [
      { label: `${role}（签名）：`, value: '' },
      { label: '日期：', value: letterDate(w.input.date) },
    ],
  });
}

export function enclosuresV1(w: LetterWriter, allowed: readonly Enclosure[]): void {
  const chosen = w.input.enclosures.filter((e) => allowed.includes(e));
  if (chosen.length === 0) return;
  w.heading('附件');
  w.push({ kind: 'list', ordered: true, items: chosen.map(enclosureLabelV1) });
}

/** Monthly budget table rows: one per line entered, then the totals and the surplus. */
export function budgetRowsV1(input: LetterInput): string[][] {
  const b = input.budget;
  if (b === null) return [];
  const rows: string[][] = [];
  const push = (category: BudgetCategory) => {
    const line = b.lines.find((l) => l.category === category);
    if (line) rows.push([CATEGORY_LABELS_V1[category], yuanFigures(line.monthly), line.reason]);
  };
  (['salary', 'business', 'benefits', 'other-income'] as const).forEach(push);
  rows.push(['收入合计', yuanFigures(b.incomeMonthly), '']);
  (
    [
      'housing',
      'utilities',
      'food',
      'transport',
      'communication',
      'education',
      'medical',
      'elder-care',
      'social',
      'other-spending',
    ] as const
  ).forEach(push);
  rows.push(['必要支出合计', yuanFigures(b.spendingMonthly), '']);
  rows.push([
    b.surplusMonthly >= 0 ? '每月结余（可用于还款）' : '每月缺口',
    yuanFigures(Math.abs(b.surplusMonthly) as Fen),
    '',
  ]);
  return rows;
}

/** The budget as an attached page (附件：收支表). */
export function budgetPageV1(w: LetterWriter): void {
  if (w.input.budget === null) return;
  w.push({ kind: 'page-break' });
  w.heading('附件：收支表（按月计算）');
  w.paragraph(
    `姓名：${w.text(w.input.sender.name, 'sender.name', '姓名')}\u3000\u3000制表日期：${letterDate(w.input.date)}`,
  );
  w.push({ kind: 'table', columns: ['项目', '每月金额', '说明'], rows: budgetRowsV1(w.input) });
  w.paragraph(
    '说明：按周填写的项目按“每周金额×52÷12”折算为每月，按年填写的项目按“每年金额÷12”折算，均四舍五入到分。支出不含偿还信用卡和各类贷款的款项。',
  );
}
