import type { conductZh } from '../zh-CN/conduct';

export const conductEn: Record<keyof typeof conductZh, string> = {
  'conduct.title': 'Collection log',
  'conduct.intro':
    'After each collection contact, take a few seconds to note it: when, how, what was said. Shore checks it against the rules and helps you put a complaint together.',
  'conduct.add': 'Log a contact',
  'conduct.empty': 'Nothing logged yet. After a collection call, message or visit, tap "Log a contact".',
  'conduct.list.title': 'All entries ({count})',
  'conduct.list.more': 'Show more',
  'conduct.list.findingsBadge': '{count, plural, one {# issue} other {# issues}}',
  'conduct.list.attempts': '{count, plural, one {# time} other {# times}}',
  'conduct.list.partyName': ' ({name})',
  'conduct.links.rights': 'My rights',
  'conduct.links.context': 'Background',
  'conduct.links.packet': 'Prepare a complaint',
  'conduct.debt.none': 'No debt linked',
  'conduct.debt.last4': 'ending {last4}',

  'conduct.findings.title': 'Rule check',
  'conduct.findings.none': 'Nothing in your log so far goes against the rules.',
  'conduct.findings.count': '{count, plural, one {# possible issue} other {# possible issues}} found',
  'conduct.findings.entries': '{count, plural, one {# entry} other {# entries}}, latest on {date}',
  'conduct.findings.forEntry': 'Possible issues with this contact',
  'conduct.findings.forEntryNone': 'Under the current rules, nothing was found for this contact.',
  'conduct.findings.basis': 'Basis',
  'conduct.findings.advisory':
    'The text says "should not" (不宜): an advisory benchmark, not a prohibition. You can complain about it, but cannot call it illegal.',
  'conduct.findings.mayApply':
    'This guideline says banks\' credit-card business "may apply" it; it is not binding on them.',
  'conduct.findings.disclaimer':
    'This is an automatic comparison with your log. It shows which rules the conduct may not meet; the bank, the regulator or the police decide.',
  'conduct.findings.showBases': 'Show the basis',

  'conduct.force.law': 'Law',
  'conduct.force.judicial-interpretation': 'Judicial interpretation',
  'conduct.force.administrative-regulation': 'Administrative regulation',
  'conduct.force.regulation': 'Regulation',
  'conduct.force.national-standard': 'Recommended national standard',
  'conduct.force.industry-self-regulation': 'Industry self-regulation',
  'conduct.force.judicial-policy': 'Judicial policy',
  'conduct.force.practice': 'Industry practice',

  'conduct.source.from': 'in force from {date}',
  'conduct.source.published': 'published {date} (date in force not verified)',
  'conduct.source.range': 'in force {from} to {to}',
  'conduct.source.confidence.A': 'checked against the official text',
  'conduct.source.confidence.B': 'from published reports and reprints; official full text not seen',
  'conduct.source.confidence.C': 'common practice, unverified',
  'conduct.rights.readCaseNumber': 'Type a case number and see what its format says',
  'conduct.rights.practice.A': 'common practice, from a reliable official source',
  'conduct.rights.practice.B': 'common practice, confirmed by several sources',
  'conduct.rights.practice.C': 'common practice, unverified',
  'conduct.source.pending': 'source provided by another module, not shown yet',
  'conduct.appliesTo.bank': 'applies to banks',
  'conduct.appliesTo.online-lender': 'applies to online lenders',
  'conduct.appliesTo.consumer-finance': 'applies to consumer-finance companies',
  'conduct.appliesTo.both': 'applies to every creditor',

  'conduct.rule.night-contact': 'Collection between 22:00 and 08:00',
  'conduct.rule.unanswered-attempts-per-day': 'More than 6 unanswered calls to one number in a day',
  'conduct.rule.connected-calls-per-day': 'More than 3 connected collection calls in a day',
  'conduct.rule.third-party-collection': 'Asking people unrelated to the debt to pay',
  'conduct.rule.third-party-disclosure': 'Telling someone else about your debt',
  'conduct.rule.third-party-contact-while-reachable': 'Contacting people around you although you can be reached',
  'conduct.rule.contact-after-refusal': 'Contacting someone again after they said stop',
  'conduct.rule.threat': 'Threats, intimidation',
  'conduct.rule.insult': 'Abuse, insults',
  'conduct.rule.violence': 'Violence or restraint',
  'conduct.rule.harassment': 'Following, pestering, harassment',
  'conduct.rule.impersonating-authority': 'Posing as police, court or government',
  'conduct.rule.fake-legal-document': "Documents in a state organ's name, or false documents",
  'conduct.rule.public-notice': 'Making your debt public',
  'conduct.rule.no-identification': 'Not saying who they are or whom they work for',
  'conduct.rule.outsourcing-not-notified': 'Outside agency used without telling you first',
  'conduct.rule.personal-account-demand': 'Demanding payment to a personal account',
  'conduct.rule.extra-fees': 'Extra fees in the name of collection',
  'conduct.rule.induce-new-borrowing': 'Pushing you to borrow to repay',
  'conduct.rule.home-visit-rules': 'Visit by fewer than two people or without ID',
  'conduct.rule.home-intrusion': 'Entering your home or office area without consent',
  'conduct.rule.private-phone-or-social-app': 'Agency using a personal phone or WeChat',
  'conduct.rule.collection-during-agreement': 'Collection while a repayment agreement is kept',
  'conduct.rule.exaggerated-consequences': 'Made-up or exaggerated facts and consequences',

  'conduct.basis.night-contact.cba-2026':
    'Banking association guideline: without your consent, no phone, visit or other collection 22:00–08:00.',
  'conduct.basis.night-contact.gbt-2025':
    'National standard (recommended): absent an agreement, no collection 22:00–08:00.',
  'conduct.basis.night-contact.nifa-2024': 'NIFA guideline: absent an agreement, no collection 22:00–08:00.',
  'conduct.basis.night-contact.nifa-2024-banks':
    'NIFA guideline: no collection 22:00–08:00; banks\' credit-card business "may apply" this guideline.',
  'conduct.basis.unanswered-attempts-per-day.cba-2026':
    'Banking association guideline: when calls go unanswered, attempts to the same number "should not exceed 6" a day (advisory).',
  'conduct.basis.connected-calls-per-day.gbt-2025':
    'National standard (recommended): at most 3 actively initiated effective calls a day with one debtor, AI voice included.',
  'conduct.basis.third-party-collection.card-measures-2011':
    'Credit-card measures Art.68: banks collect from the debtor and the guarantor, not from third parties unrelated to the debt.',
  'conduct.basis.third-party-collection.cba-2026':
    'Banking association guideline: collecting from unrelated third parties is strictly prohibited in principle.',
  'conduct.basis.third-party-collection.gbt-2025':
    'National standard (recommended): collect only from the debtor, not from contact persons.',
  'conduct.basis.third-party-collection.nifa-2018':
    'NIFA convention: if the debtor cannot be reached, only the pre-agreed contact person, and only to restore contact.',
  'conduct.basis.third-party-disclosure.civil-code':
    "Civil Code: personal information is protected by law and may not be unlawfully provided to others without consent; no disclosing others' privacy.",
  'conduct.basis.third-party-disclosure.pipl':
    'Personal Information Protection Law: no unlawful provision or disclosure of personal information.',
  'conduct.basis.third-party-disclosure.psl-2025':
    'Public Security Administration Punishments Law (2025): providing personal information to others against state rules can mean detention.',
  'conduct.basis.third-party-disclosure.cba-2026':
    'Banking association guideline: when contacting third parties, never reveal details of the debt.',
  'conduct.basis.third-party-disclosure.gbt-2025':
    "National standard (recommended): never reveal the debtor's debt to contact persons.",
  'conduct.basis.third-party-disclosure.nifa-2018':
    'NIFA convention: do not disclose debt or overdue information to anyone but the debtor.',
  'conduct.basis.third-party-contact-while-reachable.cba-2026':
    'Banking association guideline: third parties only when you are out of contact (invalid number, the day after failed calls, three days unreachable), and only to find you or pass on a message.',
  'conduct.basis.third-party-contact-while-reachable.gbt-2025':
    'National standard (recommended): contact persons only when the debtor cannot be reached, or in similar cases.',
  'conduct.basis.third-party-contact-while-reachable.nifa-2018':
    'NIFA convention: the pre-agreed contact person only when the debtor cannot be reached, to restore contact.',
  'conduct.basis.contact-after-refusal.civil-code':
    "Civil Code Art.1033: without clear consent, no one may disturb another's private life by phone, SMS and the like.",
  'conduct.basis.contact-after-refusal.cba-2026':
    'Banking association guideline: if a third party clearly asks not to be contacted, contact must stop.',
  'conduct.basis.contact-after-refusal.gbt-2025':
    'National standard (recommended): once a contact person refuses or asks not to be contacted, do not contact them again.',
  'conduct.basis.threat.psl':
    "Public Security Administration Punishments Law: threatening someone's personal safety can mean detention or a fine.",
  'conduct.basis.threat.card-measures-2011':
    'Credit-card measures Art.68: no violence, coercion, intimidation or abuse in collection.',
  'conduct.basis.threat.cba-2026': 'Banking association guideline: intimidation and threats are prohibited.',
  'conduct.basis.threat.nifa-2018': 'NIFA convention: civil language; no intimidation or threats.',
  'conduct.basis.insult.psl':
    'Public Security Administration Punishments Law: publicly insulting someone can mean detention or a fine.',
  'conduct.basis.insult.card-measures-2011': 'Credit-card measures Art.68: no abuse.',
  'conduct.basis.insult.cba-2026': 'Banking association guideline: abuse is prohibited.',
  'conduct.basis.insult.nifa-2018': 'NIFA convention: civil language; no abuse.',
  'conduct.basis.violence.psl':
    "Public Security Administration Punishments Law: unlawfully restricting someone's freedom means detention and a fine.",
  'conduct.basis.violence.psl-assault':
    'Public Security Administration Punishments Law: beating or deliberately injuring someone is punishable by detention and a fine.',
  'conduct.basis.violence.criminal-law':
    'Criminal Law Art.238: detaining someone to collect a debt is punished as unlawful detention.',
  'conduct.basis.violence.card-measures-2011': 'Credit-card measures Art.68: no violence.',
  'conduct.basis.violence.cba-2026': 'Banking association guideline: violence is prohibited.',
  'conduct.basis.harassment.psl-2012':
    'Public Security Administration Punishments Law (2012): repeatedly sending insulting or threatening messages that disturb normal life can mean detention or a fine.',
  'conduct.basis.harassment.psl-2025':
    'Public Security Administration Punishments Law (2025): repeated insulting or threatening messages, pestering, following: detention or a fine, and the police may order no contact.',
  'conduct.basis.harassment.civil-code':
    "Civil Code Art.1033: no disturbing someone's private life by phone, SMS or messaging apps.",
  'conduct.basis.harassment.nifa-2018': 'NIFA convention: no harassing with frequent calls.',
  'conduct.basis.impersonating-authority.psl':
    'Public Security Administration Punishments Law: posing as a state official or under another false identity to deceive can mean detention.',
  'conduct.basis.impersonating-authority.criminal-law':
    'Criminal Law Art.279: posing as a state official to deceive; posing as police is punished more heavily.',
  'conduct.basis.impersonating-authority.cba-2026':
    'Banking association guideline: collecting in the name of administrative or judicial organs is prohibited.',
  'conduct.basis.fake-legal-document.psl':
    'Public Security Administration Punishments Law: forging, or using forged, official documents, certificates or seals can mean detention.',
  'conduct.basis.fake-legal-document.criminal-law':
    "Criminal Law Art.280: forging state organs' documents or seals, or company seals, is a crime.",
  'conduct.basis.fake-legal-document.cba-2026':
    'Banking association guideline: collecting (letters included) in the name of judicial organs is prohibited.',
  'conduct.basis.public-notice.civil-code':
    "Civil Code: no disclosing others' privacy; personal information is protected by law.",
  'conduct.basis.public-notice.pipl':
    "Personal Information Protection Law: no disclosing others' personal information.",
  'conduct.basis.public-notice.psl':
    "Public Security Administration Punishments Law: spreading others' private matters can mean detention or a fine.",
  'conduct.basis.public-notice.cba-2026':
    "Banking association guideline: no spreading privacy; no collection notices or lawyer's letters posted in public places.",
  'conduct.basis.public-notice.gbt-2025': "National standard (recommended): never reveal the debtor's debt.",
  'conduct.basis.public-notice.nifa-2018':
    'NIFA convention: do not disclose debt information to anyone but the debtor.',
  'conduct.basis.no-identification.cba-2026': 'Banking association guideline: name the institution at first contact.',
  'conduct.basis.no-identification.nifa-2018': "NIFA convention: state the collection agency's name.",
  'conduct.basis.outsourcing-not-notified.consumer-finance-2024':
    'Consumer-finance measures Art.57: the borrower must be told, in a suitable way, about the collection agency the company works with.',
  'conduct.basis.third-party-collection.consumer-finance-2024':
    'Consumer-finance measures Art.56: no collection from third parties unrelated to the debt.',
  'conduct.basis.threat.consumer-finance-2024':
    'Consumer-finance measures Art.56: no threats or intimidation in collection.',
  'conduct.basis.violence.consumer-finance-2024': 'Consumer-finance measures Art.56: no violence in collection.',
  'conduct.basis.harassment.consumer-finance-2024': 'Consumer-finance measures Art.56: no harassment in collection.',
  'conduct.basis.outsourcing-not-notified.consumer-protection-2022':
    'Consumer-protection measures for banks and insurers Art.41: tell the debtor in an appropriate way before outsourcing collection.',
  'conduct.basis.personal-account-demand.nifa-2018': 'NIFA convention: repayment only through designated channels.',
  'conduct.basis.extra-fees.cba-2026': 'Banking association guideline: no extra fees in the name of collection.',
  'conduct.basis.extra-fees.nifa-2018': 'NIFA convention: no extra fees.',
  'conduct.basis.induce-new-borrowing.cba-2026':
    'Banking association guideline: no inducing or forcing the debtor to borrow more to repay.',
  'conduct.basis.exaggerated-consequences.cba-2026':
    'Banking association guideline: no misleading statements that invent or exaggerate facts, such as fake blacklists or inflated debts or legal consequences.',
  'conduct.basis.home-visit-rules.cba-2026':
    'Banking association guideline: field visits by at least two people, who show ID.',
  'conduct.basis.home-visit-rules.nifa-2018': 'NIFA convention: show credentials on field visits.',
  'conduct.basis.home-intrusion.psl':
    "Public Security Administration Punishments Law: unlawfully entering someone's home means detention and a fine.",
  'conduct.basis.home-intrusion.criminal-law':
    'Criminal Law Art.245, Civil Code Art.1033: no unlawful entry into a home.',
  'conduct.basis.home-intrusion.cba-2026':
    "Banking association guideline: without consent, no collection inside a home or other private place or the debtor's office area.",
  'conduct.basis.private-phone-or-social-app.cba-2026':
    'Banking association guideline: outside agencies may not contact the debtor by personal phone or social app without consent.',
  'conduct.basis.collection-during-agreement.card-measures-2011':
    'Credit-card measures Art.70: once an individual instalment agreement is signed, the bank and its agents stop collection, unless the holder breaks it.',

  'conduct.channel.call-answered': 'Answered call',
  'conduct.channel.call-unanswered': 'Missed call',
  'conduct.channel.sms': 'SMS',
  'conduct.channel.app-message': 'App/WeChat message',
  'conduct.channel.letter': 'Letter',
  'conduct.channel.home-visit': 'Visit at home',
  'conduct.channel.workplace-visit': 'Visit at work',
  'conduct.channel.other': 'Other',
  'conduct.party.debtor': 'Me',
  'conduct.party.guarantor': 'Guarantor',
  'conduct.party.spouse': 'Spouse',
  'conduct.party.family': 'Family',
  'conduct.party.employer-colleague': 'Employer or colleague',
  'conduct.party.friend': 'Friend',
  'conduct.party.emergency-contact': 'Emergency contact',
  'conduct.party.other': 'Someone else',
  'conduct.flag.threatened': 'Threats, intimidation',
  'conduct.flag.insulted': 'Abuse, insults',
  'conduct.flag.violence': 'Physical force, held or not let go',
  'conduct.flag.pestered': 'Following, pestering, blocking the door, or repeated harassing messages',
  'conduct.flag.claimed-authority': 'Claimed to be police, court or government',
  'conduct.flag.court-document': 'Sent a "court" or "police" document',
  'conduct.flag.lawyer-letter': 'Sent a "lawyer\'s letter"',
  'conduct.flag.document-not-genuine': 'Checked: the document is not genuine',
  'conduct.flag.told-someone-else': 'Told someone else about the debt',
  'conduct.flag.asked-to-pay': 'Asked this person to pay for me',
  'conduct.flag.asked-not-to-contact': 'This person clearly said not to contact them again',
  'conduct.flag.public-notice': 'Posted, mass-messaged or published my debt',
  'conduct.flag.personal-account': 'Demanded payment to a personal account',
  'conduct.flag.added-fees': 'Extra fees (e.g. a "visit fee")',
  'conduct.flag.pushed-borrowing': 'Pushed me to borrow to repay',
  'conduct.flag.exaggerated': 'Exaggerated the amount or consequences ("you\'ll be arrested")',
  'conduct.flag.visit-rules': 'Visit by fewer than two people or without ID',
  'conduct.flag.entered-without-consent': 'Came into my home or office area without consent',
  'conduct.flag.personal-phone': 'Used a personal phone or WeChat',
  'conduct.flag.no-identification': 'Did not say who they are or whom they work for',

  'conduct.form.newTitle': 'Log a collection contact',
  'conduct.form.editTitle': 'Edit entry',
  'conduct.form.date': 'Date',
  'conduct.form.time': 'Time',
  'conduct.form.channel': 'How they got in touch',
  'conduct.form.party': 'Who they contacted',
  'conduct.form.partyName': 'Who exactly (optional)',
  'conduct.form.partyNameHint': 'E.g. mum, colleague Wang. Tells different people apart.',
  'conduct.form.flags': 'What happened (tick any; leave empty if none)',
  'conduct.form.moreFlags': 'More',
  'conduct.form.fewerFlags': 'Less',
  'conduct.form.debt': 'Which debt',
  'conduct.form.debtHint': 'Which bank, card or loan they were chasing; the complaint papers file the entry under it.',
  'conduct.form.debtChoose': 'Choose…',
  'conduct.form.details': 'Numbers and caller (optional)',
  'conduct.form.fromNumber': 'Number it came from',
  'conduct.form.toNumber': 'Number it reached',
  'conduct.form.toNumberHint': 'Which of your numbers; for someone else, their number',
  'conduct.form.attempts': 'Number of missed calls',
  'conduct.form.attemptsHint': "As shown in your phone's call log",
  'conduct.form.collectorName': "Caller's name or staff number",
  'conduct.form.agency': 'Company they said they are from',
  'conduct.form.agencyHint': "The outside collection agency; leave empty for the bank's own staff",
  'conduct.form.quote': 'The key sentence, word for word',
  'conduct.form.notes': 'Other notes (optional)',
  'conduct.form.attachments': 'Photos, screenshots or recordings',
  'conduct.form.attachHint':
    "Files stay on this phone. When saved, each file's SHA-256 fingerprint is computed, which can later show it was not changed.",
  'conduct.form.addFiles': 'Add files',
  'conduct.form.removeFile': 'Remove {name}',
  'conduct.form.fileTooLarge':
    '“{name}” is larger than 100 MB, so none of the chosen files were added. Choose again without it.',
  'conduct.form.tooManyFiles': 'At most 20 files per entry.',
  'conduct.form.errorSummary':
    '{count, plural, one {# thing needs} other {# things need}} changing, marked in red below. Nothing has been saved yet.',
  'conduct.form.saved': 'Saved',
  'conduct.error.required': 'Please choose or fill this in',
  'conduct.error.debt-not-chosen':
    'Choose which debt this contact was about; if none of them, choose “No debt linked”.',
  'conduct.error.invalid-date': 'That date is not valid',
  'conduct.error.future-date': 'The date cannot be after today',
  'conduct.error.invalid-time': 'Use the 24-hour clock, e.g. 21:30',
  'conduct.error.too-long': 'That is too long',
  'conduct.error.invalid-choice': 'Please pick one of the options',
  'conduct.error.attempts-range': 'Enter a whole number from 1 to 99',

  'conduct.detail.title': 'Entry of {date} {time}',
  'conduct.detail.quote': 'Their words',
  'conduct.detail.flags': 'What happened',
  'conduct.detail.noFlags': 'Nothing ticked',
  'conduct.detail.attachments': 'Attachments',
  'conduct.detail.noAttachments': 'No attachments',
  'conduct.detail.addedAt': 'Added',
  'conduct.detail.size': '{size} KB',
  'conduct.detail.sha256': 'SHA-256: {hash}',
  'conduct.detail.open': 'Open',
  'conduct.detail.download': 'Download',
  'conduct.detail.shownAsText': 'For safety this file is shown as plain text, never opened as a web page.',
  'conduct.detail.textCut': 'The file is long: only its beginning is shown here; the whole file stays on this device.',
  'conduct.detail.deleteFile': 'Delete this file',
  'conduct.detail.confirmDelete': 'Delete this entry and all its attachments?',
  'conduct.detail.deleted': 'Entry deleted',

  'conduct.context.title': 'Background',
  'conduct.context.intro':
    'Some rules depend on your situation. Fill this in once per debt; every entry is checked against it. If unsure, choose "Not sure": Shore does not conclude on a guess.',
  'conduct.context.creditorType': 'Type of creditor',
  'conduct.context.creditorType.bank': 'Bank (credit card or consumer loan)',
  'conduct.context.creditorType.consumer-finance': 'Consumer-finance company',
  'conduct.context.creditorType.online-lender': 'Online lender (lending platform, online microlender)',
  'conduct.context.creditorType.unknown': 'Not sure',
  'conduct.context.creditorTypeHint':
    'The banking association guideline is self-regulation that binds its member banks; consumer-finance companies follow the 2024 consumer-finance measures; online lending follows NIFA rules and the recommended national standard. With "Not sure" only laws are checked.',
  'conduct.context.creditorTypeFromDebt':
    'Checked by the kind of debt in the ledger: {type}. To change it, edit the debt in the ledger.',
  'conduct.context.outsourcingNotice':
    'Did the creditor tell you in advance that it handed collection to an outside company?',
  'conduct.context.tri.yes': 'Yes',
  'conduct.context.tri.no': 'No',
  'conduct.context.tri.unknown': 'Not sure',
  'conduct.context.reachable': 'Can the collector reach you directly?',
  'conduct.context.reachable.yes': 'Yes, my phone always works',
  'conduct.context.reachable.no': 'No (e.g. I changed my number)',
  'conduct.context.reachableHint':
    'When you can be reached, they should not go to your family or colleagues. Calls you answered in the log also count; the day after three failed calls they may ask a third party to pass on a message.',
  'conduct.context.hasAgreement': 'I signed an individual instalment agreement with the bank',
  'conduct.context.agreementFrom': 'Agreement start date',
  'conduct.context.agreementTo': 'Agreement end date (leave empty while it runs)',
  'conduct.context.keptUp': 'I have paid as agreed',
  'conduct.context.nightConsent': 'I agreed to be contacted between 22:00 and 08:00',
  'conduct.context.spouse': 'The money was spent on the household (the spouse may count as related to the debt)',
  'conduct.context.saved': 'Background saved',
  'conduct.context.error': 'Check the agreement dates: the start date is required and the end cannot be before it.',

  'conduct.rights.title': 'My rights',
  'conduct.rights.intro':
    'What collectors may and may not do, each with its source and force. Laws bind everyone; regulations bind banks; recommended national standards and self-regulation are not law but are grounds for a complaint.',
  'conduct.rights.section.may-not': 'Collectors may not',
  'conduct.rights.section.may': 'Collectors may',
  'conduct.rights.section.verify': 'Received a document? Check it first',
  'conduct.rights.section.say': 'What you can say on the phone',
  'conduct.rights.section.dont': 'What not to do',
  'conduct.rights.section.myths': 'Common claims online that are wrong',
  'conduct.rights.advice': 'Advice, not a legal rule',
  'conduct.rights.item.no-threats.title': 'No threats, abuse or force',
  'conduct.rights.item.no-threats.body':
    'Threatening your safety, insulting you in public, holding you or not letting you leave are not allowed. In serious cases call the police (110).',
  'conduct.rights.item.no-harassment.title': 'No following, pestering or repeated harassment',
  'conduct.rights.item.no-harassment.body':
    'Repeated insulting or threatening messages, following you or blocking your door disturb your life; you can call the police. From 1 January 2026 the police can also order them not to contact you.',
  'conduct.rights.item.no-impersonation.title': 'No posing as police, courts or government; no false documents',
  'conduct.rights.item.no-impersonation.body':
    'Someone claiming to be "economic crime police" or "court enforcement", or a "notice" bearing a court or police seal, is a warning sign. Real court documents are served by the court.',
  'conduct.rights.item.no-telling-others.title': 'No telling others about your debt',
  'conduct.rights.item.no-telling-others.body':
    'Telling your family, colleagues or friends, messaging your contacts, or posting it on social media or in public has no lawful basis.',
  'conduct.rights.item.no-collecting-from-others.title': 'No asking unrelated people to pay',
  'conduct.rights.item.no-collecting-from-others.body':
    'People unrelated to the debt owe nothing. Only when you cannot be reached may they be contacted, only to pass on a message, without the debt; if they say "stop", it must stop.',
  'conduct.rights.item.night.title': 'No collection from 22:00 to 08:00',
  'conduct.rights.item.night.body':
    'Without your consent there should be no collection 22:00–08:00. This comes from self-regulation and a recommended national standard, not from a statute; a breach is grounds for a complaint.',
  'conduct.rights.item.frequency.title': 'No endless calling',
  'conduct.rights.item.frequency.body':
    'Banks: unanswered calls to one number "should not exceed 6" a day (advisory). Online lenders: at most 3 connected calls a day (recommended national standard).',
  'conduct.rights.item.no-extra-money.title': 'No extra fees, no personal accounts, no pushing you to borrow',
  'conduct.rights.item.no-extra-money.body':
    'Extra charges such as "visit fees" are not allowed, nor is pushing you to take online loans or borrow from others. Repay only through the bank\'s official channels.',
  'conduct.rights.item.no-exaggeration.title': 'No made-up or exaggerated consequences',
  'conduct.rights.item.no-exaggeration.body':
    '"We\'ll arrest you tomorrow" and "your family will be blacklisted" are misleading. "Your children can\'t go to school" is not the truth either: only a court consumption ban, after a judgment, bars your children from fee-charging private schools; being overdue does not. Being unable to pay is not a crime.',
  'conduct.rights.item.no-entering.title': 'Visits are allowed; coming in without consent is not',
  'conduct.rights.item.no-entering.body':
    'Without your consent they may not enter your home; bank collectors may not enter your office area without consent either.',
  'conduct.rights.item.identify.title': 'They should say who they are and whom they represent',
  'conduct.rights.item.identify.body':
    'Collectors should name their institution. Outside agencies may not use personal phone numbers or WeChat without your consent.',
  'conduct.rights.item.during-agreement.title': 'A signed instalment agreement stops collection',
  'conduct.rights.item.during-agreement.body':
    'Once signed, as long as you pay as agreed, the bank and its agents should stop collection.',
  'conduct.rights.item.may-collect-from-you.title': 'They may collect from you and your guarantor',
  'conduct.rights.item.may-collect-from-you.body':
    'Calls, messages and letters reminding you to pay are lawful in themselves.',
  'conduct.rights.item.may-visit.title': 'They may visit, within the rules',
  'conduct.rights.item.may-visit.body':
    'A visit is not illegal as such. The banking association requires at least two people, ID shown, and your consent to come in.',
  'conduct.rights.item.may-locate-you.title': 'If you cannot be reached, they may ask someone to pass on a message',
  'conduct.rights.item.may-locate-you.body':
    'When you are out of contact (invalid number, repeated failed calls), they may contact a third party, only to ask them to pass on a message or for your contact details.',
  'conduct.rights.item.may-outsource.title': 'Banks may use outside agencies but must tell you first',
  'conduct.rights.item.may-outsource.body':
    "Call the bank's official hotline to check the company is one the bank appointed.",
  'conduct.rights.item.may-outsource-consumer-finance.title':
    'A consumer-finance company may use a collection agency, but must tell you which',
  'conduct.rights.item.may-outsource-consumer-finance.body':
    'A consumer-finance company must tell you, in a suitable way, about the agency it works with, and it is responsible for managing it. Call the company’s official hotline to check that the caller really works for it.',
  'conduct.rights.item.may-send-letters.title': 'They may send collection letters',
  'conduct.rights.item.may-send-letters.body':
    "A bank's collection letter should state your name and balance, the reason and basis, your rights and duties, how to check and object, the bank's contact details, and bear its business seal.",
  'conduct.rights.item.verify-lawyer-letter.title': 'A "lawyer\'s letter"',
  'conduct.rights.item.verify-lawyer-letter.body':
    "A lawyer's letter is not a court document and compels nothing. Note the lawyer and firm named, and check with the local justice bureau or bar association that the lawyer is licensed.",
  'conduct.rights.item.verify-court-document.title': 'A "court summons" or "notice of suit"',
  'conduct.rights.item.verify-court-document.body':
    "Real court documents are served by the court. Look up the court's official number yourself, or call 12368 or use the People's Court online service to check the case number; do not call the number on the document.",
  'conduct.rights.item.payment-order-15-days.title': 'A real payment order: object in writing within 15 days',
  'conduct.rights.item.payment-order-15-days.body':
    'After receiving a court payment order, pay or file a written objection with the court within 15 days; with neither, the court can enforce it. The objection must dispute the debt itself (amount, charges, limitation, whether it is yours); saying only that you cannot pay, asking for time or another way to pay does not stop the order; an oral objection is void.',
  'conduct.rights.item.records-kept-5-years.title':
    'A consumer-finance company keeps its collection records for at least 5 years',
  'conduct.rights.item.records-kept-5-years.body':
    'A consumer-finance company must manage and record its collection, truthfully, completely and traceably, and keep the data for at least 5 years. In a complaint you can ask it to check its records of that day.',
  'conduct.rights.filter': 'Show for',
  'conduct.rights.filter.all': 'All',
  'conduct.rights.filter.bank': 'Bank card',
  'conduct.rights.filter.consumer-finance': 'Consumer-finance company',
  'conduct.rights.filter.online-lender': 'Online loan',
  'conduct.rights.filterHint':
    'Different rules bind different creditors: banks the card measures and the banking association guideline, consumer-finance companies the 2024 consumer-finance measures, online lenders the online-lending standards and self-regulation; laws bind everyone.',
  'conduct.rights.item.verify-agency.title': 'Not sure who is calling',
  'conduct.rights.item.verify-agency.body':
    'Hang up and call the official number on the back of your card to ask whether the caller works for the bank. The banking association asks member banks to publish their collection agencies.',
  'conduct.rights.item.say-who-are-you.title':
    '"Please tell me your name, staff number, your company, and which bank appointed you."',
  'conduct.rights.item.say-who-are-you.body': 'Write down the answer in this entry.',
  'conduct.rights.item.say-willing.title':
    '"I am in real difficulty and willing to agree a repayment plan; please contact me through official channels."',
  'conduct.rights.item.say-willing.body':
    'Show you want to repay, but do not promise more than you can pay on the spot. If the debt page says the limitation period of this debt may have run out, do not say you will repay; say only "I am in difficulty, please contact me in writing through official channels": agreeing to pay after the period has run means you can no longer refuse because it has passed.',
  'conduct.rights.item.say-leave-family.title':
    '"I can be reached. Please do not contact my family or colleagues; they have nothing to do with this debt."',
  'conduct.rights.item.say-leave-family.body':
    'If they contact them after that, log it: it is a key fact for a complaint.',
  'conduct.rights.item.say-in-writing.title': '"Please send me the plan and amounts in writing."',
  'conduct.rights.item.say-in-writing.body': 'Spoken promises are easy to dispute; a written plan can be checked.',
  'conduct.rights.item.dont-ignore-court.title': 'Do not ignore real court documents',
  'conduct.rights.item.dont-ignore-court.body':
    'Payment orders, copies of a claim and summonses have deadlines. Once you know they are real, respond in time or ask your local legal aid office (in many places 12348; check the number published where you live).',
  'conduct.rights.item.dont-pay-personal.title': 'Do not pay into personal accounts',
  'conduct.rights.item.dont-pay-personal.body':
    "Repay only through the bank's app, counter or official channels, and keep the receipt. Money sent to a personal account may not count as repayment.",
  'conduct.rights.item.dont-pay-agents.title': 'Do not pay "rights agents" or "interest freeze" brokers',
  'conduct.rights.item.dont-pay-agents.body':
    'Regulators have warned repeatedly: these agents charge high fees, collect IDs and bank cards, and coach people to make up complaints. You can negotiate and complain yourself, for free.',
  'conduct.rights.item.dont-exaggerate.title': 'Complain only about what really happened',
  'conduct.rights.item.dont-exaggerate.body':
    'Complainants must not give false information or invent or distort facts. An honest record is what holds up.',
  'conduct.rights.item.myth-21.claim': 'Wrong: "no collection after 9 pm"',
  'conduct.rights.item.myth-21.body':
    'No rule sets that hour. The current benchmark is 22:00 to 08:00, from self-regulation and a recommended national standard.',
  'conduct.rights.item.myth-visits.claim': 'Wrong: "home visits are always illegal"',
  'conduct.rights.item.myth-visits.body':
    'A visit is not illegal as such. What matters is how: how many people, ID, and whether you agreed to let them in.',
  'conduct.rights.item.myth-293-1.claim':
    'Wrong: "abusive bank collectors commit the crime of collecting illegal debts"',
  'conduct.rights.item.myth-293-1.body':
    'That crime covers illegal debts such as usury. A bank credit-card debt is not an illegal debt; abusive collection falls under the public-security punishments law and other offences.',
  'conduct.rights.item.myth-six-calls.claim': 'Wrong: "more than 6 calls a day is illegal"',
  'conduct.rights.item.myth-six-calls.body':
    'The banking association says unanswered attempts to one number "should not exceed 6" a day: an advisory industry benchmark, not law. You can complain, but cannot call it illegal.',

  'conduct.packet.title': 'Prepare a complaint',
  'conduct.packet.limitation.warning':
    'The limitation period of this debt may have run out. After it has, agreeing to pay or paying of your own accord means you can no longer refuse to pay because the period has passed (SPC limitation rules, Art. 19). So the complaint to the creditor leaves out "I am willing to negotiate the debt" and speaks only of how you were contacted.',
  'conduct.packet.limitation.keep': 'I have thought it over: still write "willing to negotiate the debt"',
  'conduct.packet.intro':
    'In order: complain to the bank first; if it does not answer or fix it, go to the financial regulator (12378); for a wrong credit record, the central bank (12363); for threats, people posing as police or courts, or entering your home, call the police (110). The documents state only what you logged.',
  'conduct.packet.debt': 'Which debt',
  'conduct.packet.creditorName': "Creditor's name",
  'conduct.packet.findings': 'Choose the issues to include',
  'conduct.packet.noFindings': 'No issues were found in the log for this debt; no complaint needed for now.',
  'conduct.packet.noneSelected': 'Choose at least one issue.',
  'conduct.packet.more': 'Name, phone and credit record (optional)',
  'conduct.packet.name': 'Your name (optional; you can also write it by hand)',
  'conduct.packet.phone': 'Phone number (optional)',
  'conduct.packet.creditRecord': 'Is your credit record wrong? (optional)',
  'conduct.packet.creditRecordHint':
    'If you fill this in, a letter to the central bank (12363) is added. State facts only, e.g. which month is wrong.',
  'conduct.packet.part': 'View and print',
  'conduct.packet.part.all': 'Everything',
  'conduct.packet.part.summary': 'Summary',
  'conduct.packet.part.evidence': 'Evidence list',
  'conduct.packet.part.letter-creditor': 'To the bank',
  'conduct.packet.part.letter-12378': 'To 12378',
  'conduct.packet.part.letter-12363': 'To 12363',
  'conduct.packet.part.letter-110': 'Police 110',
  'conduct.packet.part.numbered': '{number} {name}',
  'conduct.packet.step.all': 'All documents in order, each on its own page.',
  'conduct.packet.step.summary': 'The facts from your log and the rules they may break; goes with every letter.',
  'conduct.packet.step.evidence':
    'Time, channel, numbers and words of each entry; attachments with their SHA-256 fingerprints to check files you hand over.',
  'conduct.packet.step.letter-creditor':
    "Step 1: complain through the creditor's official hotline, app or branch and keep a record. A simple case must be decided within 15 days; a complex one may take up to 30; a particularly complex one, with approval and notice to you, another 30 (consumer complaint measures, Art. 18).",
  'conduct.packet.step.letter-12378':
    'Step 2: only when the time limit has passed without a decision, or the decision does not fix it, call 12378 or write to the local financial regulator.',
  'conduct.packet.step.letter-12363':
    "Wrong credit record: object to the bank or the credit reference centre first (answer within 20 days), then call the central bank's 12363 if needed (after the 2023 reform of the financial regulators, ask first what it still handles).",
  'conduct.packet.step.letter-110':
    'Threats, people posing as police or courts, entering your home: call the police and bring this statement and the evidence.',
  'conduct.packet.truthful':
    'Complaints must be true: do not exaggerate, and do not let a "rights agent" make things up for you.',
};
