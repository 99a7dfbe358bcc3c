import { describe, expect, it } from 'vitest';
import { localTime } from '../../../src/domain/conduct/contact';
import {
  contactToForm,
  emptyContactForm,
  validateContactForm,
  type ContactFormInput,
} from '../../../src/domain/conduct/validate-contact';
import { isoDate } from '../../../src/domain/dates';

const today = isoDate('2026-03-03');
const form = (over: Partial<ContactFormInput> = {}): ContactFormInput => ({
  ...emptyContactForm({ date: today, time: localTime('14:05') }, 'd1'),
  channel: 'call-answered',
  ...over,
});

describe('validateContactForm', () => {
  it('accepts the quickest log: defaults plus a channel', () => {
    const r = validateContactForm(form(), today);
    expect(r).toEqual({
      ok: true,
      value: {
        date: '2026-03-03',
        time: '14:05',
        debtId: 'd1',
        agency: '',
        collectorName: '',
        channel: 'call-answered',
        fromNumber: '',
        toNumber: '',
        attempts: 1,
        party: 'debtor',
        partyName: '',
        flags: [],
        quote: '',
        notes: '',
      },
    });
  });

  it('starts with no channel chosen, so a contact is never saved as the wrong kind', () => {
    const r = validateContactForm(form({ channel: '' }), today);
    expect(r).toEqual({ ok: false, issues: { channel: 'required' } });
  });

  it.each<[string, Partial<ContactFormInput>, Record<string, string>]>([
    ['empty date', { date: '' }, { date: 'required' }],
    ['impossible date', { date: '2026-02-30' }, { date: 'invalid-date' }],
    ['date after today', { date: '2026-03-04' }, { date: 'future-date' }],
    ['empty time', { time: '' }, { time: 'required' }],
    ['time 24:00', { time: '24:00' }, { time: 'invalid-time' }],
    ['time without leading zero', { time: '7:30' }, { time: 'invalid-time' }],
    ['no party', { party: '' }, { party: 'required' }],
    ['unknown channel', { channel: 'fax' as never }, { channel: 'invalid-choice' }],
    ['unknown flag', { flags: ['rude' as never] }, { flags: 'invalid-choice' }],
    ['0 missed calls', { channel: 'call-unanswered', attempts: '0' }, { attempts: 'attempts-range' }],
    ['100 missed calls', { channel: 'call-unanswered', attempts: '100' }, { attempts: 'attempts-range' }],
    ['2.5 missed calls', { channel: 'call-unanswered', attempts: '2.5' }, { attempts: 'attempts-range' }],
    ['quote over 2,000 characters', { quote: '话'.repeat(2001) }, { quote: 'too-long' }],
    ['number over 100 characters', { fromNumber: '1'.repeat(101) }, { fromNumber: 'too-long' }],
  ])('rejects %s', (_name, over, issues) => {
    expect(validateContactForm(form(over), today)).toEqual({ ok: false, issues });
  });

  it('reads missed-call counts (full-width digits too) only for unanswered calls', () => {
    const missed = validateContactForm(form({ channel: 'call-unanswered', attempts: '１２' }), today);
    expect(missed.ok && missed.value.attempts).toBe(12);
    const answered = validateContactForm(form({ channel: 'call-answered', attempts: '12' }), today);
    expect(answered.ok && answered.value.attempts).toBe(1);
    const blank = validateContactForm(form({ channel: 'call-unanswered', attempts: '' }), today);
    expect(blank.ok && blank.value.attempts).toBe(1);
  });

  it('trims text, drops duplicate ticks, and forgets a third party name when the debtor was contacted', () => {
    const r = validateContactForm(
      form({ quote: '  不还就上门  ', flags: ['threatened', 'threatened'], partyName: '妈妈', party: 'debtor' }),
      today,
    );
    expect(r.ok && [r.value.quote, r.value.flags, r.value.partyName]).toEqual(['不还就上门', ['threatened'], '']);
    const third = validateContactForm(form({ party: 'family', partyName: ' 妈妈 ' }), today);
    expect(third.ok && third.value.partyName).toBe('妈妈');
  });

  it('round-trips a saved entry through the form', () => {
    const r = validateContactForm(
      form({ channel: 'call-unanswered', attempts: '7', flags: ['no-identification'] }),
      today,
    );
    if (!r.ok) throw new Error('expected valid');
    expect(validateContactForm(contactToForm(r.value), today)).toEqual(r);
  });
});
