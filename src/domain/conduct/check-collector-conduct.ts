/**
 * The automatic rule check: runs the contact log and the per-debt context through a rule set
 * and returns findings (rule id, triggering entries, force, sources, effective date).
 *
 * How each rule id is detected:
 *
 * Counting rules, computed from dates, times and channels (never ticked):
 * - `night-contact`: a contact at 22:00 or later, or before 08:00 (21:59 and 08:00 are day),
 *   unless the person agreed to night contact. Letters are left out (their time is when they
 *   arrived, not when they were sent).
 * - `unanswered-attempts-per-day`: more than 6 unanswered calls to the debtor on one number of
 *   theirs on one calendar day, per debt. An entry may stand for several missed calls
 *   (`attempts`). Calls on different numbers, or either side of midnight, are counted apart.
 *   Entries without the number reached count as one number.
 * - `connected-calls-per-day`: more than 3 answered calls with the debtor on one calendar day,
 *   per debt.
 * - `third-party-contact-while-reachable`: a third party contacted on a day the debtor could be
 *   reached (see `isDebtorReachable`).
 * - `contact-after-refusal`: a third party contacted again (same debt, same person) after they
 *   clearly asked not to be contacted.
 *
 * Rules read from ticks on an entry:
 * - `third-party-collection`: a third party was asked to pay.
 * - `third-party-disclosure`: the debt was told to someone other than the debtor.
 * - `threat`, `insult`, `violence`, `harassment`, `impersonating-authority`, `public-notice`,
 *   `no-identification`, `personal-account-demand`, `extra-fees`, `induce-new-borrowing`,
 *   `exaggerated-consequences`: the matching tick.
 * - `fake-legal-document`: a document in the name of a court, police or other state organ sent
 *   by the collector (courts serve their own documents), or a "律师函" the person checked and
 *   found not genuine. A real 律师函 is lawful and gives no finding.
 * - `home-visit-rules`: a visit by fewer than two people or without ID. A visit as such is not
 *   a finding.
 * - `home-intrusion`: entering a home (or, for the CBA guideline, an office area) without consent.
 * - `private-phone-or-social-app`: an outside agency used a personal phone or social app.
 *
 * Rules read from the context:
 * - `outsourcing-not-notified`: an outside agency collected (the entry names one) and the person
 *   says the bank never told them it had outsourced collection.
 * - `collection-during-agreement`: a contact while a repayment agreement is in force and the
 *   person is keeping it up.
 *
 * Each occurrence is judged by the bases in force on its own date and applying to the debt's
 * creditor type. Lawful conduct matches nothing and produces no finding.
 */
import { addDays } from '../dates';
import { isInForce } from '../legal/source-types';
import type { IsoDate } from '../types';
import {
  DEFAULT_CONDUCT_CONTEXT,
  VISIT_CHANNELS,
  entryMoment,
  isNightTime,
  isThirdParty,
  type ConductContextFields,
  type ContactChannel,
  type ContactEntryFields,
  type ContactFlag,
} from './contact';
import { CN_2026_12_V2 } from './rule-sets/cn-2026-12-v2';
import {
  CONDUCT_RULE_IDS,
  FORCE_RANK,
  type ConductFinding,
  type ConductOccurrence,
  type ConductRule,
  type ConductRuleId,
  type ConductRuleSet,
  type FindingBasis,
} from './rule-types';

/** The rule set the app uses today. */
export const CURRENT_CONDUCT_RULE_SET: ConductRuleSet = CN_2026_12_V2;

/** The lines the counting rules draw. */
export const UNANSWERED_ATTEMPTS_LIMIT = 6;
export const CONNECTED_CALLS_LIMIT = 3;
/** Unanswered calls on one day after which the debtor counts as 失联 the next day (CBA trigger). */
export const LOST_CONTACT_FAILED_CALLS = 3;

export type ConductLogEntry = ContactEntryFields & { id: string };
export type DebtContext = ConductContextFields & { debtId: string };

/** A rule matched somewhere, before the bases are looked up. */
interface Hit {
  ruleId: ConductRuleId;
  occurrence: ConductOccurrence;
  /** The channel that decides channel-limited bases; undefined for counted days. */
  channel?: ContactChannel;
}

