/**
 * Every route of the app: a pattern for the router and an href builder for links. URLs carry
 * record ids only, never debt contents (amounts, names) — URLs end up in history and logs.
 */
export const paths = {
  home: { pattern: '/', href: () => '/' },
  debtNew: { pattern: '/debts/new', href: () => '/debts/new' },
  debtDetail: { pattern: '/debts/:debtId', href: (id: string) => `/debts/${id}` },
  debtEdit: { pattern: '/debts/:debtId/edit', href: (id: string) => `/debts/${id}/edit` },
  settings: { pattern: '/settings', href: () => '/settings' },
  backup: { pattern: '/settings/backup', href: () => '/settings/backup' },
  conduct: { pattern: '/conduct', href: () => '/conduct' },
  conductNew: { pattern: '/conduct/new', href: () => '/conduct/new' },
  /** Also the manifest's share_target action: a share arrives as ?title=&text=&url=, which the screen removes. */
  conductPaste: { pattern: '/conduct/paste', href: () => '/conduct/paste' },
  conductEntry: { pattern: '/conduct/entries/:entryId', href: (id: string) => `/conduct/entries/${id}` },
  conductEntryEdit: { pattern: '/conduct/entries/:entryId/edit', href: (id: string) => `/conduct/entries/${id}/edit` },
  conductRights: { pattern: '/conduct/rights', href: () => '/conduct/rights' },
  conductContext: { pattern: '/conduct/context', href: () => '/conduct/context' },
  conductPacket: { pattern: '/conduct/packet', href: () => '/conduct/packet' },
  law: { pattern: '/law', href: () => '/law' },
  courtCaseNumber: { pattern: '/court/case-number', href: () => '/court/case-number' },
  courtClaimCheck: { pattern: '/court/claim-check', href: () => '/court/claim-check' },
  courtEnforcement: { pattern: '/court/enforcement', href: () => '/court/enforcement' },
  budget: { pattern: '/budget', href: () => '/budget' },
  hardshipPlan: { pattern: '/hardship-plan', href: () => '/hardship-plan' },
  agreementNew: {
    pattern: '/hardship-plan/agreements/new/:debtId',
    href: (debtId: string) => `/hardship-plan/agreements/new/${debtId}`,
  },
  agreement: {
    pattern: '/hardship-plan/agreements/:agreementId',
    href: (id: string) => `/hardship-plan/agreements/${id}`,
  },
  letters: { pattern: '/letters', href: () => '/letters' },
  letterNew: {
    pattern: '/letters/new/:templateId/:debtId?',
    href: (templateId: string, debtId?: string | null) => `/letters/new/${templateId}${debtId ? `/${debtId}` : ''}`,
  },
  letterSaved: { pattern: '/letters/saved/:letterId', href: (id: string) => `/letters/saved/${id}` },
} as const;

/**
 * Paths earlier releases used, kept working for bookmarks, history and links saved elsewhere:
 * each sends to where that screen is now (the hardship plan was at /plan). They carry ids only,
 * which move across unchanged. Never remove one: a bookmark can be years old.
 */
export const legacyRedirects: readonly {
  pattern: string;
  to: (params: Record<string, string | undefined>) => string;
}[] = [
  { pattern: '/plan', to: () => paths.hardshipPlan.href() },
  { pattern: '/plan/agreements/new/:debtId', to: (p) => paths.agreementNew.href(p.debtId ?? '') },
  { pattern: '/plan/agreements/:agreementId', to: (p) => paths.agreement.href(p.agreementId ?? '') },
];
