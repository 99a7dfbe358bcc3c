/**
 * The backup reminder (domain/backup-reminder/backup-reminder.ts): gentle (can be put off
 * for now) or strong, with the age of the last backup and a link to make one.
 */
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { backupAgeMessage, type Reminder } from '../../domain/backup-reminder/backup-reminder';

export interface BackupReminderNoticeProps {
  /** The reminder to show; the app shell passes null when none is due or it is snoozed */
  reminder: Reminder | null;
  backupHref: string;
  onSnooze: () => void;
}

export function BackupReminderNotice({ reminder, backupHref, onSnooze }: BackupReminderNoticeProps) {
  const { t } = useI18n();
  if (!reminder || reminder.level === 'none') return null;
  const age = backupAgeMessage(reminder.daysSinceBackup);
  const ageText = t(age.key, age.vars);
  const text =
    reminder.level === 'strong'
      ? t('safety.reminder.strong', { age: ageText })
      : reminder.daysSinceBackup === null
        ? t('safety.reminder.never')
        : t('safety.reminder.gentle', { age: ageText, changes: reminder.changesSince });
  return (
    <div className={reminder.level === 'strong' ? 'notice notice-strong' : 'notice'} role="status">
      <p>{text}</p>
      <div className="button-row">
        <Link className="button button-small button-primary" to={backupHref}>
          {t('safety.reminder.backupNow')}
        </Link>
        {reminder.level === 'gentle' && (
          <button type="button" className="button button-small button-quiet" onClick={onSnooze}>
            {t('safety.reminder.later')}
          </button>
        )}
      </div>
    </div>
  );
}
