/**
 * "法律到底怎么说": common frightening claims, each with what the law actually says and the
 * sources behind it. The claim is only ever shown as a claim being corrected.
 *
 * `foreignSourceIds` are sources owned by another area (collection conduct); they resolve once
 * that area's registry is merged, and the screen shows only the ones that resolve.
 */
export interface Myth {
  id:
    | 'jail-10k'
    | 'six-months-then-court'
    | 'write-off-forgiven'
    | 'fees-capped-at-principal'
    | 'lpr-cap-for-every-lender'
    | 'collectors-call-family';
  sourceIds: readonly string[];
  foreignSourceIds?: readonly string[];
}

export const MYTHS: readonly Myth[] = [
  {
    id: 'jail-10k',
    sourceIds: [
      'criminal-interp-2018-art8',
      'criminal-interp-2018-art9',
      'criminal-interp-2018-art7',
      'criminal-interp-2018-art6',
      'criminal-interp-2009-art6',
    ],
  },
  {
    id: 'six-months-then-court',
    sourceIds: ['civil-procedure-art225-228', 'civil-procedure-interp-art436', 'civil-procedure-art165'],
  },
  { id: 'write-off-forgiven', sourceIds: ['stage-write-off-practice', 'civil-code-art546', 'civil-code-art548'] },
  {
    id: 'fees-capped-at-principal',
    sourceIds: [
      'civil-card-notice-2022',
      'civil-bank-card-rules-art2',
      'civil-contract-interp-art65',
      'civil-code-art585',
    ],
  },
  {
    // The 4×LPR caps are private lending's (Art.1 para.2 keeps licensed lenders out; the 2020
    // 批复 adds 小贷 and six other local organisations); what applies instead.
    id: 'lpr-cap-for-every-lender',
    sourceIds: [
      'civil-private-lending-rules-art1',
      'civil-private-lending-rules-art25',
      'civil-private-lending-rules-art29',
      'civil-private-lending-reply-2020',
      'court-financial-trial-opinion-2017',
      'civil-bank-card-rules-art2',
      'civil-code-art585',
      'civil-consumer-finance-measures-2024-art53',
    ],
  },
  {
    id: 'collectors-call-family',
    sourceIds: [],
    foreignSourceIds: [
      'card-measures-2011-art68',
      'nifa-convention-2018-art14',
      'gbt-45251-2025',
      'cba-collection-guideline-2026',
      'pipl-art23',
      'pipl-art25',
    ],
  },
];
