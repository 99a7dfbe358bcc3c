/**
 * Everything after the letter is ready: the A4 preview and print button (the shared print
 * renderer), "copy the letter text", a PDF file made on the device for the share sheet or a
 * download, and a short guide for users without a printer. The file maker is a separate
 * chunk, loaded only when the user asks for a file.
 */
import { useState } from 'react';
import type { PrintableDocument } from '../../../domain/document';
import { documentToPlainText } from '../../../domain/letters/plain-text';
import { PrintPreview } from '../../../components/print/print-preview';
import { showToast } from '../../../components/ui/toast-store';
import { useI18n } from '../../../i18n/i18n';
import { deliverFile } from '../../../lib/deliver-file';

export function LetterOutput({ document: doc, fileName }: { document: PrintableDocument; fileName: string }) {
  const { t } = useI18n();
  const [working, setWorking] = useState(false);
  const [status, setStatus] = useState('');

  async function copy() {
    try {
      await navigator.clipboard.writeText(documentToPlainText(doc));
      showToast({ message: 'letters.output.copied' });
    } catch {
      showToast({ message: 'letters.output.copyFailed', tone: 'error' });
    }
  }

  async function makeFile() {
    setWorking(true);
    setStatus(t('letters.output.fileWorking'));
    try {
      const { documentToPdfFile } = await import('../../../components/print/document-pdf-file');
      const file = await documentToPdfFile(doc, `${fileName}.pdf`);
      const delivery = await deliverFile(file, file.name);
      setStatus(
        delivery === 'cancelled'
          ? t('letters.output.fileCancelled')
          : t('letters.output.fileDone', { name: file.name }),
      );
    } catch {
      setStatus(t('letters.output.fileFailed'));
    } finally {
      setWorking(false);
    }
  }

  return (
    <section className="letter-output" aria-label={t('letters.output.title')}>
      <h2 className="card-title no-print">{t('letters.output.title')}</h2>
      <PrintPreview document={doc} />
      <div className="button-row no-print">
        <button type="button" className="button" onClick={() => void copy()}>
          {t('letters.output.copy')}
        </button>
        <button type="button" className="button" disabled={working} onClick={() => void makeFile()}>
          {t('letters.output.file')}
        </button>
      </div>
      <p className="muted no-print" role="status" aria-live="polite">
        {status}
      </p>
      <p className="muted no-print">{t('letters.output.fileHint')}</p>
      <details className="card no-print">
        <summary>{t('letters.output.guide')}</summary>
        <ul>
          <li>{t('letters.output.guide.android')}</li>
          <li>{t('letters.output.guide.ios')}</li>
          <li>{t('letters.output.guide.shop')}</li>
          <li>{t('letters.output.guide.send')}</li>
        </ul>
      </details>
    </section>
  );
}
