/**
 * The enforcement screen's statements are data: each cites sources that exist and are in force
 * on every day it can be shown, each has a text in both catalogues, and the texts that changed
 * (限消 2015-07-22, 失信 2017-05-01, 拒执 interpretation 2024-12-01) switch on their first day.
 */
import { describe, expect, it } from 'vitest';
import {
  ENFORCEMENT_STATEMENTS,
  enforcementGuide,
  measureTextOn,
  type EnforcementTopic,
} from '../../../src/domain/court/enforcement-guide';
import { isoDate } from '../../../src/domain/dates';
import { isInForce } from '../../../src/domain/legal/source-types';
import { findSource } from '../../../src/domain/legal/sources/index';
import { en } from '../../../src/i18n/locales/en/index';
import { zhCN } from '../../../src/i18n/locales/zh-CN/index';
import { enforcementStatementKey } from '../../../src/features/court/messages';

const TODAY = isoDate('2026-12-07');

function ids(topic: EnforcementTopic, today: string, measure: string | null = null): string[] {
  const section = enforcementGuide(isoDate(today), measure === null ? null : isoDate(measure)).find(
    (s) => s.topic === topic,
  );
  return (section?.statements ?? []).map((s) => s.id);
}

describe('enforcement guide data', () => {
  it('has unique statement ids within each topic', () => {
    const keys = ENFORCEMENT_STATEMENTS.map((s) => `${s.topic}.${s.id}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(ENFORCEMENT_STATEMENTS.map((s) => [`${s.topic}.${s.id}`, s] as const))(
    '%s cites sources in force on its first and last day shown',
    (_key, s) => {
      expect(s.sourceIds.length).toBeGreaterThan(0);
      const days = [s.from, s.to, s.by === 'today' && s.to === undefined ? TODAY : undefined].filter(
        (x): x is NonNullable<typeof x> => x !== undefined,
      );
      for (const id of s.sourceIds) {
        const source = findSource(id);
        expect(source, id).toBeDefined();
        for (const day of days) expect(isInForce(source!, day), `${id} on ${day}`).toBe(true);
      }
    },
  );

  it.each(ENFORCEMENT_STATEMENTS.map((s) => [enforcementStatementKey(s)] as const))(
    '%s has a Chinese and an English text',
    (key) => {
      expect(zhCN[key]).toMatch(/\S/);
      expect(en[key]).toMatch(/\S/);
    },
  );
});

describe('enforcement guide by date', () => {
  it('reads a listing of 2017-04-30 under the 2013 text (ability required) and of 2017-05-01 under the 2017 one', () => {
    expect(ids('dishonest-list', '2026-12-07', '2017-04-30')).toEqual(['ability-required-2013', 'correction']);
    const from2017 = ids('dishonest-list', '2026-12-07', '2017-05-01');
    expect(from2017).toContain('only-first-needs-ability-2017');
    expect(from2017).toContain('term-2017');
    expect(from2017).not.toContain('ability-required-2013');
  });

  it('reads a ban of 2015-07-21 under the 2010 list and of 2015-07-22 under the 2015 list', () => {
    expect(ids('consumption-ban', '2026-12-07', '2015-07-21')).toEqual(['list-2010']);
    expect(ids('consumption-ban', '2026-12-07', '2015-07-22')).toEqual([
      'when-2015',
      'list-2015',
      'necessary-spending-2015',
      'lifting-2015',
      'breach-2015',
    ]);
  });

  it('has no ban before 2010-10-01 and no 失信 list before 2013-10-01', () => {
    expect(ids('consumption-ban', '2026-12-07', '2010-09-30')).toEqual([]);
    expect(ids('dishonest-list', '2026-12-07', '2013-09-30')).toEqual(['correction']);
    expect(measureTextOn('consumption-ban', isoDate('2010-09-30'))).toBeNull();
    expect(measureTextOn('dishonest-list', isoDate('2016-06-01'))).toBe('2013-10-01');
  });

  it('reads a measure date only for bans and listings: the limits follow today', () => {
    expect(ids('limits', '2026-12-07', '2016-01-01')).toEqual(ids('limits', '2026-12-07'));
  });

  it('cites the 2024 interpretation of 拒不执行 from 2024-12-01, the statute before', () => {
    expect(ids('limits', '2024-11-30')).toEqual([
      'necessities-kept',
      'within-what-is-owed',
      'inability-is-not-a-crime',
    ]);
    expect(ids('limits', '2024-12-01')).toEqual([
      'necessities-kept',
      'within-what-is-owed',
      'inability-is-not-a-crime',
      'ability-means-after-necessities',
      'what-refusal-looks-like',
    ]);
    expect(ids('report-property', '2024-11-30')).not.toContain('crime-only-after-sanctions');
    expect(ids('report-property', '2024-12-01')).toContain('crime-only-after-sanctions');
  });

  it('states each duty, limit and ending the screen must show today', () => {
    expect(ids('report-property', '2026-12-07')).toEqual([
      'duty',
      'fine-or-detention',
      'dishonest-ground',
      'crime-only-after-sanctions',
    ]);
    expect(ids('how-it-ends', '2026-12-07')).toEqual([
      'full-performance',
      'settlement',
      'settlement-deletes-listing',
      'no-property-found',
      'dishonest-term-ends',
      'termination',
    ]);
  });
});
