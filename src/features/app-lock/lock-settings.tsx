/** 应用锁: set, change or remove the PIN; how soon it locks. */
import { useState, type FormEvent } from 'react';
import { SelectField, TextField } from '../../components/ui/field';
import { useI18n } from '../../i18n/i18n';
import { checkNewPin, type PinIssue } from '../../domain/app-lock/pin-policy';
import { getDb } from '../../storage/db';
import {
  AUTO_LOCK_MINUTES,
  DEFAULT_LOCK_OPTIONS,
  readLock,
  removeLock,
  saveLock,
  updateLockOptions,
  type AutoLockMinutes,
  type LockOptions,
} from '../../storage/app-lock/app-lock';
import { createLockRecord, verifyPin } from '../../storage/app-lock/app-lock-pin';

export interface LockSettingsProps {
  enabled: boolean;
  options: LockOptions | null;
  onChanged: () => void | Promise<void>;
  onLockNow: () => void;
}

type Mode = 'view' | 'set' | 'change' | 'remove';

function PinForm({
  mode,
  onDone,
  onCancel,
}: {
  mode: Exclude<Mode, 'view'>;
  onDone: (message: 'settings.lock.saved' | 'settings.lock.removed') => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [current, setCurrent] = useState('');
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [issue, setIssue] = useState<PinIssue | null>(null);
  const [wrongCurrent, setWrongCurrent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const needsCurrent = mode !== 'set';
  const needsNew = mode !== 'remove';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = needsNew ? checkNewPin(pin, repeat) : null;
    setIssue(problem);
    if (problem) return;
    setBusy(true);
    setFailed(false);
    try {
      const db = getDb();
      const existing = await readLock(db);
      if (needsCurrent && existing && !(await verifyPin(existing, current))) {
        setWrongCurrent(true);
        return;
      }
      setWrongCurrent(false);
      if (mode === 'remove') {
        await removeLock(db);
        onDone('settings.lock.removed');
      } else {
        await saveLock(db, await createLockRecord(pin, existing?.options ?? DEFAULT_LOCK_OPTIONS));
        onDone('settings.lock.saved');
      }
    } catch {
      // The database refused (closed by another tab, full): nothing changed; try again.
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  const pinError = (which: 'pin' | 'repeat') => {
    if (!issue) return undefined;
    if (which === 'repeat') return issue === 'mismatch' ? t('settings.pin.mismatch') : undefined;
    return issue === 'mismatch' ? undefined : t(`settings.pin.${issue}`);
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      {needsCurrent && (
        <TextField
          label={t('settings.lock.current')}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          error={wrongCurrent ? t('settings.pin.wrong') : undefined}
        />
      )}
      {needsNew && (
        <>
          <TextField
            label={t('settings.lock.newPin')}
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            value={pin}
            onChange={(e) => setPin(e.target.value)}
            error={pinError('pin')}
          />
          <TextField
            label={t('settings.lock.repeat')}
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
            error={pinError('repeat')}
          />
          <p className="notice">{t('settings.lock.forgetWarning')}</p>
        </>
      )}
      <p role="alert">{failed ? t('settings.lock.failed') : ''}</p>
      <div className="button-row">
        <button
          type="submit"
          className={mode === 'remove' ? 'button button-danger' : 'button button-primary'}
          disabled={busy}
        >
          {busy
            ? t('settings.lock.working')
            : mode === 'remove'
              ? t('settings.lock.remove')
              : mode === 'change'
                ? t('settings.lock.change')
                : t('settings.lock.set')}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel} disabled={busy}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}

export function LockSettings({ enabled, options, onChanged, onLockNow }: LockSettingsProps) {
  const { t } = useI18n();
  const [mode, setMode] = useState<Mode>('view');
  const [done, setDone] = useState<'settings.lock.saved' | 'settings.lock.removed' | null>(null);
  const current = options ?? DEFAULT_LOCK_OPTIONS;

  async function setOptions(next: LockOptions) {
    await updateLockOptions(getDb(), next);
    await onChanged();
  }

  return (
    <section className="card" aria-labelledby="lock-settings-title">
      <h2 id="lock-settings-title" className="card-title">
        {t('settings.lock.title')}
      </h2>
      <p>{t('settings.lock.intro')}</p>
      <p className="muted">{t('settings.lock.limits')}</p>
      <p role="status" aria-live="polite">
        <strong>{done ? t(done) : enabled ? t('settings.lock.on') : t('settings.lock.off')}</strong>
      </p>
      {mode !== 'view' ? (
        <PinForm
          mode={mode}
          onCancel={() => setMode('view')}
          onDone={(message) => {
            setDone(message);
            setMode('view');
            void onChanged();
          }}
        />
      ) : enabled ? (
        <>
          <SelectField
            label={t('settings.lock.autoLock')}
            value={String(current.autoLockMinutes)}
            onChange={(e) => {
              const minutes = Number(e.target.value) as AutoLockMinutes;
              if (AUTO_LOCK_MINUTES.includes(minutes)) void setOptions({ ...current, autoLockMinutes: minutes });
            }}
            options={AUTO_LOCK_MINUTES.map((m) => ({
              value: String(m),
              label: m === 60 ? t('settings.lock.hour') : t('settings.lock.minutes', { minutes: m }),
            }))}
          />
          <label className="check">
            <input
              type="checkbox"
              checked={current.lockWhenHidden}
              onChange={(e) => void setOptions({ ...current, lockWhenHidden: e.target.checked })}
            />
            <span>{t('settings.lock.whenHidden')}</span>
          </label>
          <div className="button-row">
            <button type="button" className="button button-primary" onClick={onLockNow}>
              {t('safety.lock.lockNow')}
            </button>
            <button type="button" className="button" onClick={() => setMode('change')}>
              {t('settings.lock.change')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => setMode('remove')}>
              {t('settings.lock.remove')}
            </button>
          </div>
        </>
      ) : (
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={() => setMode('set')}>
            {t('settings.lock.set')}
          </button>
        </div>
      )}
    </section>
  );
}
