/**
 * Inputs and outputs of the legal assessment.
 *
 * The input is plain data about one debt (no storage types), so the engine can be run on a
 * stored debt, on a scenario fixture or in a benchmark alike. The output is codes, dates and
 * amounts, never text: each statement (`Finding`) carries the rule id and source ids behind
 * it, and the UI turns its code into plain Chinese.
 */
import type { CreditorType } from '../debt';
import type { AcknowledgementKind, CollectionChannel, LegalEventKind, ReceiptProof } from '../debt-events';
import type { Fen, IsoDate } from '../types';
import type { RuleId } from './rules';

// ── Input ────────────────────────────────────────────────────────────────────

export interface AssessmentInput {
  creditorType: CreditorType;
  /** 透支本金, 利息, 违约金及其他费用 as last typed in (fen). */
  principal: Fen;
  interest: Fen;
  fees: Fen;
  /**
   * The day those amounts were read. Payments dated after it are taken off (principal
   * first); earlier payments are assumed to be in the amounts already. null: take no
   * payment off.
   */
  amountsAsOf: IsoDate | null;
  /** 首次逾期日: the earliest due date not paid; null when not overdue. */
  firstMissedDue: IsoDate | null;
  /** Paid off or settled in full. */
  settled: boolean;
  /** The day it was settled, when known. */
  settledOn: IsoDate | null;
  payments: readonly { date: IsoDate; amount: Fen }[];
  collectionNotices: readonly { date: IsoDate; channel: CollectionChannel; received: ReceiptProof }[];
  acknowledgements: readonly { date: IsoDate; kind: AcknowledgementKind; lastInstalmentDue: IsoDate | null }[];
  /** `performanceDue`: a judgment's last day to perform, when entered (see LegalEventFields). */
  legalEvents: readonly { date: IsoDate; kind: LegalEventKind; performanceDue?: IsoDate | null }[];
  /**
   * The person's other debts with the same issuer (same lender name). For the 恶意透支
   * amount, what is owed to one issuer may be added together (see criminal.ts). Absent or
   * empty: this debt is assessed on its own.
   */
  sameIssuer?: readonly SameIssuerDebt[];
}

/** Another debt with the same issuer: only what is needed to count its unpaid principal. */
export type SameIssuerDebt = Pick<
  AssessmentInput,
  'creditorType' | 'principal' | 'interest' | 'fees' | 'amountsAsOf' | 'settled' | 'settledOn' | 'payments'
>;

// ── Statements ───────────────────────────────────────────────────────────────

/** A value shown inside a statement; the UI formats each kind (date, money, count, code). */
export type FindingValue = { date: IsoDate } | { fen: Fen } | { count: number } | { code: string };

/** One statement the assessment makes, with the rule and sources behind it. */
export interface Finding {
  /** What it says; the UI shows `assess.finding.<code>`. */
  code: string;
  ruleId: RuleId;
  sourceIds: readonly string[];
  values?: Readonly<Record<string, FindingValue>>;
  /** Why, as codes; the UI shows each as `assess.reason.<code>`. */
  reasons?: readonly string[];
}

// ── Stage ────────────────────────────────────────────────────────────────────

export const BUCKETS = ['M0', 'M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7+'] as const;
/** 账龄: M0 = not overdue; M1 = 1–30 days … M6 = 151–180; M7+ = over 180. */
export type Bucket = (typeof BUCKETS)[number];

/** 2011 办法 Art.92: 正常 / 关注 (1–90) / 次级 (91–120) / 可疑 (121–180) / 损失 (>180). */
export type RegulatoryClass = 'normal' | 'special-mention' | 'substandard' | 'doubtful' | 'loss';

/** The seed article's plain stages: 初期 1–30, 中期 31–90, 后期 over 90 days. */
export type PlainPhase = 'not-overdue' | 'early' | 'middle' | 'late';

