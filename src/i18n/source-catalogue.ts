/**
 * The complete zh-CN catalogue, for code that needs every key at once (tests, and lazy
 * screens that check dynamic keys). Never import this from a first-screen module: it would
 * pull every feature's messages into the first download.
 */
import type { Catalogue } from './catalogue';
import { zhCN } from './locales/zh-CN/index';

export const sourceCatalogue: Catalogue = zhCN;
