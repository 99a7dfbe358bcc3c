/**
 * The translation context. Components call `useI18n()` and never contain literal UI text.
 *
 * zh-CN's first-screen messages are built in; the rest load on demand (catalogue-store.ts).
 * The language is the saved choice, else the browser's languages. A prerendered page's boot
 * script makes the same choice before the first paint, and the client first renders with the
 * catalogue that page was rendered with (primeHydration), so the HTML always hydrates cleanly;
 * a change of choice since then switches after the first render. The choice is kept in
 * localStorage (it is not debt data) and `<html lang>` follows it, which screen readers and
 * CJK font selection depend on.
 */
import { createContext, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Fen, IsoDate } from '../domain/types';
import { translate, type Catalogue, type Locale, type MessageKey, type MessageVars } from './catalogue';
import {
  getCatalogueState,
  getInitialCatalogueState,
  setCatalogueState,
  subscribeCatalogue,
  switchCatalogue,
} from './catalogue-store';
import { detectLocale } from './detect-locale';
import { formatDate, formatMoney } from './format';

export const LOCALE_STORAGE_KEY = 'shore.locale';

export interface I18n {
  locale: Locale;
  t: (key: MessageKey, vars?: MessageVars) => string;
  /** True when the key exists in the loaded catalogue (for keys built from domain codes). */
  has: (key: string) => key is MessageKey;
  money: (fen: Fen) => string;
  date: (date: IsoDate) => string;
  setLocale: (locale: Locale) => void;
  /** "Hide amounts" mode is on: `money()` returns a mask instead of the amount. */
  amountsHidden: boolean;
}

function saveLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // storage unavailable: the choice lasts for this session only
  }
  void switchCatalogue(locale);
}

function makeI18n(locale: Locale, catalogue: Partial<Catalogue>): I18n {
  return {
    locale,
    t: (key, vars) => translate(catalogue, key, vars, locale),
    has: (key): key is MessageKey => Object.prototype.hasOwnProperty.call(catalogue, key),
    money: (fen) => formatMoney(fen, locale),
    date: (date) => formatDate(date, locale),
    setLocale: saveLocale,
    amountsHidden: false,
  };
}

const I18nContext = createContext<I18n>(makeI18n('zh-CN', getInitialCatalogueState().catalogue));

function readSavedLocale(): string | null {
  try {
    return window.localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The language this visit should use: the saved choice, else the browser's. */
export function startLocale(): Locale {
  return detectLocale(readSavedLocale(), navigator.languages ?? [navigator.language]);
}

export function I18nProvider({
  children,
  initial,
}: {
  children: ReactNode;
  initial?: { locale: Locale; catalogue: Catalogue };
}) {
  // Tests and the build's prerender of lazy screens pass a complete catalogue and skip detection.
  useState(() => {
    if (initial) setCatalogueState({ ...initial, complete: true });
  });
  // Without `initial`, the server and the first client render use the first screen's messages
  // (hydration); the build's prerender of other screens passes their full catalogue.
  const active = useSyncExternalStore(
    subscribeCatalogue,
    getCatalogueState,
    initial ? getCatalogueState : getInitialCatalogueState,
  );

  useEffect(() => {
    if (initial) return;
    // The HTML was rendered in the language the boot script chose by the same rule, so this
    // switches only when the saved choice changed since (or the page was not prerendered).
    const detected = startLocale();
    if (detected !== getCatalogueState().locale) void switchCatalogue(detected);
  }, [initial]);

  useEffect(() => {
    document.documentElement.lang = active.locale;
  }, [active.locale]);

  const value = useMemo(() => makeI18n(active.locale, active.catalogue), [active]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

const AmountsHiddenContext = createContext(false);

/**
 * "Hide amounts" (a discretion setting): inside `hidden`, every amount formatted through
 * `useI18n().money` shows as a mask, so a glance at the screen reveals no figures. Print
 * views can wrap themselves in `hidden={false}`: a letter to the bank needs its amounts.
 */
export function AmountsVisibility({ hidden, children }: { hidden: boolean; children: ReactNode }) {
  return <AmountsHiddenContext.Provider value={hidden}>{children}</AmountsHiddenContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  const hidden = useContext(AmountsHiddenContext);
  return useMemo(
    () => (hidden ? { ...i18n, money: () => i18n.t('money.hidden'), amountsHidden: true } : i18n),
    [i18n, hidden],
  );
}
