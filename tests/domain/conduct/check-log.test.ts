import { describe, expect, it } from 'vitest';
import { checkLog } from '../../../src/domain/conduct/check-log';
import { checkCollectorConduct } from '../../../src/domain/conduct/check-collector-conduct';
import {
  DEFAULT_CONDUCT_CONTEXT,
  localTime,
  type ConductContext,
  type ContactEntry,
} from '../../../src/domain/conduct/contact';
import { makeContactEntry } from '../../../src/testing/factories';

const entry = (id: string, over: Partial<ContactEntry> = {}) => makeContactEntry({ id, debtId: 'd1', ...over });

describe('checkLog', () => {
  it('checks every debt by its kind of credit, a saved context included, and defaults the rest', () => {
    const saved: ConductContext = {
      ...DEFAULT_CONDUCT_CONTEXT,
      creditorType: 'online-lender',
      debtId: 'd1',
      updatedAt: '2026-03-01T00:00:00.000Z',
    };
    const { contexts } = checkLog(
      [],
      [saved],
      [
        { id: 'd1', creditorType: 'card-overdraft' },
        { id: 'd2', creditorType: 'consumer-finance' },
        { id: 'd3', creditorType: 'card-instalment-or-cash-loan' },
      ],
    );
    expect(contexts.map((c) => [c.debtId, c.creditorType])).toEqual([
      ['d1', 'bank'],
      ['d2', 'consumer-finance'],
      ['d3', 'bank'],
    ]);
  });

  it('indexes each entry’s rule ids and the debts that have entries', () => {
    const entries = [
      entry('night', { time: localTime('23:10') }),
      entry('threat', { debtId: 'd2', flags: ['threatened'], time: localTime('23:30') }),
      entry('fine', { debtId: '' }),
    ];
    const result = checkLog(
      entries,
      [],
      [
        { id: 'd1', creditorType: 'card-overdraft' },
        { id: 'd2', creditorType: 'card-overdraft' },
      ],
    );
    expect(result.findings).toEqual(checkCollectorConduct(entries, result.contexts));
    expect(result.rulesByEntry.get('night')).toEqual(['night-contact']);
    expect(result.rulesByEntry.get('threat')).toEqual(expect.arrayContaining(['night-contact', 'threat']));
    expect(result.rulesByEntry.has('fine')).toBe(false);
    expect([...result.debtIdsWithEntries].sort()).toEqual(['', 'd1', 'd2']);
  });
});
