import { describe, expect, test } from 'vitest';
import { checkCollectorConduct } from '../../../../src/domain/conduct/check-collector-conduct';
import { DEFAULT_CONDUCT_CONTEXT, localTime } from '../../../../src/domain/conduct/contact';
import { readCollectionMessage } from '../../../../src/domain/conduct/message-reader/read-message';
import { messageToContactForm } from '../../../../src/domain/conduct/message-reader/to-contact';
import { validateContactForm } from '../../../../src/domain/conduct/validate-contact';
import type { IsoDate } from '../../../../src/domain/types';

const today = '2026-12-07' as IsoDate;
const now = { date: today, time: localTime('09:30') };
const read = (text: string) => readCollectionMessage(text, { today, debts: [] }).messages;

describe('messageToContactForm', () => {
  const text = '13912345678 2026-12-01 22:47\n你再不还，就爆你通讯录，等着坐牢吧，转到我的支付宝就不追究。';
  const [message] = read(text);

  test('kept behaviours become their ticks; removed ones do not', () => {
    if (!message) throw new Error('no message');
    expect(message.behaviours.map((b) => b.behaviour)).toEqual(['threat', 'third-party-threat', 'personal-account']);
    const form = messageToContactForm(message, {
      kept: ['threat', 'third-party-threat'],
      debtId: 'd1',
      channel: 'sms',
      now,
    });
    expect(form.flags).toEqual(['threatened']);
    expect(form).toMatchObject({
      date: '2026-12-01',
      time: '22:47',
      fromNumber: '13912345678',
      party: 'debtor',
      debtId: 'd1',
    });
  });

  test('the message is the quote, verbatim, and the saved entry gets its findings', () => {
    if (!message) throw new Error('no message');
    const form = messageToContactForm(message, {
      kept: ['threat', 'personal-account'],
      debtId: 'd1',
      channel: 'sms',
      now,
    });
    const valid = validateContactForm(form, today);
    if (!valid.ok) throw new Error(JSON.stringify(valid.issues));
    expect(valid.value.quote).toBe(text);
    // An online lender's debt: the personal-account rule is the internet-finance convention's.
    const contexts = [{ ...DEFAULT_CONDUCT_CONTEXT, debtId: 'd1', creditorType: 'online-lender' as const }];
    const rules = checkCollectorConduct([{ ...valid.value, id: 'e1' }], contexts).map((f) => f.ruleId);
    // 22:47 is night too: the counting rule finds it from the time the paste carried.
    expect(rules).toEqual(expect.arrayContaining(['threat', 'personal-account-demand', 'night-contact']));
  });

  test('no time in the paste: now; sent to an emergency contact: that party and told-someone-else', () => {
    const [m] = read('你是张三的紧急联系人，他在我司的借款已逾期，请转告他。上海某某资产管理有限公司');
    if (!m) throw new Error('no message');
    const form = messageToContactForm(m, { kept: ['disclosed-debt'], debtId: '', channel: 'app-message', now });
    expect(form).toMatchObject({
      date: today,
      time: '09:30',
      party: 'emergency-contact',
      flags: ['told-someone-else'],
      channel: 'app-message',
      agency: '上海某某资产管理有限公司',
    });
    const valid = validateContactForm(form, today);
    expect(valid.ok && checkCollectorConduct([{ ...valid.value, id: 'e1' }]).map((f) => f.ruleId)).toContain(
      'third-party-disclosure',
    );
  });
});