/** What banks typically do (practice, varies by bank; never a rule). */
export type BankAction =
  | 'reminders'
  | 'card-frozen-or-limit-cut'
  | 'in-house-calls'
  | 'card-suspended'
  | 'formal-letters'
  | 'outsourced-collection'
  | 'balance-accelerated'
  | 'write-off'
  | 'debt-sale-possible';

export interface StageAssessment {
  /** Overdue and not settled on the assessment date. */
  overdue: boolean;
  settled: boolean;
  /** Days overdue as of the date (or, once settled, up to the settled date); 0 when not overdue. */
  overdueDays: number;
  /** The bank's 30-day bucket; null for a loan (a bank-card convention, not said of loans). */
  bucket: Bucket | null;
  /** Credit-report status digit 1–7 for the overdue days; null when not overdue. */
  creditCode: number | null;
  /** 2011 办法 Art.92 class; null for a loan (Art.92 classes credit-card assets only). */
  regulatoryClass: RegulatoryClass | null;
  /** Past the 90-day line: the bank counts it as non-performing (不良); null for a loan. */
  nonPerforming: boolean | null;
  /** Past 180 days, where banks typically write off (practice); null for a loan. */
  pastWriteOffLine: boolean | null;
  /** 初期 / 中期 / 后期 of the card seed article; null for a loan. */
  plainPhase: PlainPhase | null;
  bankActions: readonly BankAction[];
  findings: readonly Finding[];
}

// ── Criminal ─────────────────────────────────────────────────────────────────

export type ConditionStatus = 'met' | 'not-met' | 'unknown';

/** Whether 恶意透支 can apply to this kind of credit at all. */
export type CriminalScope = 'card-overdraft' | 'instalment-contested' | 'not-a-card';

/** Which threshold rule was in force on the date: 2009 (1万元), 2018 (5万元) or none. */
export type ThresholdRegime = '2009' | '2018' | 'none';

export interface CriminalCondition {
  status: ConditionStatus;
  finding: Finding;
}

/**
 * Summary of the objective conditions (a)–(c). Intent (d) is never decided by the app, so
 * there is deliberately no "high risk" value: the screen shows the conditions themselves.
 */
export type CriminalOutcome =
  | 'not-applicable'
  | 'not-all-met'
  | 'unclear'
  | 'objective-conditions-met'
  /** (a)–(c) met, but an instalment or cash product is counted, which courts often treat as a loan. */
  | 'conditions-met-product-contested';

export interface CriminalAssessment {
  scope: CriminalScope;
  regime: ThresholdRegime;
  /** The threshold in force (fen); null when none was. */
  threshold: Fen | null;
  /** Unpaid principal counted as the law counts it (payments reduce principal first). */
  countedPrincipal: Fen;
  /**
   * This debt's counted principal plus the other card debts' with the same issuer; equal to
   * `countedPrincipal` when there are none. Condition (a) is judged on this amount.
   */
  issuerPrincipal: Fen;
  /** How many card debts with this issuer have unpaid principal, this one included (1 = only this one). */
  issuerCardCount: number;
  conditions: {
    principal: CriminalCondition;
    collections: CriminalCondition & { first: IsoDate | null; second: IsoDate | null };
    threeMonths: CriminalCondition & { clockEnds: IsoDate | null; confirmed: boolean };
    intent: CriminalCondition;
  };
  outcome: CriminalOutcome;
  findings: readonly Finding[];
  /** What lowers the risk (always shown for card debts). */
  lowering: readonly Finding[];
}

// ── Civil ────────────────────────────────────────────────────────────────────

export interface CivilEvent {
  kind: LegalEventKind;
  date: IsoDate;
  /** The last day to act (支付令 objection, answer, appeal), when the event has one. */
  deadline: IsoDate | null;
  /** Days from the assessment date to the deadline (0 = today is the last day; negative = passed). */
  daysLeft: number | null;
  /** A judgment's last day to perform, when entered. */
  performanceDue: IsoDate | null;
  /**
   * The last day of the creditor's 2 years to apply for enforcement, counted from
   * `performanceDue` (民诉法 Art.250), on the entered facts; null without `performanceDue`.
   */
  enforcementApplicationEnds: IsoDate | null;
}