const FLAG_RULES: readonly [ContactFlag, ConductRuleId][] = [
  ['threatened', 'threat'],
  ['insulted', 'insult'],
  ['violence', 'violence'],
  ['pestered', 'harassment'],
  ['claimed-authority', 'impersonating-authority'],
  ['public-notice', 'public-notice'],
  ['no-identification', 'no-identification'],
  ['personal-account', 'personal-account-demand'],
  ['added-fees', 'extra-fees'],
  ['pushed-borrowing', 'induce-new-borrowing'],
  ['exaggerated', 'exaggerated-consequences'],
  ['told-someone-else', 'third-party-disclosure'],
];

/**
 * Check the log. `contexts` holds the context of each debt (by `debtId`); a debt without one is
 * checked with `DEFAULT_CONDUCT_CONTEXT`. Entries need not be sorted.
 */
export function checkCollectorConduct(
  log: readonly ConductLogEntry[],
  contexts: readonly DebtContext[] = [],
  ruleSet: ConductRuleSet = CURRENT_CONDUCT_RULE_SET,
): ConductFinding[] {
  const contextOf = new Map(contexts.map((c) => [c.debtId, c]));
  const byDebt = new Map<string, ConductLogEntry[]>();
  for (const e of log) {
    const list = byDebt.get(e.debtId);
    if (list) list.push(e);
    else byDebt.set(e.debtId, [e]);
  }

  const rulesById = new Map<ConductRuleId, ConductRule[]>();
  for (const r of ruleSet.rules) {
    const list = rulesById.get(r.ruleId);
    if (list) list.push(r);
    else rulesById.set(r.ruleId, [r]);
  }

  const moments = new Map<string, string>();
  const momentOf = (id: string) => moments.get(id) ?? '';
  for (const e of log) moments.set(e.id, entryMoment(e));

  const builders = new Map<ConductRuleId, FindingBuilder>();
  for (const [debtId, entries] of byDebt) {
    const context = contextOf.get(debtId) ?? DEFAULT_CONDUCT_CONTEXT;
    const creditorType = context.creditorType;
    // Which bases apply depends only on rule, day and channel: work it out once per combination.
    const applicableMemo = new Map<string, ConductRule[]>();
    for (const hit of detect(debtId, entries, context)) {
      const rules = rulesById.get(hit.ruleId);
      if (!rules) continue;
      const memoKey = `${hit.ruleId}|${hit.occurrence.date}|${hit.channel ?? ''}`;
      let applicable = applicableMemo.get(memoKey);
      if (!applicable) {
        applicable = rules.filter(
          (r) =>
            isInForce(r, hit.occurrence.date) &&
            (creditorType === 'unknown'
              ? r.appliesTo.includes('bank') && r.appliesTo.includes('online-lender')
              : r.appliesTo.includes(creditorType)) &&
            (r.onlyChannels === undefined || (hit.channel !== undefined && r.onlyChannels.includes(hit.channel))),
        );
        applicableMemo.set(memoKey, applicable);
      }
      if (applicable.length === 0) continue;
      let b = builders.get(hit.ruleId);
      if (!b) {
        b = new FindingBuilder(hit.ruleId);
        builders.set(hit.ruleId, b);
      }
      b.add(hit.occurrence, applicable);
    }
  }

  const order = new Map(CONDUCT_RULE_IDS.map((id, i) => [id, i]));
  const ruleOrder = new Map(ruleSet.rules.map((r, i) => [r.key, i]));
  return [...builders.values()]
    .map((b) => b.build(momentOf, ruleOrder))
    .sort((a, b) => FORCE_RANK[b.force] - FORCE_RANK[a.force] || order.get(a.ruleId)! - order.get(b.ruleId)!);
}

class FindingBuilder {
  private readonly occurrences: ConductOccurrence[] = [];
  private readonly bases = new Map<string, { rule: ConductRule; entryIds: Set<string> }>();
  constructor(private readonly ruleId: ConductRuleId) {}

  add(occurrence: ConductOccurrence, rules: readonly ConductRule[]): void {
    this.occurrences.push(occurrence);
    for (const rule of rules) {
      let b = this.bases.get(rule.key);
      if (!b) {
        b = { rule, entryIds: new Set() };
        this.bases.set(rule.key, b);
      }
      for (const id of occurrence.entryIds) b.entryIds.add(id);
    }
  }

