/** Registers the budget and plan strings when this feature loads (they are not on the first screen). */
import { registerMessages } from '../../i18n/catalogue';
import { budgetZh } from '../../i18n/locales/zh-CN/budget';

registerMessages(budgetZh);
