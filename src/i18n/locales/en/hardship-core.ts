import type { hardshipCoreZh } from '../zh-CN/hardship-core';

export const hardshipCoreEn: Record<keyof typeof hardshipCoreZh, string> = {
  'nav.budget': 'Budget & plan',
  'nav.letters': 'Letters',
  'nav.plan': 'Plan',
  'letters.fromDebt.title': 'Negotiate instalments with the bank',
  'letters.fromDebt.about':
    'Fill in the budget and the plan, then write the Art. 70 instalment application for this debt.',
  'letters.fromDebt.write': 'Write the application',
};