  build(momentOf: (id: string) => string, ruleOrder: Map<string, number>): ConductFinding {
    const byMoment = (a: string, b: string) =>
      momentOf(a) < momentOf(b) ? -1 : momentOf(a) > momentOf(b) ? 1 : a < b ? -1 : 1;
    const bases: FindingBasis[] = [...this.bases.values()]
      .sort(
        (a, b) =>
          FORCE_RANK[b.rule.force] - FORCE_RANK[a.rule.force] ||
          ruleOrder.get(a.rule.key)! - ruleOrder.get(b.rule.key)!,
      )
      .map(({ rule, entryIds }) => ({
        key: rule.key,
        sourceIds: rule.sourceIds,
        force: rule.force,
        effectiveFrom: rule.effectiveFrom,
        ...(rule.effectiveTo === undefined ? {} : { effectiveTo: rule.effectiveTo }),
        scope: rule.scope,
        advisory: rule.advisory,
        descriptionCode: rule.descriptionCode,
        entryIds: [...entryIds].sort(byMoment),
      }));
    const all = new Set<string>();
    for (const o of this.occurrences) for (const id of o.entryIds) all.add(id);
    const strongest = bases[0];
    return {
      ruleId: this.ruleId,
      entryIds: [...all].sort(byMoment),
      force: strongest.force,
      sourceIds: strongest.sourceIds,
      effectiveFrom: strongest.effectiveFrom,
      advisory: bases.every((b) => b.advisory),
      bases,
      occurrences: this.occurrences.sort((a, b) =>
        a.date < b.date ? -1 : a.date > b.date ? 1 : byMoment(a.entryIds[0], b.entryIds[0]),
      ),
    };
  }
}

function single(ruleId: ConductRuleId, e: ConductLogEntry, debtId: string): Hit {
  return { ruleId, channel: e.channel, occurrence: { date: e.date, debtId, entryIds: [e.id] } };
}

/** Normalise a phone number for grouping: digits and + only. */
export function normaliseNumber(n: string): string {
  return n.replace(/[^\d+]/g, '');
}

