/**
 * Preview a document on the phone and print it. Printing uses the browser's own dialog
 * (which also offers "Save as PDF"). A second copy of the document is portalled straight
 * under <body>; in print, the whole app (#root) is hidden and only that copy is laid out,
 * so no navigation, buttons or app chrome reach the paper and pagination starts clean.
 */
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { PrintableDocument } from '../../domain/document';
import { useI18n } from '../../i18n/i18n';
import { PrintableDocumentView } from './printable-document-view';

export function PrintPreview({ document: doc }: { document: PrintableDocument }) {
  const { t } = useI18n();
  const [portalHost] = useState<HTMLElement | null>(() => {
    if (typeof window === 'undefined') return null;
    const host = window.document.createElement('div');
    host.className = 'print-root';
    return host;
  });
  useEffect(() => {
    if (!portalHost) return;
    window.document.body.appendChild(portalHost);
    window.document.documentElement.classList.add('printing-document');
    return () => {
      window.document.documentElement.classList.remove('printing-document');
      portalHost.remove();
    };
  }, [portalHost]);
  return (
    <div className="print-preview">
      <div className="button-row no-print">
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {t('print.print')}
        </button>
      </div>
      <p className="muted no-print">{t('print.hint')}</p>
      <div className="print-sheet">
        <PrintableDocumentView document={doc} />
      </div>
      {portalHost && createPortal(<PrintableDocumentView document={doc} />, portalHost)}
    </div>
  );
}
