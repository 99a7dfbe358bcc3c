/**
 * Structural schemas of stored letters: the document as printed and the input it was built
 * from, used at every storage boundary: repository writes and backup import.
 */
import * as z from 'zod/mini';
import { BUDGET_CATEGORIES, MAX_REASON_LENGTH } from '../budget/budget';
import { CREDITOR_TYPES } from '../debt';
import { fenSchema, isoDateSchema } from '../debt-schema';
import { HARDSHIP_PLAN_BASES } from '../hardship-plan/hardship-plan';
import {
  ANSWER_REQUESTS,
  CASE_CAUSES,
  CONTACT_KINDS,
  ENCLOSURES,
  LIMITATION_CHOICES,
  LISTING_GROUNDS,
  OBJECTION_GROUNDS,
  PARTY_SEXES,
} from './letter-input';

/** Longest free text a letter field keeps (a hardship story can be long; 10,000 is plenty). */
export const MAX_LETTER_TEXT = 10_000;
const shortText = z.string().check(z.maxLength(200));
const longText = z.string().check(z.maxLength(MAX_LETTER_TEXT));
const id = z.string().check(z.minLength(1), z.maxLength(100));

const documentBlockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('addressee'), text: longText }),
  z.object({ kind: z.literal('heading'), text: longText }),
  z.object({ kind: z.literal('paragraph'), text: longText }),
  z.object({ kind: z.literal('list'), ordered: z.boolean(), items: z.array(longText) }),
  z.object({ kind: z.literal('table'), columns: z.array(longText), rows: z.array(z.array(longText)) }),
  z.object({
    kind: z.literal('signature'),
    closing: z.optional(z.array(longText)),
    lines: z.array(z.object({ label: longText, value: longText })),
  }),
  z.object({ kind: z.literal('page-break') }),
]);

export const printableDocumentSchema = z.object({
  title: longText,
  blocks: z.array(documentBlockSchema).check(z.maxLength(2000)),
  templateId: id,
  templateVersion: z.int().check(z.minimum(1)),
});

export const letterInputSchema = z.object({
  date: isoDateSchema,
  recipient: shortText,
  sender: z.object({ name: shortText, idNumber: shortText, address: shortText }),
  contact: z.nullable(z.object({ kind: z.enum(CONTACT_KINDS), value: shortText })),
  debt: z.nullable(
    z.object({
      lender: shortText,
      last4: z.string().check(z.regex(/^(\d{4})?$/)),
      creditorType: z.optional(z.enum(CREDITOR_TYPES)),
      loanNumber: z.optional(shortText),
      principal: fenSchema,
      interest: fenSchema,
      fees: fenSchema,
      recordedOn: isoDateSchema,
    }),
  ),
  budget: z.nullable(
    z.object({
      lines: z.array(
        z.object({
          category: z.enum(BUDGET_CATEGORIES),
          monthly: fenSchema,
          reason: z.string().check(z.maxLength(MAX_REASON_LENGTH)),
        }),
      ),
      incomeMonthly: fenSchema,
      spendingMonthly: fenSchema,
      surplusMonthly: z.int(),
    }),
  ),
  plan: z.nullable(
    z.object({
      basis: z.enum(HARDSHIP_PLAN_BASES),
      monthly: fenSchema,
      months: z.int().check(z.minimum(1), z.maximum(100_000)),
      lastInstalment: fenSchema,
      firstDue: z.nullable(isoDateSchema),
      split: z.enum(['pro-rata', 'custom']),
      creditorCount: z.int().check(z.minimum(1)),
      totalOwedAll: z.int().check(z.minimum(0)),
      offerAll: z.int().check(z.minimum(0)),
    }),
  ),
  hardshipFacts: longText,
  enclosures: z.array(z.enum(ENCLOSURES)),
  applicationDate: z.nullable(isoDateSchema),
  sentVia: shortText,
  refusalDate: z.nullable(isoDateSchema),
  refusalNote: longText,
  bankComplaintDate: z.nullable(isoDateSchema),
  recordDescription: longText,
  correction: longText,
  statementText: longText,
  thirdPartyFacts: longText,
  limitationMayHaveExpired: z.boolean(),
  limitationChoice: z.enum(LIMITATION_CHOICES),
  court: z.optional(
    z.object({
      court: shortText,
      caseNumber: shortText,
      servedOn: z.nullable(isoDateSchema),
      opposingParty: shortText,
      cause: z.enum(CASE_CAUSES),
      objectionGrounds: z.array(z.enum(OBJECTION_GROUNDS)),
      answerRequests: z.array(z.enum(ANSWER_REQUESTS)),
      listingGround: z.nullable(z.enum(LISTING_GROUNDS)),
      claimSentences: z.array(longText).check(z.maxLength(50)),
      reasons: longText,
      evidence: longText,
      party: z.optional(
        z.object({
          sex: z.nullable(z.enum(PARTY_SEXES)),
          birthDate: z.nullable(isoDateSchema),
          ethnicity: shortText,
          occupation: shortText,
        }),
      ),
    }),
  ),
});
