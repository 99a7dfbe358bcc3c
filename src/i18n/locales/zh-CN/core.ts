/**
 * The messages the first screen (the ledger) needs before anything else loads. Everything
 * else arrives with the full catalogue (index.ts), loaded with the first lazy screen.
 */
import type { Catalogue } from '../../catalogue';
import { commonZh } from './common';
import { debtsZh } from './debts';
import { hardshipCoreZh } from './hardship-core';
import { printZh } from './print';

export const coreZh: Partial<Catalogue> = {
  ...commonZh,
  ...debtsZh,
  ...printZh,
  ...hardshipCoreZh,
};
