/**
 * The statements the 2026-12 review found wrong or overstated, pinned in their corrected form
 * (each expectation failed on the text before the correction).
 */
import { describe, expect, it } from 'vitest';
import { UNANSWERED_ATTEMPTS_LIMIT } from '../../src/domain/conduct/check-collector-conduct';
import { findSource } from '../../src/domain/legal/sources/index';
import { assessmentZh } from '../../src/i18n/locales/zh-CN/assessment';
import { commonZh } from '../../src/i18n/locales/zh-CN/common';
import { conductZh } from '../../src/i18n/locales/zh-CN/conduct';
import { hardshipPlanZh } from '../../src/i18n/locales/zh-CN/hardship-plan';
import { conductEn } from '../../src/i18n/locales/en/conduct';

describe('corrected statements', () => {
  it('offers 不起诉 on full repayment only for a 数额较大 overdraft (解释 Art.10)', () => {
    expect(assessmentZh['assess.finding.lower-full-repayment']).toMatch(/^恶意透支数额较大/);
  });

  it('calls a judicial interpretation a judicial interpretation, not 法律', () => {
    expect(assessmentZh['assess.reason.non-payment-alone-is-not-intent']).toMatch(/^司法解释/);
    expect(assessmentZh['assess.reason.non-payment-alone-is-not-intent']).not.toContain('法律明确');
  });

  it('says "more than 6" where the check fires above 6', () => {
    expect(UNANSWERED_ATTEMPTS_LIMIT).toBe(6);
    expect(conductZh['conduct.rule.unanswered-attempts-per-day']).toContain('超过 6 次');
    expect(conductZh['conduct.rule.unanswered-attempts-per-day']).not.toContain('以上');
  });

  it('says the banking association binds its members, and dates its guideline by publication', () => {
    expect(conductZh['conduct.context.creditorTypeHint']).toContain('会员银行');
    expect(findSource('cba-collection-guideline-2026')?.datedByPublication).toBe(true);
  });

  it('rates the 2011 card measures [A] from the full text', () => {
    for (const id of ['card-measures-2011-art68', 'card-measures-2011-art70', 'stage-card-rules-2011-art92'])
      expect(findSource(id)?.confidence, id).toBe('A');
  });

  it('gives unsourced hotlines a caveat and practice its name', () => {
    expect(commonZh['app.disclaimer']).toContain('以当地公布的号码为准');
    expect(conductZh['conduct.packet.step.letter-12363']).toContain('请先在电话里问清');
    expect(hardshipPlanZh['hardshipPlan.intro']).toContain('不是法律规定');
  });

  it('tells people to wait for the Art.18 time limits before going to the regulator', () => {
    expect(conductZh['conduct.packet.step.letter-creditor']).toContain('可再延长 30 日');
    expect(conductZh['conduct.packet.step.letter-12378']).toMatch(/^第二步：期限过了/);
  });

  it('does not turn the guidelines’ 应 into "must"', () => {
    expect(conductEn['conduct.rights.item.identify.title']).not.toMatch(/must/);
  });
});
