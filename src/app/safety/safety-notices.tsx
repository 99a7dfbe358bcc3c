/**
 * Calm notices at the top of every screen, most important first: data went missing or this
 * browser cannot save (features/data-loss), read-only inside an in-app browser, iOS 7-day
 * deletion, a browser we cannot vouch for (features/browser-risk), and the backup reminder
 * (features/backup-reminder). Loaded (with its messages) only when one is due: see
 * safety-banners.tsx.
 */
import { BackupReminderNotice } from '../../features/backup-reminder/backup-reminder-notice';
import { BrowserRiskNotices } from '../../features/browser-risk/browser-risk-notices';
import { DataLossNotices } from '../../features/data-loss/data-loss-notices';
import { resolveIntegrity } from './safety-start';
import { openGuide, reminderShown, snoozeReminder, useSafety } from './safety-store';

export function SafetyNotices({ backupHref }: { backupHref: string }) {
  const s = useSafety();
  return (
    <div className="safety-banners no-print">
      <DataLossNotices integrity={s.integrity} canary={s.canary} backupHref={backupHref} onResolve={resolveIntegrity} />
      <BrowserRiskNotices env={s.env} guideOpen={s.guideOpen} backupHref={backupHref} onOpenGuide={openGuide} />
      <BackupReminderNotice
        reminder={reminderShown(s) ? s.reminder : null}
        backupHref={backupHref}
        onSnooze={snoozeReminder}
      />
    </div>
  );
}
