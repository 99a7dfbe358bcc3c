/**
 * Fixed inputs every released letter-template version is built from for its fingerprint. They are
 * frozen with the fingerprints: editing one changes every letter's fingerprint, so add a new input
 * instead. Together they reach each template's branches: everything filled, nothing filled, a
 * time-barred debt the user chose to acknowledge, a budget shortfall with a plan past 60 months, and
 * an e-mail contact with the bank's own complaint date. The court letters (which read
 * `court`) have their own inputs: everything filled with claim-check sentences, an objection on
 * inability alone, limitation asked for with instalments, and a correction with no ground.
 * The loan inputs (added with the loan letters) are the full input for a consumer-finance
 * company's loan and an online lender's, each with a loan number, a bank card typed as such,
 * and an online lender's loan with no number over 60 months.
 */
import type { LetterCourt, LetterInput } from '../../src/domain/letters/letter-input';
import type { Fen, IsoDate } from '../../src/domain/types';

const fen = (n: number) => n as Fen;
const day = (s: string) => s as IsoDate;

const FULL: LetterInput = {
  date: day('2026-11-28'),
  recipient: '示例银行信用卡中心',
  sender: { name: '李明', idNumber: '110101199001011234', address: '北京市东城区示例路1号' },
  contact: { kind: 'phone', value: '13800000000' },
  debt: {
    lender: '示例银行',
    last4: '1234',
    principal: fen(4_800_000),
    interest: fen(350_000),
    fees: fen(50_000),
    recordedOn: day('2026-11-20'),
  },
  budget: {
    lines: [
      { category: 'salary', monthly: fen(450_000), reason: '' },
      { category: 'housing', monthly: fen(150_000), reason: '' },
      { category: 'food', monthly: fen(130_000), reason: '一家三口' },
      { category: 'medical', monthly: fen(50_000), reason: '母亲慢性病药费' },
    ],
    incomeMonthly: fen(450_000),
    spendingMonthly: fen(330_000),
    surplusMonthly: 120_000,
  },
  plan: {
    basis: 'principal',
    monthly: fen(80_000),
    months: 60,
    lastInstalment: fen(80_000),
    firstDue: day('2027-01-10'),
    split: 'pro-rata',
    creditorCount: 2,
    totalOwedAll: fen(7_200_000),
    offerAll: fen(120_000),
  },
  hardshipFacts: '今年3月公司裁员，我失业了四个月。\n现在的工作工资比以前低了一半。',
  enclosures: ['id-copy', 'hardship-proof', 'bank-statements', 'budget', 'credit-report', 'correspondence'],
  applicationDate: day('2026-10-20'),
  sentVia: 'EMS（单号 1234567890）',
  refusalDate: day('2026-11-15'),
  refusalNote: '电话里说不办理个性化分期，只能全额还款。',
  bankComplaintDate: null,
  recordDescription: '示例银行 信用卡末四位1234 2025年6月 显示逾期，但当月已按时还款。',
  correction: '2025年6月10日已足额还款，有银行流水为证。',
  statementText: '2026年因失业收入中断导致逾期，现已与银行协商还款。',
  thirdPartyFacts: '2026年11月3日，一名自称催收员的人打电话给我的同事王某。',
  limitationMayHaveExpired: false,
  limitationChoice: 'undecided',
};

const EMPTY: LetterInput = {
  date: day('2026-11-28'),
  recipient: '',
  sender: { name: '', idNumber: '', address: '' },
  contact: null,
  debt: null,
  budget: null,
  plan: null,
  hardshipFacts: '',
  enclosures: [],
  applicationDate: null,
  sentVia: '',
  refusalDate: null,
  refusalNote: '',
  bankComplaintDate: null,
  recordDescription: '',
  correction: '',
  statementText: '',
  thirdPartyFacts: '',
  limitationMayHaveExpired: false,
  limitationChoice: 'undecided',
};

