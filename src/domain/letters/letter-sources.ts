/**
 * Legal source ids the letters cite that belong to other areas' registries (ownership in
 * HELPERS.md): the lead checks every id resolves after merging.
 * - credit-regulation-art25: 《征信业管理条例》第二十五条 (credit-record area, assess helper)
 * - credit-regulation-art16: 《征信业管理条例》第十六条 (credit-record area, assess helper)
 * - civil-limitation-rules-art19: 诉讼时效规定 第十九条 (civil area, assess helper)
 * - card-measures-2011-art68: 2011 办法 第六十八条 (collection area, conduct helper)
 * - pipl-art25: 《个人信息保护法》第二十五条 (collection area, conduct helper)
 */
export const LETTER_EXTERNAL_SOURCE_IDS = [
  'credit-regulation-art25',
  'credit-regulation-art16',
  'civil-limitation-rules-art19',
  'card-measures-2011-art68',
  'pipl-art25',
] as const;
