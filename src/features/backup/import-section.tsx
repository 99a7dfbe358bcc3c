/**
 * Restore: choose a file → (passphrase) → preview what will happen → confirm → one
 * transaction. Until "开始恢复" nothing on the device changes; a failure at any step says
 * so in plain words.
 */
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { TextField } from '../../components/ui/field';
import { useI18n } from '../../i18n/i18n';
import { toIsoDate } from '../../domain/dates';
import type { BackupFailure, EncryptedBackup } from '../../storage/backup/backup-format';
import { applyImport } from '../../storage/backup/import/apply-import';
import { checkBackup, loadBackup } from '../../storage/backup/import/load-backup';
import type { ImportProgress, PreparedBackup } from '../../storage/backup/import/prepare-backup';
import { previewImport, type ImportMode, type ImportPreview } from '../../storage/backup/import/preview-import';
import { unlockBackup } from '../../storage/backup/import/read-backup-file';
import { getDb } from '../../storage/db';
import { toStorageErrorCode } from '../../storage/storage-error';
import type { ConflictSide } from '../../storage/backup/import/merge-plan';
import { describeCounts, failureMessage } from './backup-messages';
import { MergeDetails } from './merge-details';

type Step =
  | { kind: 'idle' }
  | { kind: 'reading'; progress: ImportProgress | null }
  | { kind: 'secret'; file: EncryptedBackup; error: BackupFailure | null; busy: boolean }
  | {
      kind: 'preview';
      prepared: PreparedBackup;
      previews: Record<ImportMode, ImportPreview>;
      mode: ImportMode;
      /** The device changed after an earlier preview of this file: this one is the new count. */
      refreshed: boolean;
      /** For a Merge: the copy kept of each record changed on both sides, when the person chose. */
      choices: Record<string, ConflictSide>;
    }
  | { kind: 'writing'; progress: ImportProgress | null }
  | { kind: 'done'; summary: string }
  | { kind: 'failed'; failure: BackupFailure }
  | { kind: 'write-failed'; code: ReturnType<typeof toStorageErrorCode> };

