/**
 * The translation context. Components call `useI18n()` and never contain literal UI text.
 * zh-CN is built in; other catalogues are loaded on demand (they are not on the first screen).
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Fen, IsoDate } from '../domain/types';
import {
  sourceCatalogue,
  translate,
  type Catalogue,
  type Locale,
  type MessageKey,
  type MessageVars,
} from './catalogue';
import { formatDate, formatMoney } from './format';

export interface I18n {
  locale: Locale;
  t: (key: MessageKey, vars?: MessageVars) => string;
  money: (fen: Fen) => string;
  date: (date: IsoDate) => string;
}

function makeI18n(locale: Locale, catalogue: Catalogue): I18n {
  return {
    locale,
    t: (key, vars) => translate(catalogue, key, vars),
    money: (fen) => formatMoney(fen, locale),
    date: (date) => formatDate(date, locale),
  };
}

const I18nContext = createContext<I18n>(makeI18n('zh-CN', sourceCatalogue));

export function I18nProvider({
  locale = 'zh-CN',
  catalogue = sourceCatalogue,
  children,
}: {
  locale?: Locale;
  catalogue?: Catalogue;
  children: ReactNode;
}) {
  const value = useMemo(() => makeI18n(locale, catalogue), [locale, catalogue]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
