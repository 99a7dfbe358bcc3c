// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  buildPolicy,
  findInlineScripts,
  headersFile,
  injectPolicyMeta,
  inlineScriptHashes,
  inlineStyleHashes,
  styleAttributeHashes,
} from '../../scripts/content-security-policy';
import {
  ALLOWED_INLINE_SCRIPTS,
  BOOT_SCRIPT,
  bootScriptTag,
  SWAP_SCRIPT,
  swapScriptTag,
} from '../../scripts/prerender-root';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('content security policy', () => {
  it('allows only this origin, no inline script, no eval, no frames', () => {
    const policy = buildPolicy({ styleHashes: [], styleAttributeHashes: [], forHeader: false });
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    // A <meta> policy cannot carry frame-ancestors; the header can.
    expect(policy).not.toContain('frame-ancestors');
    expect(buildPolicy({ styleHashes: [], styleAttributeHashes: [], forHeader: true })).toContain(
      "frame-ancestors 'none'",
    );
  });

  it('allows the inlined CSS by hash only', () => {
    const html = '<head><style>.a{color:red}</style></head><body><p style="color: blue">x</p></body>';
    const styles = inlineStyleHashes(html);
    expect(styles).toEqual([hash('.a{color:red}')]);
    const attributes = styleAttributeHashes(html);
    expect(attributes).toEqual([hash('color: blue')]);
    const policy = buildPolicy({ styleHashes: styles, styleAttributeHashes: attributes, forHeader: false });
    expect(policy).toContain(`style-src 'self' ${hash('.a{color:red}')} 'unsafe-hashes' ${hash('color: blue')}`);
  });

  it.each([
    ['a plain inline script', '<script>alert(1)</script>', 1],
    ['an inline module', '<script type="module">import x from "/a.js"</script>', 1],
    ['an external module script', '<script type="module" crossorigin src="/assets/index.js"></script>', 0],
    ['JSON data in a script tag', '<script type="application/json">{}</script>', 1],
  ])('finds %s', (_name, html, count) => {
    expect(findInlineScripts(`<html><head>${html}</head></html>`)).toHaveLength(count);
  });

  it('allows the two boot scripts, each by its hash, and no other inline script', () => {
    const html = `<head>${bootScriptTag}</head><body><div id="root"></div>${swapScriptTag}</body>`;
    expect(findInlineScripts(html, ALLOWED_INLINE_SCRIPTS)).toEqual([]);
    expect(findInlineScripts(`${html}<script>alert(1)</script>`, ALLOWED_INLINE_SCRIPTS)).toHaveLength(1);
    // A changed byte is another script: not allowed.
    expect(findInlineScripts(`<script>${BOOT_SCRIPT};</script>`, ALLOWED_INLINE_SCRIPTS)).toHaveLength(1);
    const scripts = inlineScriptHashes(html);
    expect(scripts).toEqual([hash(BOOT_SCRIPT), hash(SWAP_SCRIPT)]);
    const policy = buildPolicy({ scriptHashes: scripts, styleHashes: [], styleAttributeHashes: [], forHeader: false });
    expect(policy).toContain(`script-src 'self' ${hash(BOOT_SCRIPT)} ${hash(SWAP_SCRIPT)};`);
    expect(policy).not.toMatch(/unsafe-inline/);
  });

  it('puts the meta first in <head> and writes a _headers file', () => {
    const out = injectPolicyMeta('<html><head><meta charset="UTF-8"></head></html>', "default-src 'none'");
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('charset'));
    expect(out).toContain(`content="default-src 'none'"`);
    expect(headersFile("default-src 'none'")).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'none'\n/);
  });
});
