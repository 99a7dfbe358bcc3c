/**
 * Which catalogue the UI is using right now, as a tiny external store.
 *
 * Start-up has only the first screen's zh-CN messages (core.ts). `ensureFullCatalogue()`
 * loads the rest for the current language; lazy screens wait for it before they render
 * (lazyWithMessages), so no screen ever shows a missing message. Switching language loads
 * that language's full catalogue first, then switches, so the UI never mixes languages.
 */
import type { Catalogue, Locale } from './catalogue';
import { coreZh } from './locales/zh-CN/core';

export interface CatalogueState {
  locale: Locale;
  catalogue: Partial<Catalogue>;
  complete: boolean;
}

const INITIAL: CatalogueState = { locale: 'zh-CN', catalogue: coreZh, complete: false };
let state: CatalogueState = INITIAL;
/** What the HTML being hydrated was rendered with (primeHydration), else the first screen's. */
let hydration: CatalogueState = INITIAL;
const listeners = new Set<() => void>();

export function getCatalogueState(): CatalogueState {
  return state;
}

/** What the server render and the first client render use, so hydration matches. */
export function getInitialCatalogueState(): CatalogueState {
  return hydration;
}

/**
 * Before hydrating HTML prerendered in `locale` with its full catalogue (every screen but the
 * Chinese "/"): load that catalogue and make it both the current state and what the first
 * client render uses, so it renders exactly the text of the HTML.
 */
export async function primeHydration(locale: Locale, full: boolean): Promise<void> {
  if (!full && locale === 'zh-CN') {
    hydration = INITIAL;
    setCatalogueState(INITIAL);
    return;
  }
  const catalogue = await loadFull(locale);
  hydration = { locale, catalogue, complete: true };
  setCatalogueState(hydration);
}

/** Tests: back to the state of a fresh start. */
export function resetCatalogueState(): void {
  hydration = INITIAL;
  setCatalogueState(INITIAL);
}

export function subscribeCatalogue(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setCatalogueState(next: CatalogueState): void {
  state = next;
  listeners.forEach((l) => l());
}

async function loadFull(locale: Locale): Promise<Catalogue> {
  if (locale === 'en') return (await import('./locales/en/index')).en;
  return (await import('./locales/zh-CN/index')).zhCN;
}

/** Load the rest of the current language's messages (once). */
export async function ensureFullCatalogue(): Promise<void> {
  if (state.complete) return;
  const locale = state.locale;
  const catalogue = await loadFull(locale);
  if (state.locale === locale && !state.complete) setCatalogueState({ locale, catalogue, complete: true });
}

export async function switchCatalogue(locale: Locale): Promise<void> {
  if (state.locale === locale && state.complete) return;
  const catalogue = await loadFull(locale);
  setCatalogueState({ locale, catalogue, complete: true });
}
