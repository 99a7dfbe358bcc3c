/**
 * The app's Content-Security-Policy, built from the final index.html at build time.
 *
 * Strict: nothing from another origin, no eval, no plugins, no frames, no inline script but
 * the two tiny boot scripts of the prerendered pages (scripts/prerender-root.ts), each by its
 * SHA-256 hash (the build fails on any other). The only other inline code allowed is the CSS
 * the prerender step inlines as <style>, also by its hash. The same policy goes
 * (1) into index.html as <meta http-equiv>, which works on any static host, and (2) into
 * a `_headers` file for hosts that read one (Netlify, Cloudflare Pages), where it can also
 * say `frame-ancestors 'none'` (a <meta> policy cannot).
 *
 * Dev (`vite`) is left alone: the dev server injects inline scripts for hot reload.
 */
import { createHash } from 'node:crypto';

export interface PolicyInput {
  /** 'sha256-…' sources for the allowed inline <script> blocks */
  scriptHashes?: readonly string[];
  /** 'sha256-…' sources for inline <style> blocks */
  styleHashes: readonly string[];
  /** 'sha256-…' sources for style="" attributes (needs 'unsafe-hashes') */
  styleAttributeHashes: readonly string[];
  /** Directives only a response header can carry */
  forHeader: boolean;
}

export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export function buildPolicy({ scriptHashes = [], styleHashes, styleAttributeHashes, forHeader }: PolicyInput): string {
  const style = ["'self'", ...styleHashes];
  if (styleAttributeHashes.length > 0) style.push("'unsafe-hashes'", ...styleAttributeHashes);
  const directives: [string, string[]][] = [
    ['default-src', ["'none'"]],
    ['script-src', ["'self'", ...scriptHashes]],
    ['style-src', style],
    ['img-src', ["'self'", 'blob:', 'data:']],
    ['media-src', ["'self'", 'blob:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['frame-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
  ];
  if (forHeader) directives.push(['frame-ancestors', ["'none'"]]);
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/** Inline <script> elements (no src attribute) whose code is not in `allowed`: a build error. */
export function findInlineScripts(html: string, allowed: readonly string[] = []): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\bsrc\s*=/.test(match[1]) && !allowed.includes(match[2])) found.push(match[0].slice(0, 80));
  }
  return found;
}

/** Hashes of the inline scripts in the page (only allowed ones remain after findInlineScripts). */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\bsrc\s*=/.test(match[1])) hashes.add(sha256Source(match[2]));
  }
  return [...hashes];
}

export function inlineStyleHashes(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => sha256Source(m[1]));
}

/** style="" attribute values in the markup (the prerendered first screen may have some). */
export function styleAttributeHashes(html: string): string[] {
  const decode = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&#x27;|&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  const values = new Set([...html.matchAll(/\sstyle="([^"]*)"/gi)].map((m) => decode(m[1])));
  return [...values].map(sha256Source);
}

/** Put the policy first in <head>, so it governs everything the page loads. */
export function injectPolicyMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}">`;
  return html.replace(/<head>/i, `<head>\n    ${meta}`);
}

/** The `_headers` file for static hosts that support it. */
export function headersFile(policy: string): string {
  return [
    '/*',
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    '  Cross-Origin-Opener-Policy: same-origin',
    '',
  ].join('\n');
}
