import { describe, expect, test } from 'vitest';
import { checkPaste, MAX_PASTE_CHARS } from '../../../../src/domain/conduct/message-reader/check-paste';
import { readCollectionMessage, type ReaderDebt } from '../../../../src/domain/conduct/message-reader/read-message';
import type { IsoDate } from '../../../../src/domain/types';

const today = '2026-12-07' as IsoDate;
const debts: ReaderDebt[] = [
  { id: 'cmb', lender: '招商银行', nickname: '', last4: '1234' },
  { id: 'cmb2', lender: '招商银行', nickname: '经典白', last4: '9876' },
  { id: 'hb', lender: '花呗', nickname: '', last4: '' },
];
const read = (text: string, d: readonly ReaderDebt[] = debts) => readCollectionMessage(text, { today, debts: d });

describe('spans point into the original text', () => {
  test.each([
    ['spaces inside', '等着坐 牢吧', '坐 牢'],
    ['symbols inside', '起*诉以后准备吃牢*饭', '牢*饭'],
    ['emoji inside (surrogate pairs before and within)', '😡😡再不还就坐🙂牢', '坐🙂牢'],
    ['full-width Latin', '你这个ＳＢ', 'ＳＢ'],
    ['traditional characters', '我們將上門催收', '上門催收'],
    ['pinyin for a character', '准备zuo牢吧', 'zuo牢'],
  ])('%s', (_name, text, phrase) => {
    const hits = read(text).messages.flatMap((m) => m.behaviours.flatMap((b) => b.hits));
    expect(hits.map((h) => text.slice(h.start, h.end))).toContain(phrase);
    for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.text);
  });

  test('pinyin alone is not a phrase (a web address)', () => {
    expect(read('详见 https://zuolao.example.cn/fayuan').messages[0]?.behaviours).toEqual([]);
  });
});

describe('several messages pasted at once', () => {
  const paste = [
    '13912345678 2026-11-20 22:47',
    '你今天不还，明天就上门。',
    '',
    '10690000123',
    '昨天 下午 3:05',
    '【招商银行】您尾号1234的信用卡本期应还1,000.00元。',
  ].join('\n');
  const { messages } = read(paste);

  test('split at each header, each with its sender and time', () => {
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatchObject({ date: '2026-11-20', time: '22:47', sender: { value: '13912345678' } });
    expect(messages[1]).toMatchObject({ date: '2026-12-06', time: '15:05', sender: { value: '10690000123' } });
  });

  test('each message is its original slice, header included', () => {
    expect(messages[0]?.text).toBe('13912345678 2026-11-20 22:47\n你今天不还，明天就上门。');
    expect(messages[1]?.text.endsWith('1,000.00元。')).toBe(true);
    expect(messages.map((m) => paste.slice(m.start, m.end))).toEqual(messages.map((m) => m.text));
  });

  test('behaviours stay with their own message', () => {
    expect(messages[0]?.behaviours.map((b) => b.behaviour)).toEqual(['home-visit-threat']);
    expect(messages[1]?.behaviours).toEqual([]);
  });

  test('a date without a year after today is last year', () => {
    expect(read('12月25日 09:10\n请还款').messages[0]?.date).toBe('2025-12-25');
  });

  test('a sentence with a number is not a header', () => {
    const [m] = read('请于今天18:00前致电13912345678处理').messages;
    expect(m).toMatchObject({ sender: null, time: null });
  });
});

describe('the debt it is about', () => {
  test('name and last 4 digits pick one debt', () => {
    expect(read('【招商银行】您尾号1234的信用卡已逾期').messages[0]?.proposedDebtId).toBe('cmb');
  });

  test('a name two debts share proposes none', () => {
    const [m] = read('招行信用卡中心：您的欠款已逾期').messages;
    expect(m?.debtMatches.map((d) => d.debtId).sort()).toEqual(['cmb', 'cmb2']);
    expect(m?.proposedDebtId).toBeNull();
  });

  test('an alias matches (蚂蚁花呗 → 花呗)', () => {
    expect(read('你的蚂蚁花呗已经逾期三个月').messages[0]?.proposedDebtId).toBe('hb');
  });

  test('nothing named proposes nothing, even with one debt', () => {
    const [m] = read('你再不还钱就等着坐牢', [debts[2]]).messages;
    expect(m?.proposedDebtId).toBeNull();
    expect(m?.debtMatches).toEqual([]);
  });

  test('a regulator is not the bank of the same name', () => {
    expect(read('中国银行业协会提示：正规催收不会冒充公检法').messages[0]?.named).toEqual([]);
  });

  test('the agency named', () => {
    const [m] = read('我是受委托的上海某某资产管理有限公司催收专员').messages;
    expect(m?.named).toEqual([expect.objectContaining({ kind: 'agency', name: '上海某某资产管理有限公司' })]);
  });
});

