/**
 * The letter builder's form model, apart from the screen: what the user types (all strings,
 * dates too until they are valid), where a new form starts from, and the letter snapshot the
 * form stands for. Pure: the screen passes in today, the ledger, the budget and the plan.
 */
import { summariseBudget, type BudgetLine } from '../../domain/budget/budget';
import { isIsoDate } from '../../domain/dates';
import type { Debt } from '../../domain/debt';
import { composeHardshipPlan, letterHardshipPlanFor } from '../../domain/hardship-plan/compose-hardship-plan';
import { letterBudgetFrom, letterDebtFrom } from '../../domain/letters/letter-facts';
import { isBankCard } from '../../domain/debt';
import {
  emptyLetterCourt,
  emptyLetterInput,
  emptyPartyDetails,
  ENCLOSURES,
  type CaseCause,
  type ContactKind,
  type Enclosure,
  type LetterCourt,
  type LetterInput,
  type ListingGround,
  type PartySex,
} from '../../domain/letters/letter-input';
import type { CourtLetterKind, LetterFactField } from '../../domain/letters/registry';
import type { DebtEvent, LegalEventFields, LegalEventKind } from '../../domain/debt-events';
import type { IsoDate } from '../../domain/types';
import type { HardshipPlanSettings } from '../../storage/hardship-plan-rows';

export type TextKey = LetterFactField;

export const DATE_KEYS = new Set<TextKey>(['applicationDate', 'refusalDate', 'bankComplaintDate']);
export const LONG_KEYS = new Set<TextKey>([
  'hardshipFacts',
  'refusalNote',
  'recordDescription',
  'correction',
  'statementText',
  'thirdPartyFacts',
]);

/** The court letters' part of the form (LetterInput.court), dates as typed. */
export interface CourtEditable extends Omit<LetterCourt, 'servedOn' | 'listingGround' | 'party'> {
  servedOn: string;
  listingGround: ListingGround | '';
  party: { sex: PartySex | ''; birthDate: string; ethnicity: string; occupation: string };
}

/** What the user types, all as strings (dates too, until they are valid). */
export interface Editable {
  date: string;
  recipient: string;
  name: string;
  idNumber: string;
  address: string;
  contactKind: ContactKind;
  contactValue: string;
  texts: Record<TextKey, string>;
  enclosures: Enclosure[];
  proceedDespiteLimitation: boolean;
  court: CourtEditable;
}

function courtEditable(c: LetterCourt): CourtEditable {
  const party = c.party ?? emptyPartyDetails();
  return {
    ...c,
    servedOn: c.servedOn ?? '',
    listingGround: c.listingGround ?? '',
    party: { ...party, sex: party.sex ?? '', birthDate: party.birthDate ?? '' },
  };
}

/** What a new court letter takes from the debt and the court steps recorded on it. */
export type CourtDefaults = Pick<LetterCourt, 'opposingParty' | 'cause'> &
  Partial<Pick<LetterCourt, 'caseNumber' | 'servedOn'>>;

/** The court paper each letter answers: its case number and the day it was received start the letter. */
const ANSWERED_STEP: Record<CourtLetterKind, readonly LegalEventKind[]> = {
  objection: ['payment-order-received'],
  answer: ['complaint-served', 'lawsuit-filed'],
  mediation: [],
  settlement: ['enforcement', 'consumption-ban', 'dishonest-list', 'judgment-received'],
  correction: ['dishonest-list', 'enforcement'],
};
/** Steps whose recorded date is the day the paper was served (the letter's deadline runs from it). */
const SERVED_STEP: Partial<Record<CourtLetterKind, LegalEventKind>> = {
  objection: 'payment-order-received',
  answer: 'complaint-served',
};

/**
 * The other party and the kind of case a new court letter starts from: the debt's lender and
 * type, and from the latest recorded step this letter answers, its case number and (for an
 * objection or an answer) the day the paper was received.
 */
export function courtDefaults(
  debt: Debt | undefined,
  kind?: CourtLetterKind,
  events: readonly DebtEvent[] = [],
): CourtDefaults {
  const cause: CaseCause = debt === undefined || isBankCard(debt.creditorType) ? 'card' : 'loan';
  const out: CourtDefaults = { opposingParty: debt?.lender ?? '', cause };
  if (kind === undefined || debt === undefined) return out;
  const steps = events
    .filter((e): e is DebtEvent & LegalEventFields => e.type === 'legal' && e.debtId === debt.id)
    .filter((e) => ANSWERED_STEP[kind].includes(e.kind))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const numbered = steps.find((e) => e.caseNumber !== undefined);
  if (numbered?.caseNumber) out.caseNumber = numbered.caseNumber;
  const served = steps.find((e) => e.kind === SERVED_STEP[kind]);
  if (served) out.servedOn = served.date;
  return out;
}

