import type { courtLettersZh } from '../zh-CN/court-letters';

export const courtLettersEn: Record<keyof typeof courtLettersZh, string> = {
  'letters.template.payment-order-objection': 'Objection to a payment order (支付令异议书)',
  'letters.template.payment-order-objection.about':
    'In writing, to the court that issued the order, within 15 days of receiving it; it must contest the debt itself (Civil Procedure Law Art. 227).',
  'letters.template.civil-answer': 'Defence to a card or loan lawsuit (民事答辩状)',
  'letters.template.civil-answer.about':
    'Due within 15 days of receiving the complaint (Civil Procedure Law Art. 128). Can use the sentences from “Check the lender’s claim”.',
  'letters.template.mediation-proposal': 'Pre-suit mediation: repayment proposal',
  'letters.template.mediation-proposal.about':
    'When a court-appointed mediator contacts you: propose a plan from your own budget. Mediation is voluntary.',
  'letters.template.enforcement-settlement': 'Enforcement settlement proposal',
  'letters.template.enforcement-settlement.about':
    'After a judgment, once enforcement has started: offer the creditor a plan you can keep.',
  'letters.template.dishonest-list-correction': 'Request to correct a 失信 listing',
  'letters.template.dishonest-list-correction.about':
    'When you were wrongly listed as a dishonest judgment debtor, the information is wrong, or it should be deleted: apply in writing to the enforcing court.',
  'letters.court.step': 'Court and case',
  'letters.court.court': 'Court',
  'letters.court.courtHint': 'As written on the papers, e.g. 北京市朝阳区人民法院',
  'letters.court.caseNumber': 'Case number',
  'letters.court.caseNumberOptional': 'Mediation or case number (optional)',
  'letters.court.caseNumberHint': 'As written on the papers, e.g. （2026）京0105民督123号',
  'letters.court.servedOn.objection': 'Date you received the payment order',
  'letters.court.servedOn.answer': 'Date you received the complaint',
  'letters.court.deadline':
    'From the date you entered, the last day is {date} (moved on past a public holiday; this shows the earlier date).',
  'letters.court.opposingParty.objection': 'Applicant (the creditor on the payment order)',
  'letters.court.opposingParty.answer': 'Plaintiff (the creditor on the complaint)',
  'letters.court.opposingParty.mediation': 'Other party (bank or creditor)',
  'letters.court.cause': 'Kind of case',
  'letters.court.cause.card': 'Credit card dispute',
  'letters.court.cause.loan': 'Financial loan contract dispute',
  'letters.court.grounds': 'What do you dispute about the debt itself (choose any)',
  'letters.court.ground.amount': 'The amount is wrong',
  'letters.court.ground.charges': 'Interest, 违约金 or fees have no basis or are too high',
  'letters.court.ground.limitation': 'The limitation period has expired',
  'letters.court.ground.identity': 'It is not my debt, or I never used this card or loan',
  'letters.court.inabilityGrounds': 'These are not grounds for an objection:',
  'letters.court.ground.cannot-pay': 'I cannot pay now',
  'letters.court.ground.more-time': 'I want to pay later',
  'letters.court.ground.other-method': 'I want to pay another way (e.g. instalments)',
  'letters.court.inabilityOnly':
    'Pleading only that you cannot pay, asking for time or another way of paying does not affect a payment order (Interpretation Art. 436). An objection must contest the debt itself: amount, charges, limitation, or whether it is your debt. Shore does not build an objection on these alone and does not print them.',
  'letters.court.limitationUnsupported':
    'Your records do not support “limitation has expired” (see this debt’s assessment), so it is not offered here.',
  'letters.court.objectionNotes':
    'Object in writing; a phone call is not an objection. An objection after the 15 days counts as none (Interpretation Art. 431). Objecting to only some requests leaves the others in force (Art. 432). Write only what you believe is true.',
  'letters.court.requests': 'What you ask the court (choose any)',
  'letters.court.request.reduce-charges':
    'Reduce interest, 违约金 and fees above 24% a year and reject charges without a basis',
  'letters.court.request.limitation': 'The limitation period has expired: dismiss the claim',
  'letters.court.request.instalments':
    'If the court orders you to pay, allow monthly instalments (amount from your repayment plan)',
  'letters.court.limitationWithInstalments':
    '“Limitation has expired” and “instalments” cannot go together: asking for instalments agrees to pay, which gives up limitation (Limitation Rules Art. 19). Choose one.',
  'letters.court.answerNotes':
    'A clear admission of an unfavourable fact in a defence relieves the other side of proving it (Interpretation Art. 92). So Shore writes only what the plaintiff claims, never what you owe. Do not write amounts you dispute as owed in your reasons. If you file no defence, the court still hears the case.',
  'letters.court.claimSentences': 'Sentences from “Check the lender’s claim”',
  'letters.court.claimSentencesNone':
    'None yet. Enter the amounts claimed in “Check the lender’s claim” first, then choose “Use in a defence” or “Use in an objection”.',
  'letters.court.claimSentencesClear': 'Do not use these sentences',
  'letters.court.claimCheckLink': 'Check the lender’s claim',
  'letters.court.reasons': 'Facts and reasons (in your own words)',
  'letters.court.reasonsOptional': 'Anything else (optional)',
  'letters.court.reasonsHint':
    'Only what is true. For example: which payments were not credited, which fee was never explained to you.',
  'letters.court.evidence': 'Evidence list (one item a line, optional)',
  'letters.court.evidenceHint': 'For example: bank statements, screenshots of payments, the card agreement',
  'letters.court.listingGround': 'Which situation',
  'letters.court.listingGround.should-not-list': 'I should not have been listed',
  'letters.court.listingGround.inaccurate': 'The listed information is inaccurate',
  'letters.court.listingGround.should-delete':
    'The information should be deleted (e.g. the judgment has been performed)',
  'letters.court.mediationNotes':
    'Pre-suit mediation is voluntary: you may negotiate, ask for time or decline; if it fails the court files the case (Civil Procedure Law Art. 125; Invited Mediation Rules Art. 2). It usually lasts 30 days. A signed mediation agreement can be enforced only after the court confirms it (司法确认) or issues a mediation document (Arts. 205–206), so agree only to what you can pay. A mediator who asks you for money, asks you to pay a personal account or pressures you can be reported to the court that appointed them (Invited Mediation Rules Art. 28; Online Mediation Rules Art. 29).',
  'letters.court.settlementNotes':
    'The officer records the settlement. If it is not performed, the court may resume enforcement (Civil Procedure Law Art. 241); refusing without good reason to perform a settlement is one of the grounds for the 失信 list (2017 Rules Art. 1(6)). Offer only what you can keep.',
  'letters.court.correctionNotes':
    'The enforcing court reviews a written application within 15 days and corrects within 3 working days if it is justified; against a rejection you may apply for review to the next higher court within 10 days of service, and the listing stays meanwhile (2017 Rules Arts. 11–12).',
  'letters.missing.court.court': 'Court',
  'letters.missing.court.caseNumber': 'Case number (missing or unreadable)',
  'letters.missing.court.servedOn': 'Date you received the papers',
  'letters.missing.court.opposingParty': 'Other party',
  'letters.missing.court.objectionGrounds': 'What you dispute about the debt itself',
  'letters.missing.court.answerRequests': 'What you ask the court',
  'letters.missing.court.listingGround': 'Which situation',
  'letters.missing.court.reasons': 'Facts and reasons',
  'letters.missing.court.party.sex': 'Sex',
  'letters.missing.court.party.birthDate': 'Date of birth',
  'letters.missing.court.party.ethnicity': 'Ethnic group (民族)',
  'letters.missing.court.party.occupation': 'Employer or occupation',
  'letters.court.party.legend': 'Your details the answer must state',
  'letters.court.party.hint':
    'The law asks an answer to state these (Civil Procedure Law Art.128). Fill them in as on your ID card and as things are; with no job, write 无业.',
  'letters.court.party.sex': 'Sex',
  'letters.court.party.sex.none': 'Choose',
  'letters.court.party.sex.male': 'Male (男)',
  'letters.court.party.sex.female': 'Female (女)',
  'letters.court.party.birthDate': 'Date of birth',
  'letters.court.party.ethnicity': 'Ethnic group (民族)',
  'letters.court.party.occupation': 'Employer or occupation',
  'letters.warning.objection-inability-only':
    'Pleading only that you cannot pay, asking for time or another way of paying does not affect a payment order (Interpretation Art. 436), so this objection cannot be built yet. Choose what you dispute about the debt itself.',
  'letters.warning.objection-after-deadline':
    'From the dates you entered, the letter is dated more than 15 days after you received the payment order. An objection after the period counts as none (Interpretation Art. 431). Check the date you received it; if unsure, call the court on 12368.',
  'letters.warning.limitation-with-instalments':
    '“Limitation has expired” and “instalments” cannot go together: asking for instalments agrees to pay (Limitation Rules Art. 19). Choose one.',
  'court.letters.useInAnswer': 'Use in a defence',
  'court.letters.useInObjection': 'Use in a payment-order objection',
  'court.letters.panel.title': 'Answering the court',
  'court.letters.panel.about':
    'You recorded a court paper for this debt. Check the amounts claimed first, then write the matching document; Shore writes only what you enter.',
  'court.letters.write': 'Write: {letter}',
};
