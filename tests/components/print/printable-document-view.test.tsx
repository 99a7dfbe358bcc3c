/**
 * Numbers never break: in the letter renderer (the preview, the printed page and the PDF made
 * on the device all come from this markup) every amount, date and case number is one
 * `white-space: nowrap` run, wherever a block puts it.
 */
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PrintableDocumentView } from '../../../src/components/print/printable-document-view';
import type { PrintableDocument } from '../../../src/domain/document';

const doc: PrintableDocument = {
  title: '个性化分期还款申请书',
  templateId: 'test',
  templateVersion: 1,
  blocks: [
    { kind: 'addressee', text: '示例银行信用卡中心：' },
    { kind: 'paragraph', text: '本人每月可用于还款的金额为3,080.00元，其中向贵行每月还款1,172.06元。' },
    { kind: 'list', ordered: true, items: ['首期还款日为2027年1月10日。'] },
    { kind: 'table', columns: ['项目', '金额'], rows: [['透支本金', '48,000.00元']] },
    { kind: 'paragraph', text: '（2026）京0105民初12345号' },
    { kind: 'signature', closing: ['此致'], lines: [{ label: '日期：', value: '2026年11月28日' }] },
  ],
};

describe('PrintableDocumentView', () => {
  it('puts each amount, date and case number in one nowrap run', () => {
    const { container } = render(<PrintableDocumentView document={doc} />);
    const runs = [...container.querySelectorAll('.nowrap')].map((el) => el.textContent);
    expect(runs).toEqual([
      '3,080.00元',
      '1,172.06元',
      '2027年1月10日',
      '48,000.00元',
      '（2026）京0105民初12345号',
      '2026年11月28日',
    ]);
    // The text itself is unchanged.
    expect(container.querySelector('.doc-paragraph')?.textContent).toBe(
      '本人每月可用于还款的金额为3,080.00元，其中向贵行每月还款1,172.06元。',
    );
  });

  it('gives the nowrap runs white-space: nowrap in the print style sheet', async () => {
    const { readFileSync } = await import('node:fs');
    const css = readFileSync('src/components/print/print.css', 'utf8');
    expect(css).toMatch(/\.print-doc \.nowrap \{\s*white-space: nowrap;/);
  });
});
