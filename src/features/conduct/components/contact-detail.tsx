/**
 * One logged contact: what was recorded, the findings it triggered (shown right after saving),
 * and its attachments with their SHA-256 and the time they were added. Delete asks first and
 * offers undo, which puts the entry and its files back.
 */
import { format } from 'date-fns';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { attachmentView, checkAttachmentBatch, MAX_TEXT_VIEW_CHARS } from '../../../domain/conduct/attachment';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { showToast } from '../../../components/ui/toast-store';
import { useI18n } from '../../../i18n/i18n';
import { deliverFile } from '../../../lib/deliver-file';
import { useAttachments, useContact } from '../../../storage/conduct-hooks';
import { useDebts } from '../../../storage/hooks';
import {
  addAttachments,
  deleteAttachment,
  deleteContact,
  getAttachmentBlob,
  restoreContact,
} from '../../../storage/repos/contacts-repo';
import { toStorageErrorCode } from '../../../storage/storage-error';
import { debtLabel } from '../debt-label';
import { useConductLogCheck } from '../../../storage/conduct-check';
import { FindingList } from './finding-card';

export function ContactDetail({
  id,
  editHref,
  afterDeleteHref,
}: {
  id: string;
  editHref: string;
  afterDeleteHref: string;
}) {
  const { t, date } = useI18n();
  const navigate = useNavigate();
  const entry = useContact(id);
  const files = useAttachments(id);
  const check = useConductLogCheck();
  const debts = useDebts();
  const [confirming, setConfirming] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  // An attachment is shown inside this page, never opened as a page of its own
  // (attachmentView in domain/conduct/attachment.ts says why).
  const [viewing, setViewing] = useState<
    { id: string; kind: 'image'; url: string } | { id: string; kind: 'text'; text: string; cut: boolean } | null
  >(null);
  useEffect(
    () => () => {
      if (viewing?.kind === 'image') URL.revokeObjectURL(viewing.url);
    },
    [viewing],
  );

  if (entry === null) return <p className="page muted">{t('status.loading')}</p>;
  if (entry === undefined) return <p className="page">{t('status.notFound')}</p>;

  const findings = check ? check.findings.filter((f) => f.entryIds.includes(id)) : null;
  const debt = debts?.find((d) => d.id === entry.debtId);

  async function remove() {
    setConfirming(false);
    try {
      const removed = await deleteContact(id);
      await navigate(afterDeleteHref, { replace: true });
      if (removed) {
        showToast({
          message: 'conduct.detail.deleted',
          action: { label: 'action.undo', run: () => restoreContact(removed) },
        });
      }
    } catch (err) {
      showToast({ message: `error.storage.${toStorageErrorCode(err)}`, tone: 'error' });
    }
  }

  async function addFiles(list: FileList | null) {
    setFileError(null);
    if (!list || list.length === 0) return;
    const picked = Array.from(list);
    const problem = checkAttachmentBatch(picked, files?.length ?? 0);
    if (problem) {
      setFileError(
        problem.kind === 'too-large'
          ? t('conduct.form.fileTooLarge', { name: problem.name })
          : t('conduct.form.tooManyFiles'),
      );
      return;
    }
    try {
      await addAttachments(id, picked);
    } catch (err) {
      setFileError(t(`error.storage.${toStorageErrorCode(err)}`));
    }
  }

  async function open(fileId: string, name: string, mimeType: string) {
    if (viewing?.id === fileId) {
      setViewing(null);
      return;
    }
    const blob = await getAttachmentBlob(fileId);
    if (!blob) return;
    const view = attachmentView(mimeType);
    if (view === 'image') {
      setViewing({ id: fileId, kind: 'image', url: URL.createObjectURL(blob) });
    } else if (view === 'text') {
      const text = await blob.text();
      setViewing({
        id: fileId,
        kind: 'text',
        text: text.slice(0, MAX_TEXT_VIEW_CHARS),
        cut: text.length > MAX_TEXT_VIEW_CHARS,
      });
    } else {
      // Saved as bytes with a type no browser renders.
      await deliverFile(new File([blob], name, { type: 'application/octet-stream' }), name);
    }
  }

  return (
    <div className="page">
      <h1 className="page-title">{t('conduct.detail.title', { date: date(entry.date), time: entry.time })}</h1>
      <section className="card">
        <dl className="facts">
          <dt>{t('conduct.form.channel')}</dt>
          <dd>
            {t(`conduct.channel.${entry.channel}`)}
            {entry.attempts > 1 ? ` × ${entry.attempts}` : ''}
          </dd>
          <dt>{t('conduct.form.party')}</dt>
          <dd>
            {t(`conduct.party.${entry.party}`)}
            {entry.partyName ? ` · ${entry.partyName}` : ''}
          </dd>
          <dt>{t('conduct.form.debt')}</dt>
          <dd>{debt ? debtLabel(debt, (last4) => t('conduct.debt.last4', { last4 })) : t('conduct.debt.none')}</dd>
          {entry.fromNumber && (
            <>
              <dt>{t('conduct.form.fromNumber')}</dt>
              <dd className="user-text">{entry.fromNumber}</dd>
            </>
          )}
          {entry.toNumber && (
            <>
              <dt>{t('conduct.form.toNumber')}</dt>
              <dd className="user-text">{entry.toNumber}</dd>
            </>
          )}
          {entry.collectorName && (
            <>
              <dt>{t('conduct.form.collectorName')}</dt>
              <dd className="user-text">{entry.collectorName}</dd>
            </>
          )}
          {entry.agency && (
            <>
              <dt>{t('conduct.form.agency')}</dt>
              <dd className="user-text">{entry.agency}</dd>
            </>
          )}
        </dl>
        {entry.quote && (
          <>
            <h2 className="card-title">{t('conduct.detail.quote')}</h2>
            <blockquote className="user-text">{entry.quote}</blockquote>
          </>
        )}
        <h2 className="card-title">{t('conduct.detail.flags')}</h2>
        {entry.flags.length ? (
          <ul>
            {entry.flags.map((f) => (
              <li key={f}>{t(`conduct.flag.${f}`)}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('conduct.detail.noFlags')}</p>
        )}
        {entry.notes && <p className="user-text">{entry.notes}</p>}
        <div className="button-row">
          <Link to={editHref} className="button">
            {t('action.edit')}
          </Link>
          <button type="button" className="button button-quiet" onClick={() => setConfirming(true)}>
            {t('action.delete')}
          </button>
        </div>
      </section>

      <section aria-labelledby="entry-findings">
        <h2 id="entry-findings" className="card-title">
          {t('conduct.findings.forEntry')}
        </h2>
        {findings === null ? (
          <p className="muted">{t('status.loading')}</p>
        ) : (
          <FindingList findings={findings} emptyText={t('conduct.findings.forEntryNone')} />
        )}
      </section>

      <section className="card" aria-labelledby="entry-files">
        <h2 id="entry-files" className="card-title">
          {t('conduct.detail.attachments')}
        </h2>
        {files === null ? (
          <p className="muted">{t('status.loading')}</p>
        ) : files.length === 0 ? (
          <p className="muted">{t('conduct.detail.noAttachments')}</p>
        ) : (
          <ul className="file-list">
            {files.map((f) => (
              <li key={f.id}>
                <span className="user-text">{f.name}</span>{' '}
                <span className="muted">
                  {t('conduct.detail.size', { size: Math.max(1, Math.round(f.size / 1024)) })}
                </span>
                <br />
                <span className="muted">
                  {t('conduct.detail.addedAt')} {format(new Date(f.addedAt), 'yyyy-MM-dd HH:mm')}
                </span>
                <br />
                <span className="hash">{t('conduct.detail.sha256', { hash: f.sha256 })}</span>
                <div className="button-row">
                  <button
                    type="button"
                    className="button button-small"
                    aria-expanded={attachmentView(f.mimeType) === 'download' ? undefined : viewing?.id === f.id}
                    onClick={() => void open(f.id, f.name, f.mimeType)}
                  >
                    {t(attachmentView(f.mimeType) === 'download' ? 'conduct.detail.download' : 'conduct.detail.open')}
                  </button>
                  <button
                    type="button"
                    className="button button-small button-quiet"
                    onClick={() => void deleteAttachment(f.id)}
                  >
                    {t('conduct.detail.deleteFile')}
                  </button>
                </div>
                {viewing?.id === f.id &&
                  (viewing.kind === 'image' ? (
                    <img className="attachment-image" src={viewing.url} alt={f.name} />
                  ) : (
                    <>
                      <p className="muted">{t('conduct.detail.shownAsText')}</p>
                      <pre className="attachment-text user-text">{viewing.text}</pre>
                      {viewing.cut && <p className="muted">{t('conduct.detail.textCut')}</p>}
                    </>
                  ))}
              </li>
            ))}
          </ul>
        )}
        <label className="button file-picker">
          {t('conduct.form.addFiles')}
          <input
            type="file"
            className="chip-input"
            multiple
            accept="image/*,audio/*,video/*"
            onChange={(e) => {
              void addFiles(e.target.files);
              e.target.value = '';
            }}
          />
        </label>
        <p className="field-hint">{t('conduct.form.attachHint')}</p>
        <p className="field-error" aria-live="polite">
          {fileError ?? ''}
        </p>
      </section>

      <ConfirmDialog
        open={confirming}
        message={t('conduct.detail.confirmDelete')}
        confirmLabel={t('action.confirmDelete')}
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}
