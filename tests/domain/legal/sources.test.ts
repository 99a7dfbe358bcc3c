/**
 * The source registry is data the UI shows next to every statement, so it is checked as data:
 * ids are unique kebab-case, dates are real and ordered, [C] sources never pose as law, and
 * every source with a full text has its article in the committed JSON.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArticleTexts, extractArticle, TEXTS_DIR } from '../../../scripts/extract-articles.mjs';
import { isIsoDate } from '../../../src/domain/dates';
import articleTexts from '../../../src/domain/legal/article-texts.json';
import { isInForce, type LegalSource } from '../../../src/domain/legal/source-types';
import { civilSources } from '../../../src/domain/legal/sources/civil';
import { creditRecordSources } from '../../../src/domain/legal/sources/credit-record';
import { criminalSources } from '../../../src/domain/legal/sources/criminal';
import { ALL_SOURCES, findSource } from '../../../src/domain/legal/sources/index';
import { stageSources } from '../../../src/domain/legal/sources/stage';
import { isoDate } from '../../../src/domain/dates';

const OWNED: readonly LegalSource[] = [...stageSources, ...criminalSources, ...civilSources, ...creditRecordSources];
const texts: Record<string, { file: string; article: string; text: string }> = articleTexts;

describe('legal sources (assessment areas)', () => {
  it('has unique kebab-case ids across the whole registry', () => {
    const ids = ALL_SOURCES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('prefixes each owned id with its area', () => {
    for (const s of stageSources) expect(s.id).toMatch(/^stage-/);
    for (const s of criminalSources) expect(s.id).toMatch(/^criminal-/);
    for (const s of civilSources) expect(s.id).toMatch(/^civil-/);
    for (const s of creditRecordSources) expect(s.id).toMatch(/^credit-/);
  });

  it.each(OWNED.map((s) => [s.id, s] as const))('%s has real, ordered dates and named fields', (_id, s) => {
    expect(isIsoDate(s.effectiveFrom)).toBe(true);
    if (s.effectiveTo !== undefined) {
      expect(isIsoDate(s.effectiveTo)).toBe(true);
      expect(s.effectiveTo > s.effectiveFrom).toBe(true);
    }
    expect(s.instrument.length).toBeGreaterThan(0);
    expect(s.issuer.length).toBeGreaterThan(0);
    expect(findSource(s.id)).toBe(s);
  });

  it('never presents a [C] source as law: every C source is practice', () => {
    const c = OWNED.filter((s) => s.confidence === 'C');
    expect(c.length).toBeGreaterThan(0);
    for (const s of c) expect(s.force).toBe('practice');
  });

  it('keeps the article texts only for [A] sources with a text file', () => {
    for (const s of OWNED) if (s.textFile !== undefined) expect(s.confidence).toBe('A');
  });

  it.each([
    // legal/basis.md: the criminal threshold changed on 2018-12-01.
    ['criminal-interp-2009-art6', '2009-12-16', '2018-11-30'],
    ['criminal-interp-2018-art8', '2018-12-01', undefined],
    ['credit-regulation-art16', '2013-03-15', undefined],
    ['civil-bank-card-rules-art3', '2021-05-25', undefined],
    ['civil-contract-interp-art65', '2023-12-05', undefined],
    ['credit-one-time-repair-2025', '2025-12-22', undefined],
    ['stage-risk-classification-2023', '2023-07-01', undefined],
  ])('%s is dated as its instrument gives', (id, from, to) => {
    const s = findSource(id)!;
    expect(s.effectiveFrom).toBe(from);
    expect(s.effectiveTo).toBe(to);
  });

  it('evaluates the 2009 and 2018 thresholds by date', () => {
    const old = findSource('criminal-interp-2009-art6')!;
    const current = findSource('criminal-interp-2018-art8')!;
    expect([isInForce(old, isoDate('2018-11-30')), isInForce(current, isoDate('2018-11-30'))]).toEqual([true, false]);
    expect([isInForce(old, isoDate('2018-12-01')), isInForce(current, isoDate('2018-12-01'))]).toEqual([false, true]);
  });
});

describe('article texts for the viewer', () => {
  it('has the text of every owned source with a text file, and nothing else', () => {
    const withText = OWNED.filter((s) => s.textFile !== undefined).map((s) => s.id);
    expect(Object.keys(texts).sort()).toEqual([...withText].sort());
    for (const id of withText) {
      const s = findSource(id)!;
      expect(texts[id].file).toBe(s.textFile);
      expect(texts[id].article).toBe(s.article);
      expect(texts[id].text.length).toBeGreaterThan(10);
    }
  });

  it.each([
    ['criminal-law-art196', '前款所称恶意透支'],
    ['criminal-interp-2018-art6', '不得单纯依据持卡人未按规定还款的事实认定非法占有目的'],
    ['criminal-interp-2018-art7', '两次催收至少间隔三十日'],
    ['criminal-interp-2018-art8', '数额在五万元以上不满五十万元'],
    ['criminal-interp-2018-art9', '归还或者支付的数额，应当认定为归还实际透支的本金'],
    ['criminal-interp-2018-art10', '可以不起诉'],
    ['civil-code-art193', '人民法院不得主动适用诉讼时效的规定'],
    ['civil-limitation-rules-art19', '债务人在通知单上签字或者盖章'],
    ['civil-bank-card-rules-art3', '发送手机短信、书面信件、电子邮件'],
    ['civil-procedure-art225-228', '债务人应当自收到支付令之日起十五日内清偿债务，或者向人民法院提出书面异议'],
    ['civil-procedure-art171', '有权在判决书送达之日起十五日内向上一级人民法院提起上诉'],
    ['credit-regulation-art16', '自不良行为或者事件终止之日起为5年'],
    ['credit-regulation-art25', '自收到异议之日起20日内进行核查和处理'],
  ])('%s contains “%s”', (id, phrase) => {
    expect(texts[id].text).toContain(phrase);
  });

  it('ends each article before the next one starts', () => {
    expect(texts['civil-code-art193'].text).not.toContain('第一百九十四条');
    expect(texts['criminal-interp-2018-art6'].text).not.toContain('有效催收’：');
    expect(texts['civil-procedure-art225-228'].text).toContain('第二百二十六条');
    expect(texts['civil-procedure-art225-228'].text).not.toContain('第二百二十九条');
  });

  it('matches what the extraction script produces from legal/texts today', () => {
    const rebuilt = buildArticleTexts(OWNED, (file) => readFileSync(join(TEXTS_DIR, file), 'utf8'));
    expect(rebuilt).toEqual(texts);
  });

  it.each([
    ['第三条', '第二条 甲。\n\n第三条 乙。\n\n丙。\n\n第四条 丁。', '第三条 乙。\n\n丙。'],
    ['第一条至第二条', '第一条 甲。\n第二条 乙。\n第三条 丙。', '第一条 甲。\n第二条 乙。'],
    ['第二条', '第一条 甲。\n\n## 第二章\n\n第二条 乙。\n\n## 第三章', '第二条 乙。'],
    ['第九条', '第一条 甲。', undefined],
  ])('extractArticle(%s) stops at the next article or heading', (article, text, expected) => {
    expect(extractArticle(text, article)).toBe(expected);
  });
});
