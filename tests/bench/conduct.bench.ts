/**
 * The rule check over a large log: 10,000 entries over ~400 days for three creditors, with
 * night calls, bursts of missed calls, third parties, refusals and ticks, so every detector
 * does real work. Deterministic (a fixed linear congruential generator), no timing asserts.
 */
import { describe, test } from 'vitest';
import {
  checkCollectorConduct,
  type ConductLogEntry,
  type DebtContext,
} from '../../src/domain/conduct/check-collector-conduct';
import {
  CONTACT_CHANNELS,
  CONTACT_FLAGS,
  CONTACT_PARTIES,
  DEFAULT_CONDUCT_CONTEXT,
  type LocalTime,
} from '../../src/domain/conduct/contact';
import { addDays, isoDate } from '../../src/domain/dates';

function makeLog(n: number): ConductLogEntry[] {
  let seed = 42;
  const rand = (k: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed % k;
  };
  const start = isoDate('2025-01-01');
  const days = Array.from({ length: 420 }, (_, i) => addDays(start, i));
  const log: ConductLogEntry[] = [];
  for (let i = 0; i < n; i++) {
    const channel =
      rand(3) === 0 ? CONTACT_CHANNELS[rand(CONTACT_CHANNELS.length)] : rand(2) ? 'call-unanswered' : 'call-answered';
    const party = rand(6) === 0 ? CONTACT_PARTIES[1 + rand(CONTACT_PARTIES.length - 1)] : 'debtor';
    const flags = rand(8) === 0 ? [CONTACT_FLAGS[rand(CONTACT_FLAGS.length)]] : [];
    log.push({
      id: `e${i}`,
      date: days[rand(days.length)],
      time: `${String(rand(24)).padStart(2, '0')}:${String(rand(60)).padStart(2, '0')}` as LocalTime,
      debtId: `d${rand(3)}`,
      agency: rand(4) === 0 ? '某某资产管理公司' : '',
      collectorName: '',
      channel,
      fromNumber: `0215555${rand(10)}`,
      toNumber: rand(5) === 0 ? '13900000000' : '13800000000',
      attempts: channel === 'call-unanswered' ? 1 + rand(3) : 1,
      party,
      partyName: party === 'debtor' ? '' : ['妈妈', '小王', '表哥'][rand(3)],
      flags,
      quote: '',
      notes: '',
    });
  }
  return log;
}

const log = makeLog(10_000);
const contexts: DebtContext[] = [
  { ...DEFAULT_CONDUCT_CONTEXT, debtId: 'd0' },
  { ...DEFAULT_CONDUCT_CONTEXT, debtId: 'd1', creditorType: 'online-lender', debtorReachable: 'yes' },
  {
    ...DEFAULT_CONDUCT_CONTEXT,
    debtId: 'd2',
    outsourcingNotice: 'no',
    agreement: { from: isoDate('2026-01-01'), to: null, keptUp: true },
  },
];

const small = log.slice(0, 1_000);

describe('checkCollectorConduct', () => {
  test('1,000 and 10,000 log entries', async ({ bench }) => {
    await bench.compare(
      bench('10,000 log entries', () => {
        checkCollectorConduct(log, contexts);
      }),
      bench('1,000 log entries', () => {
        checkCollectorConduct(small, contexts);
      }),
    );
  });
});
