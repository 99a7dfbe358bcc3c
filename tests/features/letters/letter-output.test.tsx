/**
 * The PDF button hands the file over through src/lib/deliver-file.ts and says what happened:
 * closing the share sheet is reported as cancelled, not as a file handed over. The PDF maker
 * itself needs a canvas (browser tests: tests/e2e/), so it is replaced by a fixed file here.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PrintableDocument } from '../../../src/domain/document';
import { LetterOutput } from '../../../src/features/letters/components/letter-output';
import { I18nProvider } from '../../../src/i18n/i18n';
import { sourceCatalogue } from '../../../src/i18n/source-catalogue';

vi.mock('../../../src/components/print/document-pdf-file', () => ({
  documentToPdfFile: (_doc: unknown, name: string) =>
    Promise.resolve(new File(['%PDF-1.4'], name, { type: 'application/pdf' })),
}));

const doc: PrintableDocument = {
  title: '个性化分期还款申请书',
  blocks: [{ kind: 'paragraph', text: '正文。' }],
  templateId: 'test',
  templateVersion: 1,
};

function withShare(share: () => Promise<void>) {
  Object.defineProperty(navigator, 'canShare', { configurable: true, value: () => true });
  Object.defineProperty(navigator, 'share', { configurable: true, value: vi.fn(share) });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'canShare');
  Reflect.deleteProperty(navigator, 'share');
});

async function makeFile() {
  const user = userEvent.setup();
  render(
    <I18nProvider initial={{ locale: 'zh-CN', catalogue: sourceCatalogue }}>
      <LetterOutput document={doc} fileName="申请书" />
    </I18nProvider>,
  );
  await user.click(screen.getByRole('button', { name: /生成 PDF 文件/ }));
}

describe('letter output: the PDF file', () => {
  it('reports a closed share sheet as cancelled, not as a file handed over', async () => {
    withShare(() => Promise.reject(new DOMException('closed', 'AbortError')));
    await makeFile();
    expect(await screen.findByText('已取消，文件没有发送或保存。')).toBeInTheDocument();
    expect(screen.queryByText(/文件已生成/)).not.toBeInTheDocument();
  });

  it('reports a shared file as ready', async () => {
    withShare(() => Promise.resolve());
    await makeFile();
    expect(await screen.findByText(/文件已生成.申请书\.pdf/)).toBeInTheDocument();
    expect(navigator.share).toHaveBeenCalledTimes(1);
  });
});
