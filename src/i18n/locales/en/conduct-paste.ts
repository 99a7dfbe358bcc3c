import type { conductPasteZh } from '../zh-CN/conduct-paste';

/** Paste a collector's message: read it, confirm the ticks, save it to the log. */
export const conductPasteEn: Record<keyof typeof conductPasteZh, string> = {
  'conduct.paste.open': 'Paste an SMS or WeChat message',
  'conduct.paste.title': 'Paste an SMS or WeChat message',
  'conduct.paste.intro':
    'Paste a collector’s SMS or WeChat message below; several at once is fine. Shore reads the threats, impersonation and disclosures in it on your phone, and you confirm before it is saved to the log. Nothing is sent anywhere.',
  'conduct.paste.label': 'The message you received',
  'conduct.paste.hint': 'Press and hold the box, then choose “Paste”. Copying the number and time with it helps.',
  'conduct.paste.fromShare': 'Brought in from Share. Please check it.',
  'conduct.paste.issue.empty': 'Nothing here yet: paste the SMS or WeChat message you received.',
  'conduct.paste.issue.too-long':
    'Too long (at most {max, plural, one {# character} other {# characters}}): paste only the collector’s messages.',
  'conduct.paste.issue.binary':
    'This does not look like text (perhaps a picture or a file): copy the message’s text and paste again.',
  'conduct.paste.issue.html':
    'This looks like web-page code, not the message itself: copy the message’s text in the SMS or WeChat app.',
  'conduct.paste.issue.message-too-long':
    'Message {n} is longer than {max, plural, one {# character} other {# characters}} and cannot be kept as the exact words: paste it in parts.',
  'conduct.paste.messages': '{count, plural, one {# message} other {# messages}} read',
  'conduct.paste.message': 'Message {n}',
  'conduct.paste.meta.sender': 'Number: {value}',
  'conduct.paste.meta.when': 'Time: {date} {time}',
  'conduct.paste.meta.noWhen': 'No time seen: it is logged as now, and you can change it after saving.',
  'conduct.paste.meta.thirdParty': 'This one was sent to someone else ({party}).',
  'conduct.paste.courtNotice':
    'This looks like a court’s own notice (court name and case number). Check whether it is real on 12368 or 人民法院在线服务.',
  'conduct.paste.warningNotice':
    'This looks like an anti-fraud notice from a bank or regulator: it quotes collectors’ words to warn you, so nothing in it counts as collection conduct.',
  'conduct.paste.suggestions': 'What it shows (tap to remove)',
  'conduct.paste.noSuggestions':
    'Nothing was found in this one. If something is wrong, tick it in the entry after saving.',
  'conduct.paste.phrase': 'Words: {phrase}',
  'conduct.paste.behaviour.threat': 'Threats',
  'conduct.paste.behaviour.claimed-authority':
    'Claims to be, or invokes, police, a court, a lawyer or a legal department',
  'conduct.paste.behaviour.fake-legal-document': 'Sends a “summons”, “lawyer’s letter” or similar',
  'conduct.paste.behaviour.exaggerated': 'Exaggerated consequences',
  'conduct.paste.behaviour.disclosed-debt': 'Told someone else about the debt',
  'conduct.paste.behaviour.third-party-threat': 'Threatens to tell family, colleagues or contacts',
  'conduct.paste.behaviour.home-visit-threat': 'Threatens a visit',
  'conduct.paste.behaviour.insult': 'Insults',
  'conduct.paste.behaviour.pushed-borrowing': 'Pushes you to borrow to pay',
  'conduct.paste.behaviour.personal-account': 'Asks for payment to a personal account',
  'conduct.paste.channel': 'Where it came',
  'conduct.paste.debt': 'Which debt it is about',
  'conduct.paste.debt.proposed': 'The message points to this one. Please confirm.',
  'conduct.paste.debt.notProposed': 'The message does not say which debt. Please choose.',
  'conduct.paste.debt.required': 'Choose which debt these messages are about (or “Not linked to a debt”).',
  'conduct.paste.save': 'Save {count, plural, one {# entry} other {# entries}}',
  'conduct.paste.saved': '{count, plural, one {# entry} other {# entries}} saved',
};
