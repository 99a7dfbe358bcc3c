/** Export: optional passphrase typed twice, then the share sheet or a download. */
import { useState, type FormEvent } from 'react';
import { TextField } from '../../components/ui/field';
import { useI18n } from '../../i18n/i18n';
import { deliverFile } from '../../lib/deliver-file';
import { checkNewPassphrase, type PassphraseIssue } from '../../domain/backup/passphrase-policy';
import { exportBackup } from '../../storage/backup/export-backup';
import { getDb } from '../../storage/db';
import { markBackedUp } from '../../storage/backup-reminder/backup-state';
import { describeCounts } from './backup-messages';
import { readInstallIdentity } from '../../lib/install-identity';

type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; summary: string; damagedLeftOut: number }
  | { kind: 'cancelled' }
  | { kind: 'failed' };

export function ExportSection({ onExported }: { onExported: () => void | Promise<void> }) {
  const { t } = useI18n();
  const [encrypt, setEncrypt] = useState(true);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [issue, setIssue] = useState<PassphraseIssue | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (encrypt) {
      const problem = checkNewPassphrase(passphrase, repeat);
      setIssue(problem);
      if (problem) return;
    }
    setStatus({ kind: 'working' });
    try {
      const db = getDb();
      const exported = await exportBackup(
        db,
        encrypt ? { kind: 'passphrase', passphrase } : { kind: 'none' },
        new Date(),
        readInstallIdentity() === 'neutral',
      );
      const file = new File([exported.text], exported.fileName, { type: 'application/json' });
      const delivery = await deliverFile(file, t('backup.share.title'));
      if (delivery === 'cancelled') {
        setStatus({ kind: 'cancelled' });
        return;
      }
      await markBackedUp(db, new Date());
      setPassphrase('');
      setRepeat('');
      setStatus({ kind: 'done', summary: describeCounts(exported.counts, t), damagedLeftOut: exported.damagedLeftOut });
      await onExported();
    } catch {
      setStatus({ kind: 'failed' });
    }
  }

  const statusText =
    status.kind === 'done'
      ? t('backup.export.done', { summary: status.summary })
      : status.kind === 'cancelled'
        ? t('backup.export.cancelled')
        : status.kind === 'failed'
          ? t('backup.export.failed')
          : '';

  return (
    <section className="card" aria-labelledby="export-title">
      <h2 id="export-title" className="card-title">
        {t('backup.export.title')}
      </h2>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <label className="check">
          <input type="checkbox" checked={encrypt} onChange={(e) => setEncrypt(e.target.checked)} />
          <span>{t('backup.export.encrypt')}</span>
        </label>
        {encrypt ? (
          <>
            <TextField
              label={t('backup.export.passphrase')}
              hint={t('backup.export.passphraseHint')}
              type="password"
              autoComplete="new-password"
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
              error={issue === 'too-short' ? t('backup.passphrase.too-short') : undefined}
            />
            <TextField
              label={t('backup.export.repeat')}
              type="password"
              autoComplete="new-password"
              value={repeat}
              onChange={(e) => setRepeat(e.target.value)}
              error={issue === 'mismatch' ? t('backup.passphrase.mismatch') : undefined}
            />
            <p className="notice">{t('backup.export.warning')}</p>
          </>
        ) : (
          <p className="notice">{t('backup.export.plainWarning')}</p>
        )}
        <button type="submit" className="button button-primary" disabled={status.kind === 'working'}>
          {status.kind === 'working' ? t('backup.export.working') : t('backup.export.button')}
        </button>
        <div role="status" aria-live="polite">
          <p>{statusText}</p>
          {status.kind === 'done' && status.damagedLeftOut > 0 && (
            <p className="notice">{t('backup.export.damagedLeftOut', { count: status.damagedLeftOut })}</p>
          )}
        </div>
      </form>
    </section>
  );
}
