/**
 * Tracking an agreement once the bank has agreed: which instalments are due, which are paid,
 * and when the next one is due.
 *
 * Payments are recorded as the user makes them (date and amount). They are applied to the
 * instalments in order, oldest first, the way a bank applies a repayment to the earliest
 * amount due; an overpayment carries into the next instalment.
 */
import type { Fen, IsoDate } from '../types';
import { instalmentSchedule, type Instalment } from './hardship-plan';

export interface AgreementTerms {
  firstDue: IsoDate;
  monthly: Fen;
  months: number;
  lastInstalment: Fen;
}

export interface Payment {
  id: string;
  date: IsoDate;
  amount: Fen;
}

export type InstalmentStatus = 'paid' | 'part-paid' | 'overdue' | 'due-today' | 'upcoming';

export interface InstalmentProgress extends Instalment {
  paid: Fen;
  status: InstalmentStatus;
}

export interface AgreementProgress {
  instalments: InstalmentProgress[];
  totalDue: Fen;
  totalPaid: Fen;
  remaining: Fen;
  /** The first instalment not fully paid, or undefined when everything is paid. */
  next: InstalmentProgress | undefined;
  /** Instalments past their due date and not fully paid. */
  overdueCount: number;
}

export function agreementProgress(
  terms: AgreementTerms,
  payments: readonly Payment[],
  today: IsoDate,
): AgreementProgress {
  const schedule = instalmentSchedule(terms.firstDue, terms.monthly, terms.months, terms.lastInstalment);
  let pool = payments.reduce((sum, p) => sum + p.amount, 0);
  const totalPaid = pool;
  const instalments = schedule.map((inst): InstalmentProgress => {
    const paid = Math.min(pool, inst.amount);
    pool -= paid;
    let status: InstalmentStatus;
    if (paid === inst.amount) status = 'paid';
    else if (inst.dueDate < today) status = 'overdue';
    else if (inst.dueDate === today) status = 'due-today';
    else if (paid > 0) status = 'part-paid';
    else status = 'upcoming';
    return { ...inst, paid: paid as Fen, status };
  });
  const totalDue = schedule.reduce((sum, i) => sum + i.amount, 0);
  return {
    instalments,
    totalDue: totalDue as Fen,
    totalPaid: totalPaid as Fen,
    remaining: Math.max(0, totalDue - totalPaid) as Fen,
    next: instalments.find((i) => i.status !== 'paid'),
    overdueCount: instalments.filter((i) => i.status === 'overdue').length,
  };
}
