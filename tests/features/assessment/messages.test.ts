/**
 * Every code the engine can produce has a message, every message gets all its values, and no
 * message repeats a popular claim that is wrong (claims are shown only under `.claim`
 * keys, as the thing being corrected).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessDebt } from '../../../src/domain/assess/assess-debt';
import { MYTHS } from '../../../src/domain/assess/myths';
import type { Assessment, Finding } from '../../../src/domain/assess/types';
import type { IsoDate } from '../../../src/domain/types';
import { findingVars, isMessageKey } from '../../../src/features/assessment/messages';
import { translate } from '../../../src/i18n/catalogue';
import { sourceCatalogue } from '../../../src/i18n/source-catalogue';
import { en } from '../../../src/i18n/locales/en/index';
import { arbitraryAsOf, arbitraryInput } from '../../domain/assess/arbitrary-input';
import { scenarioInput, scenarioSchema } from '../../domain/assess/scenario-format';

const fakeI18n = {
  t: (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) =>
    translate(sourceCatalogue, key, vars),
  money: (fen: number) => `¥${fen / 100}`,
  date: (d: string) => d,
};

function findingsOf(a: Assessment): Finding[] {
  return [
    ...a.stage.findings,
    ...a.criminal.findings,
    ...a.criminal.lowering,
    ...a.civil.findings,
    ...a.limitation.findings,
    ...a.creditRecord.findings,
  ];
}

function checkMessages(a: Assessment) {
  for (const f of findingsOf(a)) {
    const key = `assess.finding.${f.code}`;
    expect(isMessageKey(key), key).toBe(true);
    const vars = findingVars(fakeI18n, f.values);
    if (isMessageKey(key)) expect(fakeI18n.t(key, vars), key).not.toMatch(/\{\w+\}/);
    for (const r of f.reasons ?? []) {
      const rk = `assess.reason.${r}`;
      expect(isMessageKey(rk), rk).toBe(true);
      if (isMessageKey(rk)) expect(fakeI18n.t(rk, vars), rk).not.toMatch(/\{\w+\}/);
    }
    for (const [name, v] of Object.entries(f.values ?? {})) {
      if ('code' in v && ['phase', 'class', 'cause', 'kind'].includes(name)) {
        expect(isMessageKey(`assess.value.${name}.${v.code}`), `${name}.${v.code}`).toBe(true);
      }
    }
  }
  for (const m of a.milestones) {
    for (const prefix of ['assess.milestone.', 'assess.short.']) {
      const key = `${prefix}${m.code}`;
      expect(isMessageKey(key), key).toBe(true);
      if (isMessageKey(key)) expect(fakeI18n.t(key, findingVars(fakeI18n as never, m.values))).not.toMatch(/\{\w+\}/);
    }
  }
}

describe('assessment messages', () => {
  it('cover every scenario’s statements with all their values filled in', () => {
    const dir = join(__dirname, '..', '..', 'fixtures', 'assessment');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const s = scenarioSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      checkMessages(assessDebt(scenarioInput(s), s.asOf as IsoDate));
    }
  });

  it('cover every statement of random debts', () => {
    fc.assert(
      fc.property(arbitraryInput, arbitraryAsOf, (input, asOf) => checkMessages(assessDebt(input, asOf))),
      { numRuns: 300 },
    );
  });

  it('have a claim and a correction for every myth', () => {
    for (const m of MYTHS) {
      expect(isMessageKey(`assess.myth.${m.id}.claim`)).toBe(true);
      expect(isMessageKey(`assess.myth.${m.id}.truth`)).toBe(true);
    }
  });
});

/** Popular claims that are wrong (legal/basis.md); none may appear except as a myth's `.claim`. */
const WRONG_CLAIMS: readonly [string, RegExp][] = [
  ['1万元 criminal threshold as current law', /(1|一)\s*万元?.{0,12}(坐牢|判刑|入刑|构成犯罪|就是犯罪)/],
  ['suing only after 6 months', /(6|六)\s*个月.{0,14}(才会?|就会?)?(起诉|上法院)/],
  ['suing only above 1万', /(1|一)\s*万元?以上.{0,10}(才会?)?起诉/],
  ['fees capped at principal as law', /(息费|利息和费用|利息、费用).{0,8}(不能|不得|不可以|不会)超过本金/],
  ['21:00 collection curfew', /21[:：]00|晚上?九点|21\s*点/],
  ['催收非法债务罪 for bank collectors', /催收非法债务罪/],
  ['write-off as forgiveness', /核销(了|后)?(就|即)(不用还|免债|免除|一笔勾销)/],
  ['hardship plan as a right', /(银行)?(必须|应当)同意.{0,6}(个性化分期|停息挂账)/],
  ['九民纪要 Art.51 as the 24% rule', /九民纪要.{0,20}24\s*%/],
  ['bare high risk', /高风险|风险很高/],
  [
    '4×LPR as a cap on every lender',
    /(信用卡|网贷|银行|消费金融).{0,16}(不能|不得)超过.{0,4}(LPR|贷款市场报价利率).{0,2}四倍/,
  ],
];

describe('wrong claims', () => {
  it.each(WRONG_CLAIMS)('never says: %s', (_name, pattern) => {
    for (const [key, text] of Object.entries(sourceCatalogue)) {
      if (key.endsWith('.claim')) continue;
      expect(text, key).not.toMatch(pattern);
    }
  });

  it('the patterns do catch the myths themselves', () => {
    const claims = Object.entries(sourceCatalogue)
      .filter(([k]) => k.endsWith('.claim'))
      .map(([, v]) => v);
    for (const pattern of [WRONG_CLAIMS[0][1], WRONG_CLAIMS[1][1], WRONG_CLAIMS[3][1], WRONG_CLAIMS[10][1]]) {
      expect(claims.some((c) => pattern.test(c))).toBe(true);
    }
  });

  it('English never states the old threshold or the 9 pm curfew as law', () => {
    for (const [key, text] of Object.entries(en)) {
      if (key.endsWith('.claim')) continue;
      expect(text, key).not.toMatch(/9\s*pm|21:00|10,000 yuan[^.]{0,20}(jail|prison)/i);
    }
  });
});
