/** How a debt is named in the conduct screens: lender, nickname and last 4 digits. */
import type { Debt } from '../../domain/debt';

export function debtLabel(
  debt: Pick<Debt, 'lender' | 'nickname' | 'last4'>,
  last4Label: (last4: string) => string,
): string {
  return [debt.lender, debt.nickname, debt.last4 ? last4Label(debt.last4) : ''].filter(Boolean).join(' · ');
}
