/**
 * The English catalogue, loaded on demand (it is not on the first screen). Each feature file
 * is typed from its zh-CN source, and a test checks the two catalogues have the same keys.
 */
import type { Catalogue } from '../../catalogue';
import { conductEn } from './conduct';
import { conductPasteEn } from './conduct-paste';
import { commonEn } from './common';
import { assessmentEn } from './assessment';
import { debtsEn } from './debts';
import { printEn } from './print';
import { safetyEn } from './safety';
import { safetyScreensEn } from './safety-screens';
import { backupEn } from './backup';
import { settingsEn } from './settings';
import { hardshipPlanEn } from './hardship-plan';
import { hardshipCoreEn } from './hardship-core';
import { lettersEn } from './letters';
import { courtEn } from './court';
import { courtLettersEn } from './court-letters';

export const en: Catalogue = {
  ...commonEn,
  ...conductEn,
  ...conductPasteEn,
  ...debtsEn,
  ...printEn,
  ...safetyEn,
  ...safetyScreensEn,
  ...backupEn,
  ...settingsEn,
  ...assessmentEn,
  ...hardshipCoreEn,
  ...hardshipPlanEn,
  ...lettersEn,
  ...courtEn,
  ...courtLettersEn,
};
