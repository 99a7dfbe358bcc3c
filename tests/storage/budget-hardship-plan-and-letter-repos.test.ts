import { beforeEach, describe, expect, it } from 'vitest';
import { isoDate } from '../../src/domain/dates';
import { hardshipApplicationV1 } from '../../src/domain/letters/templates/hardship-application';
import { toFen } from '../../src/domain/money';
import type { ShoreDb } from '../../src/storage/db';
import { listBudgetLines, saveBudget } from '../../src/storage/repos/budget-repo';
import { findDraft, getLetter, listSavedLetters, saveDraft, saveLetter } from '../../src/storage/repos/letters-repo';
import {
  addAgreement,
  addPayment,
  DEFAULT_HARDSHIP_PLAN_SETTINGS,
  getAgreement,
  getHardshipPlanSettings,
  removePayment,
  saveHardshipPlanSettings,
} from '../../src/storage/repos/hardship-plan-repo';
import { freshDb } from '../../src/testing/test-db';
import { fullInput } from '../domain/letters/fixtures';

let db: ShoreDb;
beforeEach(async () => {
  db = await freshDb();
});

describe('budget repository', () => {
  it('replaces the whole budget in one step', async () => {
    await saveBudget([
      { category: 'salary', amount: toFen(600_000), frequency: 'month', reason: '' },
      { category: 'food', amount: toFen(30_000), frequency: 'week', reason: '三口人' },
    ]);
    await saveBudget([{ category: 'salary', amount: toFen(500_000), frequency: 'month', reason: '' }]);
    expect(await listBudgetLines()).toEqual([{ category: 'salary', amount: 500_000, frequency: 'month', reason: '' }]);
  });

  it.each<[string, object]>([
    ['an unknown category', { category: 'gambling', amount: 1, frequency: 'month', reason: '' }],
    ['a fractional amount', { category: 'food', amount: 1.5, frequency: 'month', reason: '' }],
    ['an unknown frequency', { category: 'food', amount: 1, frequency: 'day', reason: '' }],
  ])('rejects %s and keeps the old budget', async (_name, bad) => {
    await saveBudget([{ category: 'salary', amount: toFen(1), frequency: 'month', reason: '' }]);
    await expect(saveBudget([bad as never])).rejects.toMatchObject({ code: 'invalid-record' });
    expect(await listBudgetLines()).toHaveLength(1);
  });

  it('rejects the same category twice', async () => {
    const line = { category: 'food', amount: toFen(1), frequency: 'month', reason: '' } as const;
    await expect(saveBudget([line, line])).rejects.toMatchObject({ code: 'invalid-record' });
    expect(await db.budgetLines.count()).toBe(0);
  });
});

describe('plan repository', () => {
  it('has defaults, then keeps what was saved', async () => {
    expect(await getHardshipPlanSettings()).toEqual(DEFAULT_HARDSHIP_PLAN_SETTINGS);
    const s = {
      offer: toFen(120_000),
      split: 'custom',
      custom: { d1: toFen(80_000) },
      basis: 'total',
      firstDue: isoDate('2027-01-10'),
    } as const;
    await saveHardshipPlanSettings(s);
    expect(await getHardshipPlanSettings()).toEqual(s);
  });

  it('tracks payments on an agreement, sorted by date, and removes them', async () => {
    const id = await addAgreement({
      debtId: 'd1',
      basis: 'principal',
      firstDue: isoDate('2027-01-10'),
      monthly: toFen(80_000),
      months: 60,
      lastInstalment: toFen(80_000),
      payments: [],
      note: '',
    });
    await addPayment(id, { date: isoDate('2027-02-09'), amount: toFen(80_000) });
    await addPayment(id, { date: isoDate('2027-01-09'), amount: toFen(80_000) });
    const a = await getAgreement(id);
    expect(a?.payments.map((p) => p.date)).toEqual(['2027-01-09', '2027-02-09']);
    await removePayment(id, a!.payments[0].id);
    expect((await getAgreement(id))?.payments.map((p) => p.date)).toEqual(['2027-02-09']);
  });

  it('refuses an invalid agreement or payment', async () => {
    await expect(
      addAgreement({
        debtId: 'd1',
        basis: 'principal',
        firstDue: isoDate('2027-01-10'),
        monthly: toFen(100),
        months: 0,
        lastInstalment: toFen(100),
        payments: [],
        note: '',
      }),
    ).rejects.toMatchObject({ code: 'invalid-record' });
    await expect(addPayment('missing', { date: isoDate('2027-01-01'), amount: toFen(1) })).rejects.toMatchObject({
      code: 'not-found',
    });
    expect(await db.agreements.count()).toBe(0);
  });
});

describe('letters repository', () => {
  const draft = () => ({ templateId: 'hardship-application', templateVersion: 1, debtId: 'd1', input: fullInput() });

  it('keeps one draft per letter kind and debt, updated in place', async () => {
    const a = await saveDraft(draft(), new Date('2026-11-28T10:00:00Z'));
    const b = await saveDraft(
      { ...draft(), input: fullInput({ hardshipFacts: '改过了' }) },
      new Date('2026-11-28T10:01:00Z'),
    );
    expect(b).toBe(a);
    expect((await findDraft('hardship-application', 'd1'))?.input.hardshipFacts).toBe('改过了');
    expect(await findDraft('hardship-application', 'd2')).toBeUndefined();
    expect(await db.letters.count()).toBe(1);
  });

  it('saving a letter keeps template id, version, snapshot and document, and drops the draft', async () => {
    await saveDraft(draft());
    const input = fullInput();
    const { document } = hardshipApplicationV1.build(input);
    const id = await saveLetter({ ...draft(), input, document });
    expect(await findDraft('hardship-application', 'd1')).toBeUndefined();
    const saved = await getLetter(id);
    expect(saved).toMatchObject({ status: 'saved', templateId: 'hardship-application', templateVersion: 1 });
    expect(saved?.document).toEqual(document);
    // Rebuilding from the snapshot with the recorded version gives the same document.
    expect(hardshipApplicationV1.build(saved!.input).document).toEqual(saved?.document);
    expect((await listSavedLetters()).map((l) => l.id)).toEqual([id]);
  });

  it('refuses a document from another template and writes nothing', async () => {
    const { document } = hardshipApplicationV1.build(fullInput());
    await expect(saveLetter({ ...draft(), templateId: 'third-party-stop', document })).rejects.toMatchObject({
      code: 'invalid-record',
    });
    await expect(
      saveDraft({ ...draft(), input: { ...fullInput(), date: '2026-02-30' as never } }),
    ).rejects.toMatchObject({ code: 'invalid-record' });
    expect(await db.letters.count()).toBe(0);
  });
});
