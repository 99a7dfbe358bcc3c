// Every route of the app (the patterns in src/app/paths.ts), with "x" for ids: for the
// Lighthouse script and the tests that visit every screen. A unit test checks it against
// paths.ts (tests/app/app-routes.test.ts).
export const APP_ROUTES = [
  '/',
  '/debts/new',
  '/debts/x',
  '/debts/x/edit',
  '/settings',
  '/settings/backup',
  '/conduct',
  '/conduct/new',
  '/conduct/paste',
  '/conduct/entries/x',
  '/conduct/entries/x/edit',
  '/conduct/rights',
  '/conduct/context',
  '/conduct/packet',
  '/law',
  '/court/case-number',
  '/court/claim-check',
  '/budget',
  '/hardship-plan',
  '/hardship-plan/agreements/new/x',
  '/hardship-plan/agreements/x',
  '/letters',
  '/letters/new/hardship-application',
  '/letters/saved/x',
];
