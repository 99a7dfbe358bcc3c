/**
 * The lock screen. It shows nothing from the records: no names, no amounts, not even the
 * number of debts; the app underneath is hidden and inert while it is up.
 *
 * "忘记 PIN?" leads to the only way forward without the PIN: wiping. Before that the user
 * can export a backup encrypted to the lock's recovery key, which opens only with the old
 * PIN (see storage/backup/backup-crypto.ts), so the reset path never hands the records to
 * whoever is holding the phone.
 */
import { useState, type FormEvent } from 'react';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { TextField } from '../../components/ui/field';
import { useI18n } from '../../i18n/i18n';
import { deliverFile } from '../../lib/deliver-file';
import { FREE_ATTEMPTS } from '../../domain/app-lock/pin-policy';
import { getDb } from '../../storage/db';
import { exportBackup } from '../../storage/backup/export-backup';
import { readLock } from '../../storage/app-lock/app-lock';
import { restartApp } from '../../lib/restart-app';
import { wipeThenRestart } from '../../storage/wipe/wipe';
import { tryUnlock } from './unlock';
import { readInstallIdentity } from '../../lib/install-identity';

type Message = { kind: 'wrong'; left: number } | { kind: 'wait'; seconds: number } | { kind: 'failed' } | null;

function PinForm({ onForgot, onUnlocked }: { onForgot: () => void; onUnlocked: () => void }) {
  const { t } = useI18n();
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    let result: Awaited<ReturnType<typeof tryUnlock>>;
    try {
      result = await tryUnlock(pin);
    } catch {
      // The database could not be read (closed by another tab, or broken): try again.
      setMessage({ kind: 'failed' });
      return;
    } finally {
      setBusy(false);
      setPin('');
    }
    if (result.ok) {
      onUnlocked();
      return;
    }
    if (result.waitMs > 0) setMessage({ kind: 'wait', seconds: Math.ceil(result.waitMs / 1000) });
    else setMessage({ kind: 'wrong', left: Math.max(0, FREE_ATTEMPTS - result.failures) });
  }

  const error =
    message === null
      ? undefined
      : message.kind === 'failed'
        ? t('safety.lock.failed')
        : message.kind === 'wait'
          ? t('safety.lock.wait', { seconds: message.seconds })
          : message.left > 0
            ? t('safety.lock.wrongLeft', { left: message.left })
            : t('safety.lock.wrong');

  return (
    <form className="lock-form" onSubmit={(e) => void submit(e)} noValidate>
      <TextField
        label={t('safety.lock.pin')}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={12}
        value={pin}
        onChange={(e) => setPin(e.target.value)}
        error={error}
        autoFocus
      />
      <button type="submit" className="button button-primary button-block" disabled={busy || pin.length === 0}>
        {busy ? t('safety.lock.checking') : t('safety.lock.unlock')}
      </button>
      <button type="button" className="button button-quiet button-block" onClick={onForgot}>
        {t('safety.lock.forgot')}
      </button>
    </form>
  );
}

function ResetPanel({ onBack }: { onBack: () => void }) {
  const { t } = useI18n();
  const [exportState, setExportState] = useState<'idle' | 'working' | 'done' | 'failed'>('idle');
  const [confirming, setConfirming] = useState(false);
  const [wiping, setWiping] = useState(false);
  const [partial, setPartial] = useState(false);

  async function exportRecovery() {
    setExportState('working');
    try {
      const db = getDb();
      const lock = await readLock(db);
      if (!lock) throw new Error('no lock');
      const exported = await exportBackup(
        db,
        { kind: 'recovery', keys: lock.recovery },
        new Date(),
        readInstallIdentity() === 'neutral',
      );
      const file = new File([exported.text], exported.fileName, { type: 'application/json' });
      const delivery = await deliverFile(file, t('backup.share.title'));
      setExportState(delivery === 'cancelled' ? 'idle' : 'done');
    } catch {
      setExportState('failed');
    }
  }

  async function wipe() {
    setConfirming(false);
    setWiping(true);
    try {
      // Restarts only when everything was removed; otherwise the screen stays and says so.
      const report = await wipeThenRestart(restartApp);
      setPartial(report.failed.length > 0);
    } catch {
      setPartial(true);
    } finally {
      setWiping(false);
    }
  }

  return (
    <div className="lock-reset">
      <h2 className="card-title">{t('safety.reset.title')}</h2>
      <p>{t('safety.reset.body')}</p>
      <p>{t('safety.reset.backupFirst')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          onClick={() => void exportRecovery()}
          disabled={exportState === 'working' || wiping}
        >
          {exportState === 'working' ? t('safety.reset.exporting') : t('safety.reset.exportBackup')}
        </button>
      </div>
      <p className="muted" role="status" aria-live="polite">
        {exportState === 'done'
          ? t('safety.reset.exported')
          : exportState === 'failed'
            ? t('safety.reset.exportFailed')
            : ''}
      </p>
      <div className="button-row">
        <button type="button" className="button button-danger" onClick={() => setConfirming(true)} disabled={wiping}>
          {wiping ? t('safety.wiping') : t('safety.reset.wipe')}
        </button>
        <button type="button" className="button button-quiet" onClick={onBack} disabled={wiping}>
          {t('safety.reset.back')}
        </button>
      </div>
      <p role="alert">{partial ? t('safety.reset.partial') : ''}</p>
      <ConfirmDialog
        open={confirming}
        message={t('safety.reset.confirm')}
        confirmLabel={t('safety.reset.wipe')}
        onConfirm={() => void wipe()}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}

export function LockScreen({ onUnlocked }: { onUnlocked: () => void }) {
  const { t } = useI18n();
  const [resetting, setResetting] = useState(false);
  return (
    <div className="safety-screen" role="dialog" aria-modal="true" aria-labelledby="lock-title">
      <div className="safety-screen-inner">
        <h1 id="lock-title" className="page-title">
          {t('safety.lock.title')}
        </h1>
        {resetting ? (
          <ResetPanel onBack={() => setResetting(false)} />
        ) : (
          <PinForm onForgot={() => setResetting(true)} onUnlocked={onUnlocked} />
        )}
      </div>
    </div>
  );
}
