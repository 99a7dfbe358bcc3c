/**
 * The conduct texts against the red lines of legal/basis.md: every rule and basis has words, no
 * text invents a 21:00 rule, the advisory 6-call line is never called illegal, and 催收非法债务罪
 * appears only where the app says it does NOT apply to bank debts.
 */
import { describe, expect, it } from 'vitest';
import { CURRENT_CONDUCT_RULE_SET } from '../../src/domain/conduct/check-collector-conduct';
import { RIGHTS_CHECKLIST } from '../../src/domain/conduct/rights-checklist';
import { CONDUCT_RULE_IDS } from '../../src/domain/conduct/rule-types';
import { conductEn } from '../../src/i18n/locales/en/conduct';
import { conductZh } from '../../src/i18n/locales/zh-CN/conduct';

const zh: Record<string, string> = conductZh;

describe('conduct catalogue', () => {
  it('has a title for every rule and a description for every basis', () => {
    for (const id of CONDUCT_RULE_IDS) expect(zh[`conduct.rule.${id}`], id).toMatch(/\S/);
    for (const r of CURRENT_CONDUCT_RULE_SET.rules)
      expect(zh[`conduct.basis.${r.descriptionCode}`], r.key).toMatch(/\S/);
  });

  it('has a title and body for every rights item', () => {
    for (const item of RIGHTS_CHECKLIST) {
      // A popular wrong claim is stored under `.claim` (the only place it may appear).
      expect(zh[`conduct.rights.item.${item.id}.${item.section === 'myths' ? 'claim' : 'title'}`], item.id).toMatch(
        /\S/,
      );
      expect(zh[`conduct.rights.item.${item.id}.body`], item.id).toMatch(/\S/);
    }
  });

  it('has no basis text without a rule-set row (no orphan claims)', () => {
    const codes = new Set(CURRENT_CONDUCT_RULE_SET.rules.map((r) => `conduct.basis.${r.descriptionCode}`));
    for (const key of Object.keys(zh).filter((k) => k.startsWith('conduct.basis.')))
      expect(codes.has(key), key).toBe(true);
  });

  it('mentions 21:00 only to say that no rule contains it', () => {
    for (const [key, text] of Object.entries(zh)) {
      if (/21:00|21 点|9 点/.test(text)) expect(key, text).toBe('conduct.rights.item.myth-21.claim');
    }
  });

  it('never calls the advisory 6-attempt line illegal', () => {
    for (const [key, text] of Object.entries(zh)) {
      if (/6 次/.test(text) && /违法/.test(text)) expect(text, key).toMatch(/不能说违法|不是法律|^错误：/);
    }
  });

  it('names 催收非法债务罪 only to say it does not apply to bank debts', () => {
    for (const [key, text] of Object.entries(zh)) {
      if (text.includes('催收非法债务罪')) expect(key).toBe('conduct.rights.item.myth-293-1.claim');
    }
  });

  it('never calls a home visit illegal as such', () => {
    expect(zh['conduct.rights.item.may-visit.body']).toContain('不违法');
    for (const text of Object.values(zh)) expect(text).not.toMatch(/上门(催收)?(就|都|一律)?(是)?违法[^的]/);
  });

  it('keeps English in step with the source', () => {
    expect(Object.keys(conductEn).sort()).toEqual(Object.keys(conductZh).sort());
  });
});
