/**
 * The claim check (诉请核对): what a lender claims in a 支付令, 起诉状 or a mediator's call, set
 * beside the person's own ledger and the rules. Pure: the caller passes every date.
 *
 * Lines drawn, each with its source (legal/basis.md):
 * - 24% a year in total for interest, 违约金 and fees on the outstanding principal over the
 *   overdue period: a court benchmark (court-financial-trial-opinion-2017, judicial policy [B];
 *   the court reduces on request, civil-bank-card-rules-art2), never a legal cap. At exactly 24%
 *   nothing is above it.
 * - Bank cards from 2017-01-01: no 滞纳金, no over-limit fee, no interest on 违约金 or fees
 *   (court-card-charges-notice-2016 [B]). Charges dated earlier are left to the benchmark.
 * - Bank cards: a payment when 1–90 days overdue goes first to interest and fees; from 91 days,
 *   first to principal (court-card-measures-2011-art57 [A]).
 *
 * The "allowed" column is Shore's arithmetic, not a court's: charges with no basis count 0, then
 * the benchmark is filled in the order interest, 违约金, instalment fees, other fees, late and
 * over-limit fees charged before 2017. A court weighs the whole claim and may decide otherwise.
 */
import { daysBetween } from '../dates';
import { isBankCard, type CreditorType } from '../debt';
import type { Fen, IsoDate } from '../types';

export const CLAIM_CHECK_VERSION = 1;
/** 24% a year, in basis points. */
export const BENCHMARK_RATE_BP = 2400;
export const CARD_CHARGES_ABOLISHED_FROM = '2017-01-01' as IsoDate;
/** Art.57: up to this many days overdue, interest and fees first; after it, principal first. */
export const INTEREST_FIRST_MAX_DAYS = 90;

export type DatedChargeKind = 'late-fee' | 'over-limit-fee';

export interface DatedCharge {
  kind: DatedChargeKind;
  /** The day it was charged, as the claim or the statements show. */
  date: IsoDate;
  amount: Fen;
}

export interface ClaimedAmounts {
  principal: Fen;
  interest: Fen;
  /** 违约金 */
  penalty: Fen;
  /** 分期手续费 */
  instalmentFees: Fen;
  otherFees: Fen;
  /** 滞纳金 and 超限费, each with its date. */
  datedCharges: readonly DatedCharge[];
  /** The claim charges interest on 违约金 or fees (复利 on charges). */
  interestOnCharges: boolean;
}

export interface ClaimCheckInput {
  creditorType: CreditorType;
  /** The day the claim counts its interest to (the document's date when it gives none). */
  claimedTo: IsoDate;
  /** 首次逾期日 from the ledger. */
  overdueFrom: IsoDate;
  claimed: ClaimedAmounts;
  /** The person's own principal from the ledger; null when not known. */
  ledgerPrincipal: Fen | null;
  /** Payments the person recorded, for the Art.57 order. */
  payments: readonly { date: IsoDate; amount: Fen }[];
}

export type ClaimItem =
  'principal' | 'interest' | 'penalty' | 'instalment-fees' | 'other-fees' | 'late-fees' | 'over-limit-fees';

export interface ClaimRow {
  item: ClaimItem;
  claimed: Fen;
  /** What the benchmark and the rules would allow, by Shore's arithmetic. */
  allowed: Fen;
  difference: Fen;
}

export type ClaimFindingCode =
  | 'above-benchmark'
  | 'within-benchmark'
  | 'late-fee-abolished'
  | 'over-limit-fee-abolished'
  | 'interest-on-charges-abolished'
  | 'payment-principal-first'
  | 'payment-interest-first'
  | 'principal-above-ledger';

export interface ClaimFinding {
  code: ClaimFindingCode;
  sourceIds: readonly string[];
  values: Record<string, number | string>;
}

export interface ClaimCheck {
  rows: ClaimRow[];
  totalClaimed: Fen;
  totalAllowed: Fen;
  benchmark: {
    days: number;
    /** The principal the benchmark counts on (the lender's own figure). */
    base: Fen;
    cap: Fen;
    /** Interest, 违约金 and fees that have a basis, before the benchmark. */
    charges: Fen;
    /** Those charges as a yearly rate on the base, in basis points (rounded down). */
    rateBp: number;
    exceeds: boolean;
  };
  findings: ClaimFinding[];
}

const BENCHMARK_SOURCES = ['court-financial-trial-opinion-2017', 'civil-bank-card-rules-art2'] as const;
const CARD_CHARGES = ['court-card-charges-notice-2016'] as const;
const ART57 = ['court-card-measures-2011-art57'] as const;

const fen = (n: number) => n as Fen;

