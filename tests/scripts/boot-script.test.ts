/**
 * The prerendered pages' boot scripts (scripts/prerender-root.ts), run as the page runs them:
 * the language is chosen as src/i18n/detect-locale.ts chooses it, the English markup or the
 * loading shell goes in before anything is painted, and the Chinese markup stays otherwise.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BOOT_SCRIPT, englishTemplate, shellTemplate, SWAP_SCRIPT } from '../../scripts/prerender-root';
import { detectLocale } from '../../src/i18n/detect-locale';

function loadPage({
  path,
  pagePath,
  languages,
  saved,
}: {
  path: string;
  pagePath: string;
  languages: string[];
  saved?: string;
}) {
  window.history.replaceState(null, '', path);
  localStorage.clear();
  if (saved) localStorage.setItem('shore.locale', saved);
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
  document.documentElement.setAttribute('data-path', pagePath);
  document.documentElement.lang = 'zh-CN';
  // The exact text the page runs, as it runs it.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call
  new Function(BOOT_SCRIPT)();
  const hidden = document.documentElement.hasAttribute('data-boot');
  document.body.innerHTML =
    `<div id="root" data-prerendered="${pagePath}"><h1>添加债务</h1></div>` +
    englishTemplate('<h1>Add a debt</h1>') +
    shellTemplate('^/debts/[^/]+/edit$', 'zh-CN', '<p>正在读取……</p>') +
    shellTemplate('^/debts/[^/]+/edit$', 'en', '<p>Loading…</p>');
  // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call
  new Function(SWAP_SCRIPT)();
  return { hidden, root: document.getElementById('root')! };
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('data-path');
  localStorage.clear();
});

describe('boot scripts', () => {
  it.each([
    { languages: ['zh-CN'], saved: undefined },
    { languages: ['zh-HK', 'en'], saved: undefined },
    { languages: ['en-US', 'zh-CN'], saved: undefined },
    { languages: ['fr-FR'], saved: undefined },
    { languages: [], saved: undefined },
    { languages: ['en-US'], saved: 'zh-CN' },
    { languages: ['zh-CN'], saved: 'en' },
    { languages: ['en-US'], saved: 'klingon' },
  ])('choose the language the app will ($languages, saved $saved)', ({ languages, saved }) => {
    const expected = detectLocale(saved ?? null, languages);
    const { root } = loadPage({ path: '/debts/new', pagePath: '/debts/new', languages, saved });
    expect(document.documentElement.lang).toBe(expected);
    expect(root.querySelector('h1')?.textContent).toBe(expected === 'en' ? 'Add a debt' : '添加债务');
    expect(root.dataset.prerendered).toBe('/debts/new');
    expect(root.dataset.locale).toBe(expected === 'en' ? 'en' : undefined);
    // The templates are gone and the root is shown.
    expect(document.querySelectorAll('template')).toHaveLength(0);
    expect(document.documentElement.hasAttribute('data-boot')).toBe(false);
  });

  it('hide the Chinese root until the swap only when it will be swapped', () => {
    expect(loadPage({ path: '/debts/new', pagePath: '/debts/new', languages: ['zh-CN'] }).hidden).toBe(false);
    expect(loadPage({ path: '/debts/new', pagePath: '/debts/new', languages: ['en-US'] }).hidden).toBe(true);
    expect(loadPage({ path: '/debts/d1/edit', pagePath: '/', languages: ['zh-CN'] }).hidden).toBe(true);
  });

  it.each([
    { languages: ['zh-CN'], text: '正在读取……' },
    { languages: ['en-US'], text: 'Loading…' },
  ])('put the loading shell of a route with an id in place of another page ($languages)', ({ languages, text }) => {
    const { root } = loadPage({ path: '/debts/d1/edit', pagePath: '/', languages });
    expect(root.textContent).toBe(text);
    expect(root.dataset.prerendered).toBeUndefined();
    expect(root.dataset.screen).toBe('/debts/d1/edit');
  });

  it('leave the page alone on a path with no shell (the app decides)', () => {
    const { root } = loadPage({ path: '/no/such/path', pagePath: '/', languages: ['zh-CN'] });
    expect(root.textContent).toBe('添加债务');
    expect(root.dataset.prerendered).toBe('/');
  });
});
