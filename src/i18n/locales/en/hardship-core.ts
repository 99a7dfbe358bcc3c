import type { hardshipCoreZh } from '../zh-CN/hardship-core';

export const hardshipCoreEn: Record<keyof typeof hardshipCoreZh, string> = {
  'nav.budget': 'Budget & plan',
  'nav.letters': 'Letters',
  'letters.fromDebt.title': 'Negotiate instalments with the bank',
  'letters.fromDebt.about':
    'Fill in the budget and the plan, then write the Art. 70 instalment application for this debt.',
  'letters.fromDebt.write': 'Write the application',
  'letters.fromDebt.write.loan': 'Write the request to negotiate',
  'letters.fromDebt.title.loan': 'Negotiate repayment with the lender',
  'letters.fromDebt.about.loan':
    'Fill in the budget and the plan, then write a request to negotiate repayment of this loan. No rule makes the lender agree; the letter is a request.',
};
