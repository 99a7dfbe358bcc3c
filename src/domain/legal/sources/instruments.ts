/**
 * Instruments cited from more than one area file, described once. Confidence stays with each
 * source (an article can be read more or less surely than the instrument's date).
 */
import type { IsoDate } from '../../types';

/** The 2011 card measures: full text in legal/texts/; 本办法自公布之日起施行 (2011-01-13). */
export const CARD_MEASURES_2011 = {
  instrument: '《商业银行信用卡业务监督管理办法》',
  issuer: '中国银行业监督管理委员会',
  docNumber: '中国银行业监督管理委员会令2011年第2号',
  force: 'regulation',
  effectiveFrom: '2011-01-13' as IsoDate,
  textFile: '商业银行信用卡业务监督管理办法(2011-01-13).md',
} as const;

/**
 * The 2024 consumer-finance measures: full text in legal/texts/; published 2024-03-18,
 * 本办法自2024年4月18日起施行 (Art.79). They bind 消费金融公司 only (Art.2).
 */
export const CONSUMER_FINANCE_MEASURES_2024 = {
  instrument: '《消费金融公司管理办法》',
  issuer: '国家金融监督管理总局',
  force: 'regulation',
  effectiveFrom: '2024-04-18' as IsoDate,
  textFile: '消费金融公司管理办法(2024-03-18).md',
} as const;
