/**
 * The zh-CN catalogue: the source of truth for every UI string. Each feature keeps its
 * own file; keys are `feature.area.item`. Other languages must provide the same keys.
 */
import { commonZh } from './common';
import { assessmentZh } from './assessment';
import { debtsZh } from './debts';
import { printZh } from './print';
import type { budgetZh } from './budget';
import { hardshipCoreZh } from './hardship-core';
import type { lettersZh } from './letters';

export const zhCN = {
  ...commonZh,
  ...debtsZh,
  ...printZh,
  ...assessmentZh,
  ...hardshipCoreZh,
} as const;

/**
 * Parts of the zh-CN catalogue that load with their (lazy) screens instead of the first
 * screen: their keys are typed here, their strings are registered when the feature module
 * loads (registerMessages in src/i18n/catalogue.ts).
 */
export type LazyZhParts = typeof budgetZh & typeof lettersZh;
