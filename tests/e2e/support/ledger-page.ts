/** Page model for the ledger: adding a debt through the real form. */
import type { Page } from 'playwright-core';

export interface DebtInput {
  lender: string;
  last4?: string;
  principal: string;
  interest?: string;
  fees?: string;
  firstMissedDue?: string;
}

export async function addDebtThroughForm(page: Page, baseUrl: string, debt: DebtInput): Promise<void> {
  await page.goto(baseUrl + '/');
  await page.getByRole('link', { name: '添加一笔债务' }).click();
  await page.getByLabel('银行或借款机构').fill(debt.lender);
  if (debt.last4) await page.getByLabel('卡号后四位（可选）').fill(debt.last4);
  await page.getByLabel('透支本金（元）').fill(debt.principal);
  if (debt.interest) await page.getByLabel('利息（元）').fill(debt.interest);
  if (debt.fees) await page.getByLabel('违约金及其他费用（元）').fill(debt.fees);
  if (debt.firstMissedDue) await page.getByLabel('首次逾期日').fill(debt.firstMissedDue);
  await page.getByRole('button', { name: '保存' }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(debt.lender) }).waitFor();
}
