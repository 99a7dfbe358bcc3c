/**
 * When to remind the user to back up. Pure: the clock comes in as a parameter.
 *
 * - Nothing to lose (no records): no reminder.
 * - Normally: a gentle banner 7 days after the last backup (or after the first unsaved
 *   change, if there never was one) or after 20 changes; a strong one after 30 days.
 * - Where storage is at risk (iOS Safari tab, in-app browser, UC/QQ/Quark/old engine):
 *   strong as soon as there is a day's or 5 changes' worth of unsaved work.
 */
export type ReminderLevel = 'none' | 'gentle' | 'strong';

export interface ReminderInput {
  nowMs: number;
  lastBackupAt: string | null;
  firstChangeAt: string | null;
  changesSince: number;
  recordCount: number;
  storageAtRisk: boolean;
}

export interface Reminder {
  level: ReminderLevel;
  /** Whole days since the last backup; null when there never was one */
  daysSinceBackup: number | null;
  changesSince: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function daysSince(iso: string | null, nowMs: number): number | null {
  if (iso === null) return null;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  return Math.max(0, Math.floor((nowMs - t) / DAY_MS));
}

export function backupReminder(input: ReminderInput): Reminder {
  const daysSinceBackup = daysSince(input.lastBackupAt, input.nowMs);
  const base = { daysSinceBackup, changesSince: input.changesSince };
  if (input.recordCount === 0) return { level: 'none', ...base };
  // Unsaved for how long: since the backup, or since the first change when never backed up.
  const unsavedDays = daysSinceBackup ?? daysSince(input.firstChangeAt, input.nowMs) ?? 0;
  const unsaved = input.lastBackupAt === null || input.changesSince > 0;
  if (!unsaved) return { level: 'none', ...base };
  if (input.storageAtRisk && (unsavedDays >= 1 || input.changesSince >= 5)) return { level: 'strong', ...base };
  if (unsavedDays >= 30) return { level: 'strong', ...base };
  if (unsavedDays >= 7 || input.changesSince >= 20) return { level: 'gentle', ...base };
  return { level: 'none', ...base };
}

/** "上次备份:N 天前" / "今天" / "还没有备份过", from `Reminder.daysSinceBackup`. */
export function backupAgeMessage(daysSinceBackup: number | null): {
  key: 'safety.age.never' | 'safety.age.today' | 'safety.age.days';
  vars?: { days: number };
} {
  if (daysSinceBackup === null) return { key: 'safety.age.never' };
  if (daysSinceBackup === 0) return { key: 'safety.age.today' };
  return { key: 'safety.age.days', vars: { days: daysSinceBackup } };
}