/** The sender details remembered from the last letter, so they are not typed again. */
export interface RememberedSender {
  name: string;
  idNumber: string;
  address: string;
  contactKind: ContactKind;
  contactValue: string;
}

export function fromInput(input: LetterInput): Editable {
  const d = (v: IsoDate | null) => v ?? '';
  return {
    date: input.date,
    recipient: input.recipient,
    name: input.sender.name,
    idNumber: input.sender.idNumber,
    address: input.sender.address,
    contactKind: input.contact?.kind ?? 'phone',
    contactValue: input.contact?.value ?? '',
    texts: {
      applicationDate: d(input.applicationDate),
      sentVia: input.sentVia,
      refusalDate: d(input.refusalDate),
      refusalNote: input.refusalNote,
      bankComplaintDate: d(input.bankComplaintDate),
      hardshipFacts: input.hardshipFacts,
      recordDescription: input.recordDescription,
      correction: input.correction,
      statementText: input.statementText,
      thirdPartyFacts: input.thirdPartyFacts,
    },
    enclosures: input.enclosures,
    proceedDespiteLimitation: input.limitationChoice === 'proceed',
    court: courtEditable(input.court ?? emptyLetterCourt()),
  };
}

/** A saved draft as it was; otherwise a blank letter dated today, with the remembered sender. */
export function initialForm(start: {
  draft: LetterInput | null;
  remembered: RememberedSender | null;
  today: IsoDate;
  recipient: string;
  /** For a new court letter: the other party, the kind of case and the court paper, from the debt. */
  court?: CourtDefaults;
}): Editable {
  if (start.draft) return fromInput(start.draft);
  const blank = fromInput({
    ...emptyLetterInput(start.today),
    recipient: start.recipient,
    ...(start.court ? { court: { ...emptyLetterCourt(), ...start.court } } : {}),
  });
  return start.remembered ? { ...blank, ...start.remembered } : blank;
}

/** The letter snapshot the form stands for: amounts from the ledger, budget and plan, words as typed. */
export function toLetterInput(
  form: Editable,
  facts: {
    today: IsoDate;
    debt: Debt | null;
    debts: readonly Debt[];
    budget: readonly BudgetLine[];
    plan: HardshipPlanSettings;
    limitationMayHaveExpired: boolean;
    /** The template is a court letter: the snapshot carries `court`. */
    withCourt?: boolean;
  },
): LetterInput {
  const { today, debt, debts, budget, plan } = facts;
  const date = (v: string): IsoDate | null => (isIsoDate(v) ? v : null);
  const composed = composeHardshipPlan(debts, summariseBudget(budget).availableMonthly, plan);
  return {
    date: date(form.date) ?? today,
    recipient: form.recipient,
    sender: { name: form.name, idNumber: form.idNumber, address: form.address },
    contact: form.contactValue.trim() === '' ? null : { kind: form.contactKind, value: form.contactValue },
    debt: debt ? letterDebtFrom(debt, debt.amountsAsOf) : null,
    budget: letterBudgetFrom(budget),
    plan: debt ? letterHardshipPlanFor(composed, debt.id, plan) : null,
    hardshipFacts: form.texts.hardshipFacts,
    enclosures: ENCLOSURES.filter((e) => form.enclosures.includes(e)),
    applicationDate: date(form.texts.applicationDate),
    sentVia: form.texts.sentVia,
    refusalDate: date(form.texts.refusalDate),
    refusalNote: form.texts.refusalNote,
    bankComplaintDate: date(form.texts.bankComplaintDate),
    recordDescription: form.texts.recordDescription,
    correction: form.texts.correction,
    statementText: form.texts.statementText,
    thirdPartyFacts: form.texts.thirdPartyFacts,
    limitationMayHaveExpired: debt ? facts.limitationMayHaveExpired : false,
    limitationChoice: form.proceedDespiteLimitation ? 'proceed' : 'undecided',
    ...(facts.withCourt
      ? {
          court: {
            ...form.court,
            servedOn: date(form.court.servedOn),
            listingGround: form.court.listingGround === '' ? null : form.court.listingGround,
            party: {
              ...form.court.party,
              sex: form.court.party.sex === '' ? null : form.court.party.sex,
              birthDate: date(form.court.party.birthDate),
            },
          },
        }
      : {}),
  };
}