/** All rule matches among one debt's entries. */
function detect(debtId: string, entries: readonly ConductLogEntry[], context: ConductContextFields): Hit[] {
  const hits: Hit[] = [];
  // Sort by wall-clock moment (then id, so equal moments have a stable order); the keys are
  // built once, not in every comparison.
  const sorted = entries
    .map((e) => ({ e, key: entryMoment(e) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0))
    .map((x) => x.e);

  // Per-day tallies for the debtor, used by the counting rules and by reachability.
  const unansweredByDayNumber = new Map<string, { date: IsoDate; toNumber: string; count: number; ids: string[] }>();
  const unansweredByDay = new Map<IsoDate, number>();
  const connectedByDay = new Map<IsoDate, string[]>();
  const answeredDays = new Set<IsoDate>();

  for (const e of sorted) {
    if (e.party !== 'debtor') continue;
    if (e.channel === 'call-unanswered') {
      const toNumber = normaliseNumber(e.toNumber);
      const key = `${e.date}|${toNumber}`;
      let g = unansweredByDayNumber.get(key);
      if (!g) {
        g = { date: e.date, toNumber, count: 0, ids: [] };
        unansweredByDayNumber.set(key, g);
      }
      g.count += e.attempts;
      g.ids.push(e.id);
      unansweredByDay.set(e.date, (unansweredByDay.get(e.date) ?? 0) + e.attempts);
    } else if (e.channel === 'call-answered') {
      const ids = connectedByDay.get(e.date);
      if (ids) ids.push(e.id);
      else connectedByDay.set(e.date, [e.id]);
      answeredDays.add(e.date);
    } else if (VISIT_CHANNELS.includes(e.channel)) {
      answeredDays.add(e.date);
    }
  }

  for (const g of unansweredByDayNumber.values()) {
    if (g.count > UNANSWERED_ATTEMPTS_LIMIT) {
      hits.push({
        ruleId: 'unanswered-attempts-per-day',
        occurrence: {
          date: g.date,
          debtId,
          entryIds: g.ids,
          count: g.count,
          limit: UNANSWERED_ATTEMPTS_LIMIT,
          toNumber: g.toNumber,
        },
      });
    }
  }
  for (const [date, ids] of connectedByDay) {
    if (ids.length > CONNECTED_CALLS_LIMIT) {
      hits.push({
        ruleId: 'connected-calls-per-day',
        occurrence: { date, debtId, entryIds: ids, count: ids.length, limit: CONNECTED_CALLS_LIMIT },
      });
    }
  }

  const reachableMemo = new Map<IsoDate, boolean>();
  const reachable = (date: IsoDate) => {
    let r = reachableMemo.get(date);
    if (r === undefined) {
      r = isDebtorReachable(date, context, {
        answered: (d) => answeredDays.has(d),
        unanswered: (d) => unansweredByDay.get(d) ?? 0,
      });
      reachableMemo.set(date, r);
    }
    return r;
  };

  const refusedBy = new Set<string>();
  for (const e of sorted) {
    if (e.channel !== 'letter' && isNightTime(e.time) && !context.nightContactConsent) {
      hits.push(single('night-contact', e, debtId));
    }

    const flags = new Set(e.flags);
    for (const [flag, ruleId] of FLAG_RULES) if (flags.has(flag)) hits.push(single(ruleId, e, debtId));

    if (flags.has('court-document') || (flags.has('lawyer-letter') && flags.has('document-not-genuine'))) {
      hits.push(single('fake-legal-document', e, debtId));
    }
    const visit = VISIT_CHANNELS.includes(e.channel);
    if (visit && flags.has('visit-rules')) hits.push(single('home-visit-rules', e, debtId));
    if (visit && flags.has('entered-without-consent')) hits.push(single('home-intrusion', e, debtId));
    const outsourced = e.agency.trim() !== '';
    if (outsourced && flags.has('personal-phone')) hits.push(single('private-phone-or-social-app', e, debtId));
    if (outsourced && context.outsourcingNotice === 'no') hits.push(single('outsourcing-not-notified', e, debtId));

    const a = context.agreement;
    if (a && a.keptUp && a.from <= e.date && (a.to === null || e.date <= a.to)) {
      hits.push(single('collection-during-agreement', e, debtId));
    }

    if (isThirdParty(e.party, context)) {
      if (flags.has('asked-to-pay')) hits.push(single('third-party-collection', e, debtId));
      if (reachable(e.date)) hits.push(single('third-party-contact-while-reachable', e, debtId));
      const who = thirdPartyKey(e);
      if (refusedBy.has(who)) hits.push(single('contact-after-refusal', e, debtId));
      if (flags.has('asked-not-to-contact')) refusedBy.add(who);
    }
  }
  return hits;
}

/** The same third party across entries: the kind of person plus the name the person gave. */
function thirdPartyKey(e: Pick<ContactEntryFields, 'party' | 'partyName'>): string {
  return `${e.party}|${e.partyName.replace(/\s+/g, '')}`;
}

/**
 * Could the collector reach the debtor directly on `date`?
 *
 * The CBA guideline lets a collector contact third parties only when the debtor is 失联, e.g.
 * the number is invalid, the day after three failed calls in a row, or after three days
 * without contact. From the log and context:
 * - reachable when the debtor answered a call or met a visitor that same day;
 * - otherwise not reachable the day after 3 or more unanswered calls with no answer;
 * - otherwise reachable when the debtor answered on either of the two days before, or the
 *   person says they can be reached (`debtorReachable: 'yes'`).
 * Anything else (no evidence either way) counts as not reachable, so the check does not
 * accuse a collector on a guess.
 */
export function isDebtorReachable(
  date: IsoDate,
  context: Pick<ConductContextFields, 'debtorReachable'>,
  log: { answered: (d: IsoDate) => boolean; unanswered: (d: IsoDate) => number },
): boolean {
  if (log.answered(date)) return true;
  const yesterday = addDays(date, -1);
  if (log.unanswered(yesterday) >= LOST_CONTACT_FAILED_CALLS && !log.answered(yesterday)) return false;
  return log.answered(yesterday) || log.answered(addDays(date, -2)) || context.debtorReachable === 'yes';
}
