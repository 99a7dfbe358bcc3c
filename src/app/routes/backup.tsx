import { BackupPage } from '../../features/backup/backup-page';
import { refreshSafety, resolveIntegrity } from '../safety/safety-start';
import { useSafety } from '../safety/safety-store';

/** 备份与恢复, fed with the safety state (environment, reminder) and told what happened. */
export function BackupRoute() {
  const s = useSafety();
  return (
    <BackupPage
      env={s.env}
      recordCount={s.recordCount}
      daysSinceBackup={s.reminder?.daysSinceBackup ?? null}
      onExported={refreshSafety}
      onRestored={resolveIntegrity}
    />
  );
}
