import { describe, expect, it } from 'vitest';
import { sourceCatalogue } from '../../src/i18n/source-catalogue';
import { detectLocale } from '../../src/i18n/detect-locale';
import { en } from '../../src/i18n/locales/en/index';

describe('catalogues', () => {
  it('English has exactly the keys of the zh-CN source', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sourceCatalogue).sort());
  });

  it('no message is empty, and placeholders match between languages', () => {
    // `{days}` and `{days, plural, one {…} other {…}}` both use the value `days`.
    const placeholders = (s: string) =>
      [...new Set([...s.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]))].sort();
    for (const [key, zh] of Object.entries(sourceCatalogue)) {
      const english = en[key as keyof typeof en];
      expect(zh.trim(), key).not.toBe('');
      expect(english.trim(), key).not.toBe('');
      expect(placeholders(english), key).toEqual(placeholders(zh));
    }
  });
});

describe('detectLocale', () => {
  it.each<[string | null, string[], string]>([
    [null, ['zh-CN'], 'zh-CN'],
    [null, ['zh'], 'zh-CN'],
    [null, ['zh-Hans-CN'], 'zh-CN'],
    [null, ['zh-HK', 'en'], 'zh-CN'],
    [null, ['zh-TW'], 'zh-CN'],
    [null, ['zh_SG'], 'zh-CN'],
    [null, ['en-US', 'zh-CN'], 'en'],
    [null, ['fr-FR'], 'en'],
    [null, [], 'zh-CN'],
    ['en', ['zh-CN'], 'en'],
    ['zh-CN', ['en-GB'], 'zh-CN'],
    ['klingon', ['en-GB'], 'en'],
  ])('saved %s, browser %j → %s', (saved, languages, expected) => {
    expect(detectLocale(saved, languages)).toBe(expected);
  });
});
