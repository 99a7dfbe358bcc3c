/**
 * Legal sources for the complaints area: how a complaint to a bank is handled.
 * Append-only: never change the meaning of a shipped id.
 *
 * 《银行业保险业消费投诉处理管理办法》 (银保监会令2020年第3号) is [A]: its full text is in
 * legal/texts/ (see legal/basis.md). Art.43: 以内/以上 include the
 * number itself, and every 日 is a calendar day except "7个工作日".
 *
 * Complaint channels that are hotlines, not instruments (12378, 12363, 110, 12368), are not
 * legal sources: the complaint packet (src/domain/conduct/complaint-packet/) addresses them
 * in escalation order, and the rights checklist labels 12368 as common practice [C].
 */
import type { IsoDate } from '../../types';
import type { LegalSource } from '../source-types';

const COMPLAINT_MEASURES_2020 = {
  instrument: '《银行业保险业消费投诉处理管理办法》',
  issuer: '中国银行保险监督管理委员会',
  docNumber: '中国银保监会令2020年第3号',
  force: 'regulation',
  confidence: 'A',
  // Art.45: 本办法自2020年3月1日起施行.
  effectiveFrom: '2020-03-01' as IsoDate,
  textFile: '银行业保险业消费投诉处理管理办法(2020-01-14).md',
} as const;

export const complaintsSources: readonly LegalSource[] = [
  /** Art.12: the bank may require complaints through its published channels. */
  { id: 'complaint-measures-2020-art12', article: '第十二条', ...COMPLAINT_MEASURES_2020 },
  /** Art.13 last para.: the bank may not ask for material it already holds. */
  { id: 'complaint-measures-2020-art13', article: '第十三条', ...COMPLAINT_MEASURES_2020 },
  /** Art.16: the complaint must be truthful (不得提供虚假信息或者捏造、歪曲事实). */
  { id: 'complaint-measures-2020-art16', article: '第十六条', ...COMPLAINT_MEASURES_2020 },
  /**
   * Art.18: simple complaints decided within 15 days of receipt; complex ones up to 30; a further
   * 30 with approval by the superior institution or head office, and the complainant told.
   */
  { id: 'complaint-measures-2020-art18', article: '第十八条', ...COMPLAINT_MEASURES_2020 },
  /** Art.19: the decision states the verification, basis, reasons and the remedies. */
  { id: 'complaint-measures-2020-art19', article: '第十九条', ...COMPLAINT_MEASURES_2020 },
  /** Art.20: against a branch's decision, written 核查 request to the superior within 30 days; decided within 30 days. */
  { id: 'complaint-measures-2020-art20', article: '第二十条', ...COMPLAINT_MEASURES_2020 },
  /** Art.33: the regulator forwards a complaint to the bank within 7 working days and tells the complainant. */
  { id: 'complaint-measures-2020-art33', article: '第三十三条', ...COMPLAINT_MEASURES_2020 },
];
