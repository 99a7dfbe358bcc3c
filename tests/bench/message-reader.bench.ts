/**
 * The message reader on a 2,000-character paste: ten collection messages with headers, dodges
 * (spaces, symbols, pinyin, traditional characters, emoji) and lawful reminders between them,
 * read against five debts. The target is well under 20 ms per read; timings are printed, never
 * asserted.
 */
import { describe, test } from 'vitest';
import { readCollectionMessage } from '../../src/domain/conduct/message-reader/read-message';
import type { IsoDate } from '../../src/domain/types';

const MESSAGES = [
  '13912345678 2026-11-20 22:47\n你今天不还，明天我就去你公司找你领导聊聊，再不还就爆 通 讯 录，等着坐 牢吧😡',
  '10690000123 昨天 下午 3:05\n【招商银行】尊敬的客户，您尾号1234的信用卡本期应还款1,234.56元，到期还款日12月15日。我行不会要求您转账至个人账户，客服95555。',
  '【分期金融】刘某某，还贷呗欠款沟通后仍拒还，资料已核实完毕，现将出发到平台预留地址，全额收缴并联合当地村(居)委陪同全款清收，拒收请回复R。',
  '我們已安排外訪人員明天到你單位，順便讓你同事都知道你欠錢不還，fa院传 票已经寄出。',
  '你是张三的紧急联系人，他在我平台的借款已经逾期，麻烦转告他尽快还款，否则影响子女升学。',
  '逾期罚息翻倍！纳入失信名单！今天不处理将被起诉，请立即向指定私人账户转账。',
];

function paste(length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${MESSAGES[i % MESSAGES.length] ?? ''}\n\n`;
  return text.slice(0, length);
}

const text = paste(2_000);
const context = {
  today: '2026-12-07' as IsoDate,
  debts: [
    { id: 'a', lender: '招商银行', nickname: '', last4: '1234' },
    { id: 'b', lender: '还呗', nickname: '', last4: '' },
    { id: 'c', lender: '中信银行', nickname: '', last4: '5566' },
    { id: 'd', lender: '花呗', nickname: '', last4: '' },
    { id: 'e', lender: '平安银行', nickname: '车贷', last4: '7788' },
  ],
};
// Compiling the lexicon happens once per lexicon; the first read pays it.
readCollectionMessage(text, context);

describe('readCollectionMessage', () => {
  test('a 2,000-character paste', async ({ bench }) => {
    await bench('2,000 characters', () => {
      readCollectionMessage(text, context);
    }).run();
  });
});
