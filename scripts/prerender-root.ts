/**
 * Where the prerendered first screen goes in index.html. Shared by the build's prerender
 * plugin (vite.config.ts) and the hydration test (tests/app/hydration.test.tsx), so the test
 * hydrates exactly the markup the build ships.
 */

/** The empty root element of the source index.html. */
export const EMPTY_ROOT = '<div id="root"></div>';

/**
 * index.html with `markup` (rendered for `path` on `day`) inside the root. `data-prerendered`
 * tells the client entry which path the markup belongs to (src/app/mount.tsx), `data-day`
 * the date it was rendered with (src/components/use-today.ts).
 */
export function injectPrerenderedRoot(html: string, path: string, markup: string, day?: string): string {
  if (!html.includes(EMPTY_ROOT)) throw new Error(`index.html has no ${EMPTY_ROOT} to prerender into`);
  return html.replace(EMPTY_ROOT, () => prerenderedRootElement(path, markup, day));
}

/** The root element holding markup the client hydrates. */
export function prerenderedRootElement(path: string, markup: string, day?: string): string {
  return `<div id="root" data-prerendered="${path}"${day ? ` data-day="${day}"` : ''}>${markup}</div>`;
}

/**
 * The page boot script, inline at the top of <head> (allowed by its hash in the CSP). Before
 * anything is painted it (1) moves an old path to its new one (a legacy redirect's page),
 * (2) picks the language as src/i18n/detect-locale.ts does (saved choice, else the browser's
 * languages) and sets <html lang>, (3) preloads that language's catalogue if the page names
 * one, and (4) hides the root until SWAP_SCRIPT has put the right markup in it, when that is
 * not the Chinese markup already there (English, or a path this page was not rendered for).
 */
export const BOOT_SCRIPT =
  "(function(){var d=document.documentElement,l=null,r=d.getAttribute('data-redirect');" +
  "if(r&&location.pathname!==r)history.replaceState(null,'',r+location.search+location.hash);" +
  "try{l=localStorage.getItem('shore.locale')}catch(e){}" +
  "if(l!=='zh-CN'&&l!=='en'){l='zh-CN';var n=navigator.languages||[navigator.language];" +
  "for(var i=0;i<n.length;i++){var p=String(n[i]||'').toLowerCase().split(/[-_]/)[0];if(p){l=p==='zh'?'zh-CN':'en';break}}}" +
  "d.lang=l;var c=d.getAttribute('data-catalogue-'+l);" +
  "if(c){var k=document.createElement('link');k.rel='modulepreload';k.href=c;document.head.appendChild(k)}" +
  "if(l!=='zh-CN'||location.pathname!==d.getAttribute('data-path'))d.setAttribute('data-boot',l)})()";

/**
 * Right after the root and its templates in <body> (inline, allowed by its hash): on the
 * page's own path in English, the English markup replaces the Chinese; on another path (the
 * SPA fallback answering a route with an id) the loading shell of that route's kind replaces
 * the ledger, so a deep link never shows another screen first. Then the root is shown.
 */
export const SWAP_SCRIPT =
  "(function(){var d=document.documentElement,l=d.lang,r=document.getElementById('root'),p=location.pathname,t=null;" +
  "if(r.getAttribute('data-prerendered')===p){if(l==='en')t=document.getElementById('root-en')}" +
  "else{var s=document.querySelectorAll('template[data-shell]');" +
  "for(var i=0;i<s.length;i++){if(s[i].getAttribute('data-lang')===l&&new RegExp(s[i].getAttribute('data-shell')).test(p)){t=s[i];break}}" +
  "if(t){r.removeAttribute('data-prerendered');r.setAttribute('data-screen',p)}}" +
  "if(t){r.replaceChildren(t.content.cloneNode(true));r.setAttribute('data-locale',l)}" +
  "var a=document.querySelectorAll('template[data-shell],#root-en');for(var j=0;j<a.length;j++)a[j].remove();" +
  "d.removeAttribute('data-boot')})()";

/** The style that keeps the root hidden while BOOT_SCRIPT has marked it for a swap. */
export const BOOT_STYLE = 'html[data-boot] #root{visibility:hidden}';

/** The English markup of a page, for SWAP_SCRIPT. */
export function englishTemplate(markup: string): string {
  return `<template id="root-en">${markup}</template>`;
}

/** A loading shell for paths matching `pattern` (a RegExp source) in `locale`. */
export function shellTemplate(pattern: string, locale: string, markup: string): string {
  return `<template data-shell="${pattern.replace(/"/g, '&quot;')}" data-lang="${locale}">${markup}</template>`;
}

/** `<script>` elements for the two boot scripts. */
export const bootScriptTag = `<script>${BOOT_SCRIPT}</script>`;
export const swapScriptTag = `<script>${SWAP_SCRIPT}</script>`;

/** Inline scripts the CSP allows by hash: the two boot scripts and nothing else. */
export const ALLOWED_INLINE_SCRIPTS: readonly string[] = [BOOT_SCRIPT, SWAP_SCRIPT];
