/**
 * 强制执行说明 (the enforcement screen) as data: what enforcement after a judgment can and cannot
 * do, each statement with the sources it rests on and the dates it holds for. Pure: the screen
 * passes today and, optionally, the day a measure was imposed.
 *
 * Two kinds of dating:
 * - `by: 'measure'`: which text governs a 限制消费 or 失信 measure depends on the day it was imposed
 *   (the 2010 限消 text until 2015-07-21, the 2015 one from 2015-07-22; the 2013 失信 text from
 *   2013-10-01 to 2017-04-30, the 2017 one from 2017-05-01). The screen lets the person pick that
 *   day; without one it is today.
 * - `by: 'today'`: duties, limits and how things end are the rules in force now (a listing made
 *   in 2016 is corrected and deleted today under the 2017 procedure). The 2024 interpretation of
 *   拒不执行 applies from 2024-12-01.
 *
 * A statement holds from `from` to `to` (inclusive, either open). Each source it cites is in
 * force on every day of that window that the screen can show (tests/domain/court/enforcement-guide.test.ts).
 * The text of each statement is `court.enforcement.<topic>.<id>` in the court catalogue.
 *
 * Bump `ENFORCEMENT_GUIDE_VERSION` when a statement's meaning changes (not for wording).
 */
import { addDays } from '../dates';
import type { IsoDate } from '../types';

export const ENFORCEMENT_GUIDE_VERSION = 1;

export const ENFORCEMENT_TOPICS = [
  'start',
  'report-property',
  'consumption-ban',
  'dishonest-list',
  'limits',
  'how-it-ends',
] as const;
export type EnforcementTopic = (typeof ENFORCEMENT_TOPICS)[number];

export interface EnforcementStatement {
  topic: EnforcementTopic;
  id: string;
  sourceIds: readonly string[];
  by: 'measure' | 'today';
  from?: IsoDate;
  to?: IsoDate;
}

const d = (s: string) => s as IsoDate;

/** First day of each text the screen distinguishes (see the sources' own dates). */
export const CONSUMPTION_BAN_2010_FROM = d('2010-10-01');
export const CONSUMPTION_BAN_2015_FROM = d('2015-07-22');
export const DISHONEST_LIST_2013_FROM = d('2013-10-01');
export const DISHONEST_LIST_2017_FROM = d('2017-05-01');
export const REFUSAL_INTERP_2024_FROM = d('2024-12-01');

const dayBefore = (day: IsoDate): IsoDate => addDays(day, -1);

const today = (
  topic: EnforcementTopic,
  id: string,
  sourceIds: readonly string[],
  from?: IsoDate,
): EnforcementStatement => ({ topic, id, sourceIds, by: 'today', ...(from ? { from } : {}) });

const measure = (
  topic: EnforcementTopic,
  id: string,
  sourceIds: readonly string[],
  from: IsoDate,
  to?: IsoDate,
): EnforcementStatement => ({ topic, id, sourceIds, by: 'measure', from, ...(to ? { to } : {}) });