const COURT: LetterCourt = {
  court: '北京市朝阳区人民法院',
  caseNumber: '（2026）京0105民初4567号',
  servedOn: day('2026-11-20'),
  opposingParty: '示例银行股份有限公司信用卡中心',
  cause: 'card',
  objectionGrounds: ['amount', 'charges', 'identity', 'cannot-pay'],
  answerRequests: ['reduce-charges', 'instalments'],
  listingGround: 'inaccurate',
  claimSentences: [
    '原告主张的利息、违约金及各项费用合计14,050.00元，以原告主张的本金52,000.00元、逾期365日计算，折合年利率约27.01%，超过年利率24%的部分为1,570.00元。',
    '原告主张的本金52,000.00元与本人记录不一致，请求原告提交交易明细和对账单予以核实。',
  ],
  reasons: '2026年5月和6月的两笔还款共3,000元没有计入。\n分期手续费从未向我提示说明。',
  evidence: '银行流水（2026年5月至6月）\n还款记录截图',
};

const LOAN_DEBT = {
  ...FULL.debt!,
  last4: '',
  principal: fen(3_000_000),
  interest: fen(200_000),
  fees: fen(30_000),
  loanNumber: 'JK20250315-0001',
};

const CONSUMER_FINANCE: LetterInput = {
  ...FULL,
  recipient: '示例消费金融有限公司客服中心',
  debt: { ...LOAN_DEBT, lender: '示例消费金融有限公司', creditorType: 'consumer-finance' },
};

const ONLINE_LENDER: LetterInput = {
  ...FULL,
  recipient: '示例网络小额贷款有限公司客服中心',
  debt: { ...LOAN_DEBT, lender: '示例网络小额贷款有限公司', creditorType: 'online-lender' },
};

export const FROZEN_LETTER_INPUTS: Readonly<Record<string, LetterInput>> = {
  full: FULL,
  empty: EMPTY,
  'time-barred-acknowledged': { ...FULL, limitationMayHaveExpired: true, limitationChoice: 'proceed' },
  'time-barred-undecided': { ...FULL, limitationMayHaveExpired: true, limitationChoice: 'undecided' },
  'shortfall-long-plan': {
    ...FULL,
    budget: { ...FULL.budget!, spendingMonthly: fen(500_000), surplusMonthly: -50_000 },
    plan: {
      ...FULL.plan!,
      basis: 'total',
      monthly: fen(60_000),
      months: 87,
      lastInstalment: fen(20_000),
      split: 'custom',
      creditorCount: 1,
      totalOwedAll: fen(5_200_000),
      offerAll: fen(60_000),
    },
  },
  'email-after-bank-complaint': {
    ...FULL,
    contact: { kind: 'email', value: 'liming@example.com' },
    bankComplaintDate: day('2026-11-01'),
    enclosures: ['id-copy'],
  },
  'court-full': { ...FULL, court: COURT },
  'consumer-finance-full': CONSUMER_FINANCE,
  'online-lender-full': ONLINE_LENDER,
  'card-typed-full': { ...FULL, debt: { ...FULL.debt!, creditorType: 'card-instalment-or-cash-loan', loanNumber: '' } },
  'online-lender-no-number-long-plan': {
    ...ONLINE_LENDER,
    debt: { ...ONLINE_LENDER.debt!, loanNumber: '' },
    plan: { ...FULL.plan!, months: 87, lastInstalment: fen(20_000) },
  },
  'court-inability-only': {
    ...FULL,
    court: { ...COURT, objectionGrounds: ['cannot-pay', 'more-time', 'other-method'], claimSentences: [], reasons: '' },
  },
  'court-limitation-with-instalments': {
    ...FULL,
    limitationMayHaveExpired: true,
    limitationChoice: 'proceed',
    court: {
      ...COURT,
      caseNumber: '(２０２６) 京0105 民督123号',
      objectionGrounds: ['limitation'],
      answerRequests: ['limitation', 'instalments'],
      listingGround: 'should-delete',
    },
  },
  'court-unreadable-no-ground': {
    ...FULL,
    date: day('2026-12-20'),
    plan: null,
    court: { ...COURT, caseNumber: '2026京民初', cause: 'loan', listingGround: null, evidence: '' },
  },
};
