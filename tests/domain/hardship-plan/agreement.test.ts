import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/domain/dates';
import { toFen } from '../../../src/domain/money';
import { agreementProgress, type Payment } from '../../../src/domain/hardship-plan/agreement';

const terms = { firstDue: isoDate('2026-12-10'), monthly: toFen(50_000), months: 4, lastInstalment: toFen(20_000) };
const pay = (date: string, amount: number): Payment => ({ id: date, date: isoDate(date), amount: toFen(amount) });

describe('agreementProgress', () => {
  it('before anything is due: all upcoming, next is the first', () => {
    const p = agreementProgress(terms, [], isoDate('2026-12-01'));
    expect(p.instalments.map((i) => i.status)).toEqual(['upcoming', 'upcoming', 'upcoming', 'upcoming']);
    expect(p.next?.index).toBe(1);
    expect([p.totalDue, p.totalPaid, p.remaining, p.overdueCount]).toEqual([170_000, 0, 170_000, 0]);
  });

  it('on the due day an unpaid instalment is due today, the day after it is overdue', () => {
    expect(agreementProgress(terms, [], isoDate('2026-12-10')).instalments[0].status).toBe('due-today');
    const after = agreementProgress(terms, [], isoDate('2026-12-11'));
    expect(after.instalments[0].status).toBe('overdue');
    expect(after.overdueCount).toBe(1);
  });

  it('applies payments oldest first and carries an overpayment forward', () => {
    const p = agreementProgress(terms, [pay('2026-12-09', 50_000), pay('2027-01-08', 70_000)], isoDate('2027-01-20'));
    expect(p.instalments.map((i) => [i.status, i.paid])).toEqual([
      ['paid', 50_000],
      ['paid', 50_000],
      ['part-paid', 20_000],
      ['upcoming', 0],
    ]);
    expect(p.next?.index).toBe(3);
    expect(p.remaining).toBe(50_000);
  });

  it('a part-paid instalment past its date is overdue', () => {
    const p = agreementProgress(terms, [pay('2026-12-09', 30_000)], isoDate('2026-12-15'));
    expect(p.instalments[0]).toMatchObject({ status: 'overdue', paid: 30_000 });
  });

  it('when everything is paid there is no next instalment', () => {
    const p = agreementProgress(terms, [pay('2027-03-01', 170_000)], isoDate('2027-03-02'));
    expect(p.next).toBeUndefined();
    expect(p.remaining).toBe(0);
    expect(p.instalments.every((i) => i.status === 'paid')).toBe(true);
  });
});