export function ImportSection({ onRestored }: { onRestored: () => void | Promise<void> }) {
  const { t, date } = useI18n();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [secret, setSecret] = useState('');
  const [inputKey, setInputKey] = useState(0);

  async function toPreview(prepared: PreparedBackup, refreshed = false) {
    const db = getDb();
    const [replace, merge] = await Promise.all([
      previewImport(db, prepared, 'replace'),
      previewImport(db, prepared, 'merge'),
    ]);
    // Neither mode can keep every event with its debt and every file with its entry.
    if (merge.brokenReference !== null) {
      setStep({ kind: 'failed', failure: { reason: 'broken-reference', ...merge.brokenReference } });
      return;
    }
    // An empty device is restored by replacing; otherwise merging loses nothing by default.
    // A file that needs the device's debts or entries can only be merged.
    setStep({
      kind: 'preview',
      prepared,
      previews: { replace, merge },
      mode: replace.onDeviceTotal === 0 && replace.brokenReference === null ? 'replace' : 'merge',
      refreshed,
      choices: {},
    });
  }

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setStep({ kind: 'reading', progress: null });
    const loaded = await loadBackup(file, undefined, undefined, (progress) => setStep({ kind: 'reading', progress }));
    if (loaded.ok === 'needs-secret') setStep({ kind: 'secret', file: loaded.file, error: null, busy: false });
    else if (loaded.ok) await toPreview(loaded.value);
    else setStep({ kind: 'failed', failure: loaded.failure });
  }

  async function open(event: FormEvent) {
    event.preventDefault();
    if (step.kind !== 'secret') return;
    setStep({ ...step, busy: true, error: null });
    const inner = await unlockBackup(step.file, secret);
    setSecret('');
    if (!inner.ok) {
      if (inner.failure.reason === 'wrong-passphrase') setStep({ ...step, busy: false, error: inner.failure });
      else setStep({ kind: 'failed', failure: inner.failure });
      return;
    }
    const prepared = await checkBackup(inner.value, new Date(), (progress) => setStep({ kind: 'reading', progress }));
    if (prepared.ok) await toPreview(prepared.value);
    else setStep({ kind: 'failed', failure: prepared.failure });
  }

  async function confirm() {
    if (step.kind !== 'preview') return;
    const { prepared, previews, mode, choices } = step;
    setStep({ kind: 'writing', progress: null });
    try {
      await applyImport(getDb(), prepared, previews[mode], new Date(), choices, (progress) =>
        setStep({ kind: 'writing', progress }),
      );
    } catch (error) {
      const code = toStorageErrorCode(error);
      // Another tab saved or deleted records after the preview: nothing was written; show the new counts.
      if (code === 'changed-since-preview') await toPreview(prepared, true);
      else setStep({ kind: 'write-failed', code });
      return;
    }
    setStep({ kind: 'done', summary: describeCounts(prepared.counts, t) });
    await onRestored();
  }

  function restart() {
    setStep({ kind: 'idle' });
    setInputKey((k) => k + 1);
  }

  const busy = step.kind === 'reading' || step.kind === 'writing';

  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title" className="card-title">
        {t('backup.import.title')}
      </h2>
      {(step.kind === 'idle' ||
        step.kind === 'reading' ||
        step.kind === 'failed' ||
        step.kind === 'done' ||
        step.kind === 'write-failed') && (
        <div className="field">
          <label className="field-label" htmlFor="backup-file">
            {t('backup.import.file')}
          </label>
          <p id="backup-file-hint" className="field-hint">
            {t('backup.import.fileHint')}
          </p>
          <input
            key={inputKey}
            id="backup-file"
            className="input"
            type="file"
            aria-describedby="backup-file-hint"
            disabled={busy}
            onChange={(e) => void chooseFile(e)}
          />
        </div>
      )}

      {step.kind === 'secret' && (
        <form className="form" onSubmit={(e) => void open(e)} noValidate>
          <p>
            {t(
              step.file.encryption.scheme === 'pin-recovery'
                ? 'backup.import.needsPin'
                : 'backup.import.needsPassphrase',
            )}
          </p>
          <TextField
            label={t('backup.import.passphrase')}
            type="password"
            autoComplete="off"
            value={secret}
            onChange={(e) => setSecret(e.target.value)}
            error={step.error ? failureMessage(step.error, t) : undefined}
            autoFocus
          />
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={step.busy}>
              {step.busy ? t('backup.import.opening') : t('backup.import.open')}
            </button>
            <button type="button" className="button button-quiet" onClick={restart}>
              {t('action.cancel')}
            </button>
          </div>
        </form>
      )}

      {step.kind === 'preview' && (
        <div>
          <h3 className="card-title">{t('backup.import.previewTitle')}</h3>
          {step.refreshed && <p className="notice notice-strong">{t('backup.import.changedSincePreview')}</p>}
          <p>{describeCounts(step.prepared.counts, t)}</p>
          {!Number.isNaN(Date.parse(step.prepared.exportedAt)) && (
            <p className="muted">
              {t('backup.import.exportedAt', { date: date(toIsoDate(new Date(step.prepared.exportedAt))) })}
            </p>
          )}
          <fieldset className="fieldset">
            <legend>{t('backup.import.modeLegend')}</legend>
            {(['replace', 'merge'] as const).map((mode) => (
              <label key={mode} className="check">
                <input
                  type="radio"
                  name="import-mode"
                  value={mode}
                  checked={step.mode === mode}
                  disabled={step.previews[mode].brokenReference !== null}
                  onChange={() => setStep({ ...step, mode })}
                />
                <span>{t(`backup.import.mode.${mode}`)}</span>
              </label>
            ))}
            {step.previews.replace.brokenReference !== null && (
              <p className="field-hint">{t('backup.import.replaceNeedsDevice')}</p>
            )}
          </fieldset>
          <p className="notice" role="status">
            {step.mode === 'replace'
              ? t('backup.import.summary.replace', {
                  summary: describeCounts(step.prepared.counts, t),
                  device: step.previews.replace.onDeviceTotal,
                })
              : t('backup.import.summary.merge', {
                  summary: describeCounts(step.prepared.counts, t),
                  overlap: step.previews.merge.tables.reduce((sum, table) => sum + table.overlapping, 0),
                })}
          </p>
          {step.mode === 'merge' && step.previews.merge.merge && (
            <MergeDetails
              plan={step.previews.merge.merge}
              fileRows={step.prepared.tables}
              choices={step.choices}
              onChoose={(choices) => setStep({ ...step, choices })}
            />
          )}
          <div className="button-row">
            <button type="button" className="button button-primary" onClick={() => void confirm()}>
              {t('backup.import.confirm')}
            </button>
            <button type="button" className="button button-quiet" onClick={restart}>
              {t('action.cancel')}
            </button>
          </div>
        </div>
      )}

      <div role="status" aria-live="polite">
        {step.kind === 'reading' && <ImportProgressBar label={t('backup.import.reading')} progress={step.progress} />}
        {step.kind === 'writing' && <ImportProgressBar label={t('backup.import.working')} progress={step.progress} />}
        {step.kind === 'done' && <p>{t('backup.import.done', { summary: step.summary })}</p>}
      </div>
      <div role="alert">
        {step.kind === 'failed' && (
          <p className="notice notice-strong">
            {failureMessage(step.failure, t)} {t('backup.import.untouched')}
          </p>
        )}
        {step.kind === 'write-failed' && (
          <p className="notice notice-strong">
            {t('backup.import.failed', { reason: t(`error.storage.${step.code}`) })}
          </p>
        )}
      </div>
    </section>
  );
}

/** A bar with counts for a long check or write; the label alone until the first count arrives. */
function ImportProgressBar({ label, progress }: { label: string; progress: ImportProgress | null }) {
  const { t } = useI18n();
  if (progress === null || progress.total === 0) return <p>{label}</p>;
  const done = Math.min(progress.done, progress.total);
  const text = t(`backup.import.progress.${progress.phase}`, { done, total: progress.total });
  return (
    <div className="import-progress">
      <p>{text}</p>
      <progress value={done} max={progress.total} aria-label={text} />
    </div>
  );
}
