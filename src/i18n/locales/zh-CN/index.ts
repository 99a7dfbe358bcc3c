/**
 * The zh-CN catalogue: the source of truth for every UI string. Each feature keeps its
 * own file; keys are `feature.area.item`. Other languages must provide the same keys.
 */
import { conductZh } from './conduct';
import { conductPasteZh } from './conduct-paste';
import { commonZh } from './common';
import { assessmentZh } from './assessment';
import { debtsZh } from './debts';
import { printZh } from './print';
import { safetyZh } from './safety';
import { safetyScreensZh } from './safety-screens';
import { backupZh } from './backup';
import { settingsZh } from './settings';
import { hardshipPlanZh } from './hardship-plan';
import { hardshipCoreZh } from './hardship-core';
import { lettersZh } from './letters';
import { courtZh } from './court';
import { courtLettersZh } from './court-letters';

export const zhCN = {
  ...commonZh,
  ...conductZh,
  ...conductPasteZh,
  ...debtsZh,
  ...printZh,
  ...safetyZh,
  ...safetyScreensZh,
  ...backupZh,
  ...settingsZh,
  ...assessmentZh,
  ...hardshipCoreZh,
  ...hardshipPlanZh,
  ...lettersZh,
  ...courtZh,
  ...courtLettersZh,
} as const;
