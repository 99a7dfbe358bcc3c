import { describe, expect, it } from 'vitest';
import {
  backupAgeMessage,
  backupReminder,
  type ReminderInput,
} from '../../../src/domain/backup-reminder/backup-reminder';

const NOW = Date.parse('2026-11-28T12:00:00.000Z');
const daysAgo = (n: number) => new Date(NOW - n * 86_400_000).toISOString();
const input = (over: Partial<ReminderInput>): ReminderInput => ({
  nowMs: NOW,
  lastBackupAt: null,
  firstChangeAt: null,
  changesSince: 0,
  recordCount: 10,
  storageAtRisk: false,
  ...over,
});

describe('backupReminder', () => {
  it.each<[string, Partial<ReminderInput>, string, number | null]>([
    ['no records: nothing to lose', { recordCount: 0, firstChangeAt: daysAgo(90), changesSince: 99 }, 'none', null],
    ['never backed up, started today', { firstChangeAt: daysAgo(0), changesSince: 3 }, 'none', null],
    ['never backed up, 7 days of work', { firstChangeAt: daysAgo(7), changesSince: 3 }, 'gentle', null],
    ['never backed up, 20 changes in a day', { firstChangeAt: daysAgo(0), changesSince: 20 }, 'gentle', null],
    ['never backed up, 19 changes in 6 days', { firstChangeAt: daysAgo(6), changesSince: 19 }, 'none', null],
    ['backed up 6 days ago, changed since', { lastBackupAt: daysAgo(6), changesSince: 2 }, 'none', 6],
    ['backed up 7 days ago, changed since', { lastBackupAt: daysAgo(7), changesSince: 1 }, 'gentle', 7],
    ['backed up 30 days ago, changed since', { lastBackupAt: daysAgo(30), changesSince: 1 }, 'strong', 30],
    ['backed up 90 days ago, nothing changed since', { lastBackupAt: daysAgo(90), changesSince: 0 }, 'none', 90],
    [
      'at risk: one day of unsaved work',
      { lastBackupAt: daysAgo(1), changesSince: 1, storageAtRisk: true },
      'strong',
      1,
    ],
    ['at risk: 5 changes today', { lastBackupAt: daysAgo(0), changesSince: 5, storageAtRisk: true }, 'strong', 0],
    ['at risk: 4 changes today', { lastBackupAt: daysAgo(0), changesSince: 4, storageAtRisk: true }, 'none', 0],
    ['a damaged date counts as never', { lastBackupAt: 'garbage', changesSince: 25 }, 'gentle', null],
  ])('%s', (_name, over, level, days) => {
    const r = backupReminder(input(over));
    expect(r.level).toBe(level);
    expect(r.daysSinceBackup).toBe(days);
  });
});

describe('backupAgeMessage', () => {
  it.each<[number | null, string, unknown]>([
    [null, 'safety.age.never', undefined],
    [0, 'safety.age.today', undefined],
    [12, 'safety.age.days', { days: 12 }],
  ])('%s days → %s', (days, key, vars) => {
    expect(backupAgeMessage(days)).toEqual(vars === undefined ? { key } : { key, vars });
  });
});