export const ENFORCEMENT_STATEMENTS: readonly EnforcementStatement[] = [
  // ── How enforcement starts ──
  today('start', 'after-performance-period', [
    'civil-procedure-art247',
    'civil-procedure-art251',
    'civil-procedure-art250',
  ]),
  today('start', 'two-years-to-apply', ['civil-procedure-art250', 'civil-procedure-interp-art481']),
  today('start', 'measures', ['civil-procedure-art253', 'civil-procedure-art254', 'civil-procedure-art255']),
  today('start', 'other-measures', ['civil-procedure-art266']),
  today('start', 'double-interest', ['civil-procedure-art264']),

  // ── The duty to report property (申报财产) ──
  today('report-property', 'duty', ['civil-procedure-art252']),
  today('report-property', 'fine-or-detention', ['civil-procedure-art252', 'civil-procedure-art118']),
  today('report-property', 'dishonest-ground', ['civil-dishonest-list-2017-art1'], DISHONEST_LIST_2017_FROM),
  today(
    'report-property',
    'crime-only-after-sanctions',
    ['criminal-refusal-interp-2024-art3'],
    REFUSAL_INTERP_2024_FROM,
  ),

  // ── 限制消费: the text in force when the ban was imposed ──
  measure(
    'consumption-ban',
    'when-2015',
    ['civil-consumption-ban-2015-art1', 'civil-consumption-ban-2015-art4'],
    CONSUMPTION_BAN_2015_FROM,
  ),
  measure('consumption-ban', 'list-2015', ['civil-consumption-ban-2015-art3'], CONSUMPTION_BAN_2015_FROM),
  measure('consumption-ban', 'necessary-spending-2015', ['civil-consumption-ban-2015-art8'], CONSUMPTION_BAN_2015_FROM),
  measure('consumption-ban', 'lifting-2015', ['civil-consumption-ban-2015-art9'], CONSUMPTION_BAN_2015_FROM),
  measure('consumption-ban', 'breach-2015', ['civil-consumption-ban-2015-art11'], CONSUMPTION_BAN_2015_FROM),
  measure(
    'consumption-ban',
    'list-2010',
    ['civil-consumption-ban-art1', 'civil-consumption-ban-art3'],
    CONSUMPTION_BAN_2010_FROM,
    dayBefore(CONSUMPTION_BAN_2015_FROM),
  ),

  // ── 失信被执行人名单: the text in force when the person was listed ──
  measure('dishonest-list', 'judgment-and-ground-2017', ['civil-dishonest-list-2017-art1'], DISHONEST_LIST_2017_FROM),
  measure(
    'dishonest-list',
    'only-first-needs-ability-2017',
    ['civil-dishonest-list-2017-art1'],
    DISHONEST_LIST_2017_FROM,
  ),
  measure('dishonest-list', 'conduct-grounds-2017', ['civil-dishonest-list-2017-art1'], DISHONEST_LIST_2017_FROM),
  measure('dishonest-list', 'not-listed-when-2017', ['civil-dishonest-list-2017-art3'], DISHONEST_LIST_2017_FROM),
  measure('dishonest-list', 'minors-2017', ['civil-dishonest-list-2017-art4'], DISHONEST_LIST_2017_FROM),
  measure('dishonest-list', 'decision-2017', ['civil-dishonest-list-2017-art5'], DISHONEST_LIST_2017_FROM),
  measure('dishonest-list', 'term-2017', ['civil-dishonest-list-2017-art2'], DISHONEST_LIST_2017_FROM),
  measure(
    'dishonest-list',
    'effects-2017',
    ['civil-dishonest-list-2017-art7-8', 'civil-consumption-ban-2015-art1'],
    DISHONEST_LIST_2017_FROM,
  ),
  measure(
    'dishonest-list',
    'ability-required-2013',
    ['civil-dishonest-list-art1'],
    DISHONEST_LIST_2013_FROM,
    dayBefore(DISHONEST_LIST_2017_FROM),
  ),
  // Correcting a listing is done today, whatever text it was made under.
  today('dishonest-list', 'correction', ['civil-dishonest-list-2017-art11-12'], DISHONEST_LIST_2017_FROM),

  // ── What enforcement cannot do ──
  today('limits', 'necessities-kept', ['civil-procedure-art254', 'civil-procedure-art255']),
  today('limits', 'within-what-is-owed', ['civil-procedure-art253']),
  today('limits', 'inability-is-not-a-crime', ['criminal-law-art313']),
  today(
    'limits',
    'ability-means-after-necessities',
    ['criminal-refusal-interp-2024-art1', 'criminal-refusal-interp-2024-art5'],
    REFUSAL_INTERP_2024_FROM,
  ),
  today(
    'limits',
    'what-refusal-looks-like',
    ['criminal-refusal-interp-2024-art3', 'criminal-refusal-interp-2024-art6'],
    REFUSAL_INTERP_2024_FROM,
  ),

  // ── How each ends ──
  today(
    'how-it-ends',
    'full-performance',
    ['civil-consumption-ban-2015-art9', 'civil-dishonest-list-2017-art10', 'civil-dishonest-list-2017-art2'],
    DISHONEST_LIST_2017_FROM,
  ),
  today('how-it-ends', 'settlement', ['civil-procedure-art241']),
  today('how-it-ends', 'settlement-deletes-listing', ['civil-dishonest-list-2017-art10'], DISHONEST_LIST_2017_FROM),
  today('how-it-ends', 'no-property-found', ['civil-procedure-interp-art517', 'civil-procedure-art265']),
  today(
    'how-it-ends',
    'dishonest-term-ends',
    ['civil-dishonest-list-2017-art2', 'civil-dishonest-list-2017-art10'],
    DISHONEST_LIST_2017_FROM,
  ),
  today('how-it-ends', 'termination', ['civil-procedure-art268']),
];

function holds(s: EnforcementStatement, day: IsoDate): boolean {
  return (s.from === undefined || s.from <= day) && (s.to === undefined || day <= s.to);
}

export interface EnforcementSection {
  topic: EnforcementTopic;
  statements: readonly EnforcementStatement[];
}

/**
 * The statements to show, topic by topic: measure-dated ones as of `measureDate` (the day a
 * ban or listing was imposed; today when not given), the rest as of `today`. A topic with
 * nothing in force on that day comes back empty (no such rule existed then).
 */
export function enforcementGuide(todayDate: IsoDate, measureDate: IsoDate | null = null): EnforcementSection[] {
  const measureDay = measureDate ?? todayDate;
  return ENFORCEMENT_TOPICS.map((topic) => ({
    topic,
    statements: ENFORCEMENT_STATEMENTS.filter(
      (s) => s.topic === topic && holds(s, s.by === 'measure' ? measureDay : todayDate),
    ),
  }));
}

/** Each measure topic's texts in force on `day`, named by their first day (for the screen's note). */
export function measureTextOn(topic: 'consumption-ban' | 'dishonest-list', day: IsoDate): IsoDate | null {
  const starts =
    topic === 'consumption-ban'
      ? [CONSUMPTION_BAN_2015_FROM, CONSUMPTION_BAN_2010_FROM]
      : [DISHONEST_LIST_2017_FROM, DISHONEST_LIST_2013_FROM];
  return starts.find((start) => start <= day) ?? null;
}
