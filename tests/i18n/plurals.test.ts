/**
 * English counts take their plural form from Intl.PluralRules ("1 minute", "2 minutes"), and no
 * English message puts a bare count before a plural noun ("1 minutes", "1 entries").
 */
import { describe, expect, it } from 'vitest';
import { interpolate, translate } from '../../src/i18n/catalogue';
import { en } from '../../src/i18n/locales/en/index';
import { sourceCatalogue } from '../../src/i18n/source-catalogue';

describe('plural forms', () => {
  it.each([
    ['settings.lock.minutes', { minutes: 1 }, '1 minute'],
    ['settings.lock.minutes', { minutes: 5 }, '5 minutes'],
    ['conduct.findings.entries', { count: 1, date: '3 Mar 2026' }, '1 entry, latest on 3 Mar 2026'],
    ['conduct.findings.entries', { count: 2, date: '3 Mar 2026' }, '2 entries, latest on 3 Mar 2026'],
    ['debts.item.overdueDays', { days: 1 }, '1 day overdue'],
    ['debts.item.overdueDays', { days: 0 }, '0 days overdue'],
    [
      'debts.form.errorSummary',
      { count: 1 },
      '1 field needs a change (marked in red below). Nothing has been saved yet.',
    ],
    ['safety.lock.wait', { seconds: 1 }, 'Too many wrong tries. Try again in 1 second.'],
    ['hardshipPlan.months', { months: 1 }, '1 month'],
    ['conduct.paste.saved', { count: 3 }, '3 entries saved'],
  ] as const)('%s with %j says “%s”', (key, vars, expected) => {
    expect(translate(en, key, vars, 'en')).toBe(expected);
  });

  it('chooses by the locale’s rules and leaves other placeholders to be filled', () => {
    const message = '{n, plural, =0 {none} one {# {thing}} other {# {thing}s}} left';
    expect(interpolate(message, { n: 0, thing: 'day' }, 'en')).toBe('none left');
    expect(interpolate(message, { n: 1, thing: 'day' }, 'en')).toBe('1 day left');
    expect(interpolate(message, { n: 21, thing: 'day' }, 'en')).toBe('21 days left');
    // Chinese has one form: "other".
    expect(interpolate('{n, plural, one {单} other {# 天}}', { n: 1 }, 'zh-CN')).toBe('1 天');
  });

  it('leaves no bare count before a plural noun in English', () => {
    const bare =
      /\{\w+\} (minutes|seconds|days|months|years|entries|records|times|issues|debts|letters|attachments|changes|characters|instalments|fields|lines|things|messages)\b|\(s\)|\(ies\)/;
    const offending = Object.entries(en).filter(([, text]) => bare.test(text));
    expect(offending).toEqual([]);
  });

  it('every plural message has an “other” form', () => {
    for (const [key, text] of Object.entries({ ...en, ...sourceCatalogue })) {
      for (const m of text.matchAll(/\{\w+, plural,/g)) {
        expect(text.slice(m.index), key).toMatch(/^\{\w+, plural,.*other \{/s);
      }
    }
  });
});
