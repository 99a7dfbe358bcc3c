import { describe, expect, it } from 'vitest';
import { documentToPlainText } from '../../../src/domain/letters/plain-text';

describe('documentToPlainText', () => {
  it('lays every block out as text, with a line to sign on', () => {
    const text = documentToPlainText({
      title: '标题',
      templateId: 't',
      templateVersion: 1,
      blocks: [
        { kind: 'addressee', text: '某银行：' },
        { kind: 'heading', text: '一、事项' },
        { kind: 'paragraph', text: '正文。' },
        { kind: 'list', ordered: true, items: ['甲', '乙'] },
        { kind: 'table', columns: ['项目', '金额'], rows: [['本金', '1.00元']] },
        {
          kind: 'signature',
          closing: ['此致', '敬礼！'],
          lines: [
            { label: '申请人（签名）：', value: '' },
            { label: '日期：', value: '2026年11月28日' },
          ],
        },
        { kind: 'page-break' },
      ],
    });
    expect(text).toBe(
      [
        '标题',
        '',
        '某银行：',
        '一、事项',
        '\u3000\u3000正文。',
        '1. 甲',
        '2. 乙',
        '项目｜金额',
        '本金｜1.00元',
        '\u3000\u3000此致',
        '敬礼！',
        '',
        '申请人（签名）：＿＿＿＿＿＿',
        '日期：2026年11月28日',
        '',
        '——————',
        '',
        '',
      ].join('\n'),
    );
  });
});
