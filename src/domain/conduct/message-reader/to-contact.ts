/**
 * A read message as a contact-log form, ready for the existing validation and rule check:
 * the ticks of the behaviours the person kept, the message verbatim as the quote (it is the
 * evidence), the sender as the number it came from, the time printed with it (else now), the
 * agency it names and who it was sent to. The debt is the one the person picked or confirmed.
 */
import type { ContactChannel, ContactFlag, LocalTime } from '../contact';
import type { ContactFormInput } from '../validate-contact';
import type { IsoDate } from '../../types';
import type { MessageBehaviour } from './lexicon-types';
import type { ReadMessage } from './read-message';

export interface MessageToContactChoices {
  /** The behaviours the person kept. */
  kept: readonly MessageBehaviour[];
  debtId: string;
  channel: Extract<ContactChannel, 'sms' | 'app-message'>;
  /** Used when the paste does not say when the message came. */
  now: { date: IsoDate; time: LocalTime };
}

export function messageToContactForm(message: ReadMessage, choices: MessageToContactChoices): ContactFormInput {
  const flags: ContactFlag[] = [];
  for (const b of message.behaviours)
    if (choices.kept.includes(b.behaviour)) for (const t of b.ticks) if (!flags.includes(t)) flags.push(t);
  const thirdParty = message.addressee.to === 'third-party';
  return {
    date: message.date ?? choices.now.date,
    time: message.time ?? choices.now.time,
    debtId: choices.debtId,
    agency: message.named.find((n) => n.kind === 'agency')?.name ?? '',
    collectorName: '',
    channel: choices.channel,
    fromNumber: message.sender?.value ?? '',
    toNumber: '',
    attempts: '1',
    party: thirdParty ? (message.addressee.party ?? 'other') : 'debtor',
    partyName: '',
    flags,
    quote: message.text,
    notes: '',
  };
}
