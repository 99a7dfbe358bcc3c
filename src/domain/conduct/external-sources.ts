/**
 * Source ids the conduct module cites that other areas own:
 * - hardship (letters helper): 2011 办法 Art.70 para.3, collection stops under a signed
 *   agreement; not merged yet, so screens show "source pending" for it until it is;
 * - civil (assessment helper): 民事诉讼法 Arts.225–228, 15 days to pay or object to a 支付令;
 * - credit-record (assessment helper): 征信业管理条例 Art.25, objection answered within 20 days.
 * tests/domain/conduct/rule-set.test.ts accepts these as unresolved; the others must resolve.
 */
export const CONDUCT_EXTERNAL_SOURCE_IDS = [
  'card-measures-2011-art70-stop-collection',
  'civil-procedure-art225-228',
  'credit-regulation-art25',
] as const;
