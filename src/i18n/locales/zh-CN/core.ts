/**
 * The messages the first screen (the ledger, and the safety notices, lock screen and
 * in-app-browser guide that can cover it) needs before anything else loads. Everything
 * else arrives with the full catalogue (index.ts), loaded with the first lazy screen.
 */
import type { Catalogue } from '../../catalogue';
import { commonZh } from './common';
import { debtsZh } from './debts';
import { hardshipCoreZh } from './hardship-core';
import { printZh } from './print';
import { safetyZh } from './safety';

export const coreZh: Partial<Catalogue> = {
  ...commonZh,
  ...debtsZh,
  ...printZh,
  ...hardshipCoreZh,
  // Safety notices, the lock screen and the in-app-browser guide can be the first thing shown.
  ...safetyZh,
};