export interface CivilAssessment {
  events: readonly CivilEvent[];
  findings: readonly Finding[];
}

// ── Limitation ───────────────────────────────────────────────────────────────

export type LimitationStatus = 'not-started' | 'settled' | 'running' | 'may-have-expired' | 'in-court';

export type InterruptionCause =
  'collection-notice' | 'payment' | 'acknowledgement' | 'repayment-plan' | 'payment-order' | 'lawsuit';

export interface LimitationAssessment {
  status: LimitationStatus;
  /** The last entered event that restarted the 3 years (before any court case), if any. */
  lastInterruption: { date: IsoDate; cause: InterruptionCause } | null;
  /** The day the current 3 years count from (event, last instalment due, or first missed due). */
  runsFrom: IsoDate | null;
  /** The last day of the 3 years; null in court, settled or not started. */
  endsOn: IsoDate | null;
  /**
   * True when, on the entered facts, the 3 years may have run out (now, or before a lawsuit
   * or 支付令 started). The letter builder warns before the user signs or promises anything.
   */
  limitationMayHaveExpired: boolean;
  /** An acknowledgement, plan or payment made after the period had run out (gives up the defence). */
  waivedOn: IsoDate | null;
  findings: readonly Finding[];
}

// ── Credit record ────────────────────────────────────────────────────────────

export type CreditRetention = 'no-negative-record' | 'kept-while-unpaid' | 'kept-until' | 'settled-date-missing';

export type OneTimeRepairStatus =
  | 'not-in-force'
  | 'no-overdue'
  | 'outside-period'
  | 'amount-over'
  | 'amount-unclear'
  | 'may-qualify-if-repaid'
  | 'likely-qualifies'
  | 'window-closed'
  | 'settled-date-missing';

export interface CreditRecordAssessment {
  retention: CreditRetention;
  /** Settled date + 5 years, when settled with a date. */
  keptUntil: IsoDate | null;
  oneTimeRepair: OneTimeRepairStatus;
  /** When a repaid record stops being shown under the one-time repair, if it qualifies. */
  repairHiddenBy: IsoDate | null;
  findings: readonly Finding[];
}

// ── Milestones ───────────────────────────────────────────────────────────────

export type MilestoneCode =
  | 'enters-bucket'
  | 'non-performing-line'
  | 'write-off-line'
  | 'criminal-clock-ends'
  | 'payment-order-objection-deadline'
  | 'answer-deadline'
  | 'appeal-deadline'
  | 'ruling-appeal-deadline'
  | 'performance-period-ends'
  | 'enforcement-application-ends'
  | 'limitation-ends'
  | 'credit-record-deleted'
  | 'one-time-repair-deadline';

/** A dated event ahead. `deadline` ones need the user to act by that day. */
export interface Milestone {
  date: IsoDate;
  code: MilestoneCode;
  deadline: boolean;
  /** Days from the assessment date (0 = today). */
  daysLeft: number;
  ruleId: RuleId;
  sourceIds: readonly string[];
  values?: Readonly<Record<string, FindingValue>>;
}

// ── Whole assessment ─────────────────────────────────────────────────────────

export interface Assessment {
  asOf: IsoDate;
  /** Outstanding amounts after payments recorded since `amountsAsOf` (principal first). */
  outstanding: { principal: Fen; interest: Fen; fees: Fen; total: Fen };
  stage: StageAssessment;
  criminal: CriminalAssessment;
  civil: CivilAssessment;
  limitation: LimitationAssessment;
  creditRecord: CreditRecordAssessment;
  /** Dated events ahead, soonest first. */
  milestones: readonly Milestone[];
}
