/**
 * The few hardship strings the first screens need (navigation, the panel on a debt). The
 * rest of the budget and letter strings load with their screens (see budget.ts, letters.ts).
 */
export const hardshipCoreZh = {
  'nav.budget': '收支与方案',
  'nav.letters': '信件',
  'letters.fromDebt.title': '和银行协商分期',
  'letters.fromDebt.about': '先填收支表和还款方案，再为这笔写个性化分期还款申请书（第七十条）。',
  'letters.fromDebt.write': '写申请书',
  'letters.fromDebt.write.loan': '写协商还款请求函',
  'letters.fromDebt.title.loan': '和出借机构协商还款',
  'letters.fromDebt.about.loan':
    '先填收支表和还款方案，再为这笔借款写协商还款请求函。没有哪条规定要求对方必须同意，这封信是请求。',
} as const;