export function checkClaim(input: ClaimCheckInput): ClaimCheck {
  const { claimed } = input;
  const card = isBankCard(input.creditorType);
  const findings: ClaimFinding[] = [];

  // Dated charges: with no basis on cards from 2017-01-01.
  let lateClaimed = 0;
  let lateWithBasis = 0;
  let overClaimed = 0;
  let overWithBasis = 0;
  let lateAbolished = 0;
  let overAbolished = 0;
  for (const c of claimed.datedCharges) {
    const abolished = card && c.date >= CARD_CHARGES_ABOLISHED_FROM;
    if (c.kind === 'late-fee') {
      lateClaimed += c.amount;
      if (abolished) lateAbolished += c.amount;
      else lateWithBasis += c.amount;
    } else {
      overClaimed += c.amount;
      if (abolished) overAbolished += c.amount;
      else overWithBasis += c.amount;
    }
  }
  if (lateAbolished > 0)
    findings.push({ code: 'late-fee-abolished', sourceIds: CARD_CHARGES, values: { amount: lateAbolished } });
  if (overAbolished > 0)
    findings.push({ code: 'over-limit-fee-abolished', sourceIds: CARD_CHARGES, values: { amount: overAbolished } });
  if (card && claimed.interestOnCharges && input.claimedTo >= CARD_CHARGES_ABOLISHED_FROM)
    findings.push({ code: 'interest-on-charges-abolished', sourceIds: CARD_CHARGES, values: {} });

  // The benchmark, in the fill order documented above.
  const days = Math.max(0, daysBetween(input.overdueFrom, input.claimedTo));
  const base = claimed.principal;
  const cap = Math.floor((base * BENCHMARK_RATE_BP * days) / (10_000 * 365));
  const order: [ClaimItem, number][] = [
    ['interest', claimed.interest],
    ['penalty', claimed.penalty],
    ['instalment-fees', claimed.instalmentFees],
    ['other-fees', claimed.otherFees],
    ['late-fees', lateWithBasis],
    ['over-limit-fees', overWithBasis],
  ];
  const charges = order.reduce((sum, [, v]) => sum + v, 0);
  const exceeds = charges > cap;
  const rateBp = base > 0 && days > 0 ? Math.floor((charges * 10_000 * 365) / (base * days)) : 0;
  let room = cap;
  const allowedBy = new Map<ClaimItem, number>();
  for (const [item, withBasis] of order) {
    const allowed = Math.min(withBasis, room);
    room -= allowed;
    allowedBy.set(item, allowed);
  }
  findings.push({
    code: exceeds ? 'above-benchmark' : 'within-benchmark',
    sourceIds: BENCHMARK_SOURCES,
    values: { charges, cap, base, days, rateBp, excess: Math.max(0, charges - cap) },
  });

  if (input.ledgerPrincipal !== null && claimed.principal > input.ledgerPrincipal)
    findings.push({
      code: 'principal-above-ledger',
      sourceIds: [],
      values: {
        claimed: claimed.principal,
        ledger: input.ledgerPrincipal,
        difference: claimed.principal - input.ledgerPrincipal,
      },
    });

  if (card)
    for (const p of [...input.payments].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
      if (p.date < input.overdueFrom || p.date > input.claimedTo) continue;
      const overdue = daysBetween(input.overdueFrom, p.date);
      if (overdue < 1) continue;
      findings.push({
        code: overdue > INTEREST_FIRST_MAX_DAYS ? 'payment-principal-first' : 'payment-interest-first',
        sourceIds: ART57,
        values: { date: p.date, amount: p.amount, overdueDays: overdue },
      });
    }

  const claimedBy: Record<ClaimItem, number> = {
    principal: claimed.principal,
    interest: claimed.interest,
    penalty: claimed.penalty,
    'instalment-fees': claimed.instalmentFees,
    'other-fees': claimed.otherFees,
    'late-fees': lateClaimed,
    'over-limit-fees': overClaimed,
  };
  const items: ClaimItem[] = [
    'principal',
    'interest',
    'penalty',
    'instalment-fees',
    'other-fees',
    'late-fees',
    'over-limit-fees',
  ];
  const rows: ClaimRow[] = items
    .filter((item) => item === 'principal' || claimedBy[item] > 0)
    .map((item) => {
      const allowed = item === 'principal' ? claimed.principal : (allowedBy.get(item) ?? 0);
      return { item, claimed: fen(claimedBy[item]), allowed: fen(allowed), difference: fen(claimedBy[item] - allowed) };
    });
  const totalClaimed = rows.reduce((s, r) => s + r.claimed, 0);
  const totalAllowed = rows.reduce((s, r) => s + r.allowed, 0);
  return {
    rows,
    totalClaimed: fen(totalClaimed),
    totalAllowed: fen(totalAllowed),
    benchmark: { days, base, cap: fen(cap), charges: fen(charges), rateBp, exceeds },
    findings,
  };
}