describe('who it was sent to', () => {
  test('to the debtor by default', () => {
    expect(read('你的欠款已逾期').messages[0]?.addressee).toEqual({ to: 'debtor', party: null, span: null });
  });

  test('to an emergency contact, which discloses the debt', () => {
    const text = '你好，你是张三的紧急联系人，他的借款已逾期。';
    const [m] = read(text).messages;
    expect(m?.addressee).toMatchObject({ to: 'third-party', party: 'emergency-contact' });
    const disclosed = m?.behaviours.find((b) => b.behaviour === 'disclosed-debt');
    expect(disclosed?.hits.map((h) => h.text)).toEqual(['你是张三的紧急联系人']);
    expect(disclosed?.ticks).toEqual(['told-someone-else']);
  });

  test('to a third party without a word about a debt discloses nothing', () => {
    const [m] = read('请转告他回个电话').messages;
    expect(m?.addressee.to).toBe('third-party');
    expect(m?.behaviours).toEqual([]);
  });
});

describe("a court's own notice", () => {
  test('legal terms are not read as a collector’s, and the notice is marked', () => {
    const [m] = read(
      '【北京市朝阳区人民法院】张三：（2026）京0105民初12345号案件已立案，传票请登录人民法院在线服务查看，或拨打12368核实。',
    ).messages;
    expect(m?.courtNotice).toBe(true);
    expect(m?.behaviours).toEqual([]);
  });

  test('a collector naming a court without a case number is still read', () => {
    const [m] = read('法院传票明天就到，已经立案了').messages;
    expect(m?.courtNotice).toBe(false);
    expect(m?.behaviours.map((b) => b.behaviour)).toEqual(['threat', 'fake-legal-document']);
  });

  test('a forged notice asking for a personal account still shows that', () => {
    const [m] = read('【某某人民法院】（2026）京0105民初1号已立案，请立即转账到经理个人账户，详询12368').messages;
    expect(m?.behaviours.map((b) => b.behaviour)).toEqual(['personal-account']);
  });
});

describe('ticks each behaviour suggests', () => {
  test.each([
    ['律师函已经发出', 'lawyer-letter'],
    ['法院传票已经发出', 'court-document'],
    ['爆你通讯录', 'threatened'],
    ['你这个老赖', 'insulted'],
    ['转到我的支付宝', 'personal-account'],
  ])('%s → %s', (text, tick) => {
    expect(read(text).messages[0]?.behaviours.flatMap((b) => b.ticks)).toContain(tick);
  });
});

describe('checkPaste', () => {
  test.each([
    ['', 'empty'],
    ['  \n\t ', 'empty'],
    ['催'.repeat(MAX_PASTE_CHARS + 1), 'too-long'],
    ['催'.repeat(100_000), 'too-long'],
    ['PK\u0003\u0004\u0000\u0000\u0014\u0000', 'binary'],
    ['\uFFFD\uFFFD\uFFFD乱码\uFFFD', 'binary'],
    ['<div class="msg">你再不还就上门</div>', 'html'],
    ['<!DOCTYPE html><html><body>x</body></html>', 'html'],
  ])('%# → %s', (text, issue) => {
    expect(checkPaste(text)).toBe(issue);
  });

  test.each(['你再不还就上门', '欠款1,000元<请尽快处理>', '催'.repeat(MAX_PASTE_CHARS), 'a\tb\r\nc'])(
    'accepts %#',
    (text) => {
      expect(checkPaste(text)).toBeNull();
    },
  );
});
