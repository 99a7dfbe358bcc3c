/**
 * Source ids the conduct module cites that other areas own (the lead checks they resolve
 * after merging):
 * - hardship (letters helper): 2011 办法 Art.70 para.3, collection stops under a signed agreement;
 * - civil (assessment helper): 民事诉讼法 Art.227, 15 days to pay or object to a 支付令;
 * - credit-record (assessment helper): 征信业管理条例 Art.25, objection answered within 20 days.
 * Until they resolve, screens show these rules without the source line rather than guessing.
 */
export const CONDUCT_EXTERNAL_SOURCE_IDS = [
  'card-measures-2011-art70-stop-collection',
  'civil-procedure-2023-art227',
  'credit-regulation-2013-art25',
] as const;
