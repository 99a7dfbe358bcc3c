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
  conductEntry: { pattern: '/conduct/entries/:entryId', href: (id: string) => `/conduct/entries/${id}` },
  conductEntryEdit: { pattern: '/conduct/entries/:entryId/edit', href: (id: string) => `/conduct/entries/${id}/edit` },
  conductRights: { pattern: '/conduct/rights', href: () => '/conduct/rights' },
  conductContext: { pattern: '/conduct/context', href: () => '/conduct/context' },
  conductPacket: { pattern: '/conduct/packet', href: () => '/conduct/packet' },
  law: { pattern: '/law', href: () => '/law' },
  budget: { pattern: '/budget', href: () => '/budget' },
  plan: { pattern: '/plan', href: () => '/plan' },
  agreementNew: { pattern: '/plan/agreements/new/:debtId', href: (debtId: string) => `/plan/agreements/new/${debtId}` },
  agreement: { pattern: '/plan/agreements/:agreementId', href: (id: string) => `/plan/agreements/${id}` },
  letters: { pattern: '/letters', href: () => '/letters' },
  letterNew: {
    pattern: '/letters/new/:templateId/:debtId?',
    href: (templateId: string, debtId?: string | null) => `/letters/new/${templateId}${debtId ? `/${debtId}` : ''}`,
  },
  letterSaved: { pattern: '/letters/saved/:letterId', href: (id: string) => `/letters/saved/${id}` },
} as const;
