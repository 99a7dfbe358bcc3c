/** Registers the letter strings (and the plan words they reuse) when this feature loads. */
import { registerMessages } from '../../i18n/catalogue';
import { budgetZh } from '../../i18n/locales/zh-CN/budget';
import { lettersZh } from '../../i18n/locales/zh-CN/letters';

registerMessages({ ...budgetZh, ...lettersZh });
