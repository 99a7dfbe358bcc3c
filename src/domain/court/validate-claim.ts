/**
 * What the person types from the 支付令, 起诉状 or a mediator's call, checked field by field
 * before the claim check runs: amounts as yuan (0 to 1亿元, parseYuan), dates as YYYY-MM-DD.
 * Nothing is stored; a field with an error changes nothing.
 */
import { isIsoDate } from '../dates';
import { parseYuan, type MoneyInputError } from '../money';
import type { Fen, IsoDate } from '../types';
import type { ClaimedAmounts, DatedCharge } from './claim-check';

export const CLAIM_AMOUNT_FIELDS = ['principal', 'interest', 'penalty', 'instalmentFees', 'otherFees'] as const;
export type ClaimAmountField = (typeof CLAIM_AMOUNT_FIELDS)[number];

export interface ClaimForm {
  claimedTo: string;
  principal: string;
  interest: string;
  penalty: string;
  instalmentFees: string;
  otherFees: string;
  lateFee: string;
  lateFeeDate: string;
  overLimitFee: string;
  overLimitFeeDate: string;
  interestOnCharges: boolean;
}

export type ClaimFormField = Exclude<keyof ClaimForm, 'interestOnCharges'>;
export type ClaimFieldError = MoneyInputError | 'date' | 'date-needed';

export type ValidatedClaim =
  | { ok: true; claimedTo: IsoDate; claimed: ClaimedAmounts }
  | { ok: false; errors: Partial<Record<ClaimFormField, ClaimFieldError>> };

export const EMPTY_CLAIM_FORM: ClaimForm = {
  claimedTo: '',
  principal: '',
  interest: '',
  penalty: '',
  instalmentFees: '',
  otherFees: '',
  lateFee: '',
  lateFeeDate: '',
  overLimitFee: '',
  overLimitFeeDate: '',
  interestOnCharges: false,
};

export function validateClaim(form: ClaimForm): ValidatedClaim {
  const errors: Partial<Record<ClaimFormField, ClaimFieldError>> = {};
  const amount = (field: ClaimFormField, optional: boolean): Fen => {
    if (optional && form[field].trim() === '') return 0 as Fen;
    const parsed = parseYuan(form[field]);
    if (!parsed.ok) {
      errors[field] = parsed.error;
      return 0 as Fen;
    }
    return parsed.fen;
  };
  const date = (field: ClaimFormField): IsoDate | null => {
    const v = form[field].trim();
    if (!isIsoDate(v)) {
      errors[field] = 'date';
      return null;
    }
    return v;
  };
  const claimedTo = date('claimedTo');
  const principal = amount('principal', false);
  const interest = amount('interest', true);
  const penalty = amount('penalty', true);
  const instalmentFees = amount('instalmentFees', true);
  const otherFees = amount('otherFees', true);
  const datedCharges: DatedCharge[] = [];
  for (const [kind, amountField, dateField] of [
    ['late-fee', 'lateFee', 'lateFeeDate'],
    ['over-limit-fee', 'overLimitFee', 'overLimitFeeDate'],
  ] as const) {
    const value = amount(amountField, true);
    if (value > 0) {
      if (form[dateField].trim() === '') errors[dateField] = 'date-needed';
      else {
        const on = date(dateField);
        if (on) datedCharges.push({ kind, date: on, amount: value });
      }
    }
  }
  if (Object.keys(errors).length > 0 || claimedTo === null) return { ok: false, errors };
  return {
    ok: true,
    claimedTo,
    claimed: {
      principal,
      interest,
      penalty,
      instalmentFees,
      otherFees,
      datedCharges,
      interestOnCharges: form.interestOnCharges,
    },
  };
}
