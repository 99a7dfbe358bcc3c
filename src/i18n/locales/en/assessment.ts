import type { assessmentZh } from '../zh-CN/assessment';

export const assessmentEn: Record<keyof typeof assessmentZh, string> = {
  'assess.title': 'Where this debt stands in law',
  'assess.asOf': 'Worked out for today ({date}); it updates every day.',
  'assess.loading': 'Working it out…',
  'assess.section.stage': 'How far overdue',
  'assess.section.milestones': 'Dates ahead',
  'assess.section.criminal': 'Could this be a crime (malicious overdraft)?',
  'assess.section.civil': 'Lawsuits, payment orders and enforcement',
  'assess.section.limitation': 'Limitation period',
  'assess.section.creditRecord': 'Credit record',
  'assess.section.events': 'What you have recorded',
  'assess.outstanding': 'From your records you still owe {total} (principal {principal}).',
  'assess.outstandingLoan': 'From your records you still owe {total} (loan principal {principal}).',
  'assess.outstandingPaid': 'Payments you recorded after {date} are taken off.',
  'assess.mythsLink': 'Is what you heard true? See “What the law actually says”',
  'assess.enforcementLink': 'What enforcement can and cannot do',
  'assess.milestones.empty': 'No dates to watch.',
  'assess.milestones.daysLeft': 'in {days} days',
  'assess.milestones.today': 'today',
  'assess.milestones.unconfirmed': '(not yet sure you can show you received the second notice)',
  'assess.criminal.intro':
    'It can only be malicious overdraft if all four conditions below are met. Shore shows each one instead of a vague “risk level”.',
  'assess.criminal.lowering': 'What lowers the risk',
  'assess.criminal.presumptions':
    'These are presumed to show intent to take the money (unless there is evidence otherwise):',
  'assess.status.met': 'Met',
  'assess.status.not-met': 'Not met',
  'assess.status.unknown': 'Not sure',
  'assess.limitation.lastCause': 'The latest event that restarted the period: {cause} on {date}.',
  'assess.finding.overdue-days-loan':
    'Unpaid since {since}: {days} days overdue today. A borrower who does not repay on time pays overdue interest as the contract or state rules provide.',
  'assess.finding.consumer-finance-lender':
    'This is a loan from a consumer-finance company: a non-bank financial institution licensed by the National Financial Regulatory Administration. It is not a bank and this is not a card overdraft, so the card risk classes (special mention, substandard …) and the banks’ 30-day “age” buckets do not apply to it.',
  'assess.finding.online-lender':
    'This is a loan from an online platform, not a card overdraft: the card risk classes and the banks’ 30-day “age” buckets do not apply to it. The lender is the one named in the loan contract, and it decides which rules apply; a microlender (小额贷款公司), for example, is supervised by the local financial regulator.',
  'assess.finding.credit-code-if-reported':
    'If the lender reports this loan to the central bank’s credit system, the repayment record usually shows {code} (1 for 1–30 days overdue, one more every 30 days, 7 after 180 days). Your credit report shows whether it is reported.',
  'assess.finding.debt-sale-loan':
    'If the lender sells the debt (for example to an asset-management company), the sale binds you only once you are told; every defence you had against the lender you keep against the buyer.',
  'assess.bankActions.note': 'This is common practice, it varies by bank and is not a legal rule.',

  'assess.value.phase.not-overdue': 'not overdue',
  'assess.value.phase.early': 'early stage (1–30 days)',
  'assess.value.phase.middle': 'middle stage (31–90 days)',
  'assess.value.phase.late': 'late stage (over 90 days)',
  'assess.value.class.normal': 'normal',
  'assess.value.class.special-mention': 'special mention (1–90 days overdue)',
  'assess.value.class.substandard': 'substandard (91–120 days overdue)',
  'assess.value.class.doubtful': 'doubtful (121–180 days overdue)',
  'assess.value.class.loss': 'loss (over 180 days overdue)',
  'assess.value.cause.collection-notice': 'a collection notice',
  'assess.value.cause.payment': 'a payment',
  'assess.value.cause.acknowledgement': 'an acknowledgement of the debt',
  'assess.value.cause.repayment-plan': 'a signed repayment plan',
  'assess.value.cause.payment-order': 'a payment order',
  'assess.value.cause.lawsuit': 'a lawsuit',
  'assess.value.kind.payment-order-received': 'payment order',
  'assess.value.kind.lawsuit-filed': 'lawsuit',
  'assess.value.kind.complaint-served': 'copy of the complaint',
  'assess.value.kind.judgment-received': 'judgment',
  'assess.value.kind.ruling-received': 'ruling',
  'assess.value.kind.enforcement': 'enforcement',
  'assess.value.kind.consumption-ban': 'consumption ban',
  'assess.value.kind.dishonest-list': 'list of dishonest judgment debtors',

  'assess.finding.settled-date-unknown':
    'This debt is settled. Add the settled date to see how long the credit record keeps it.',
  'assess.finding.settled': 'Settled on {settledOn}, after {days} days overdue.',
  'assess.finding.not-overdue': 'Not overdue.',
  'assess.finding.overdue-days': 'Unpaid since {since}: {days} days overdue today.',
  'assess.finding.plain-phase': 'In plain words, this is the {phase}.',
  'assess.finding.bucket': 'In the bank’s 30-day “age” buckets this is {bucket}.',
  'assess.finding.credit-code':
    'The credit report’s repayment record usually shows {code} (1 for 1–30 days, one more for each 30 days, 7 for over 180 days).',
  'assess.finding.regulatory-class': 'In the regulator’s risk classes for cards it is “{class}”.',
  'assess.finding.non-performing':
    'Over 90 days overdue: the bank counts it as non-performing. That is the bank’s own class and does not change what you owe.',
  'assess.finding.non-performing-ahead':
    'On {on} it reaches 91 days and the bank will count it as non-performing. That does not change what you owe.',
  'assess.finding.write-off-explained':
    'Banks usually “write off” at about 180 days (common practice). A write-off is internal bookkeeping, not forgiveness of your debt.',
  'assess.finding.write-off-zone':
    'Over 180 days: the bank may have written it off (common practice). That is not forgiveness: the bank can still collect, sue or sell the debt.',
  'assess.finding.debt-sale':
    'If the debt is sold (for example to an asset manager), it only binds you once you are told, and you keep every defence you had against the bank.',
  'assess.finding.bank-actions': 'At this stage banks usually:',
  'assess.reason.reminders': 'send SMS and call to remind you',
  'assess.reason.card-frozen-or-limit-cut': 'freeze the card or cut the limit',
  'assess.reason.in-house-calls': 'have their own collectors call',
  'assess.reason.card-suspended': 'stop the card',
  'assess.reason.formal-letters': 'send formal collection letters',
  'assess.reason.outsourced-collection': 'hand collection to an outside agency',
  'assess.reason.balance-accelerated': 'ask for the whole balance at once',
  'assess.reason.write-off': 'write it off (bookkeeping, not forgiveness)',
  'assess.reason.debt-sale-possible': 'possibly sell the debt to an asset manager',

  'assess.finding.scope-card-overdraft':
    'This is a bank credit-card overdraft. The malicious-overdraft rules can apply, but only if every condition below is met.',
  'assess.finding.scope-instalment-contested':
    'This is a card instalment or cash-loan product. Courts often treat these as loans rather than “overdraft” (common practice, unverified); where a bank disguised a loan as overdraft against the rules, malicious overdraft does not apply. The conditions are still listed for reference.',
  'assess.finding.scope-not-a-card':
    'This is not a bank credit card. Malicious overdraft only concerns card overdrafts, not consumer-finance or online loans.',
  'assess.finding.principal-met':
    'Condition 1: met. Unpaid overdraft principal {principal} reaches the {threshold} line (the line itself counts). Interest and fees of {interestAndFees} do not count.',
  'assess.finding.principal-not-met':
    'Condition 1: not met. Unpaid overdraft principal {principal} is below the {threshold} line. Interest and fees of {interestAndFees} do not count.',
  'assess.finding.principal-unknown': 'Condition 1: not sure. No amount rule applied on this date.',
  'assess.finding.principal-issuer-met':
    'Condition 1: met. This card has {principal} of unpaid overdraft principal; your {cardCount} card debts with the same bank have {issuerPrincipal} together, which reaches the {threshold} line (the line itself counts). Interest and fees of {interestAndFees} do not count.',
  'assess.finding.principal-issuer-not-met':
    'Condition 1: not met. This card has {principal} of unpaid overdraft principal; your {cardCount} card debts with the same bank have {issuerPrincipal} together, which is below the {threshold} line. Interest and fees of {interestAndFees} do not count.',
  'assess.finding.principal-issuer-unknown':
    'Condition 1: not sure. Your {cardCount} card debts with the same bank have {issuerPrincipal} of unpaid principal together, but no amount rule applied on this date.',
  'assess.reason.issuer-total-may-be-added':
    'The amounts on several cards from the same bank are usually added together, not counted card by card (common practice, unverified).',
  'assess.reason.issuer-total-includes-contested-product':
    'The total includes a card instalment or cash-instalment product. Whether these count as "overdraft" is contested in court practice (common practice, unverified).',
  'assess.reason.interest-and-fees-excluded':
    'Only the principal actually overdrawn counts, not interest, compound interest, penalties or fees.',
  'assess.reason.payments-credited-to-principal': 'Your recorded payments of {paid} all go to principal first.',
  'assess.reason.old-threshold-in-force':
    'On this date the old 2009 line of 10,000 yuan applied; from 1 December 2018 it is 50,000 yuan.',
  'assess.reason.total-over-line-but-principal-under':
    'With interest and fees the total is over the line, but only principal counts, so it is not met.',
  'assess.reason.no-threshold-rule-on-date': 'Shore does not cover dates before 16 December 2009.',
  'assess.finding.collections-met':
    'Condition 2: met. The collections of {first} and {second} can be shown to have reached you and are at least 30 days apart.',
  'assess.finding.collections-unknown':
    'Condition 2: not sure. The collections of {first} and {second} are far enough apart, but it is not yet clear you can be shown to have received them.',
  'assess.finding.collections-not-met':
    'Condition 2: not met. There are not two collections you can be shown to have received, at least 30 days apart.',
  'assess.reason.receipt-not-proven':
    'Only a collection you can be shown to have received is an “effective collection”.',
  'assess.reason.fewer-than-two-notices': 'You recorded fewer than two collections after the debt went overdue.',
  'assess.reason.not-provably-received': 'You did not receive some of them, or it cannot be shown that you did.',
  'assess.reason.less-than-30-days-apart': 'The two collections are less than 30 days apart.',
  'assess.reason.same-day-notices': 'The two collections are on the same day.',
  'assess.reason.notice-before-overdue-ignored': 'Notices from before the debt was overdue do not count.',
  'assess.reason.spacing-rule-not-in-force':
    'The “at least 30 days apart” rule applies from 1 December 2018, after this date.',
  'assess.reason.based-on-entered-notices':
    'This uses only the collections you recorded; the bank may hold records you have not entered.',
  'assess.reason.evading-counts-as-received':
    'Deliberately avoiding collection (changing number, refusing mail) can count as receiving it.',
  'assess.finding.three-months-met':
    'Condition 3: met. Still unpaid more than 3 months after the second effective collection (3 months ended on {clockEnds}).',
  'assess.finding.three-months-not-met': 'Condition 3: not met.',
  'assess.finding.three-months-unknown': 'Condition 3: not sure.',
  'assess.reason.repaid-in-full': 'It has been repaid in full.',
  'assess.reason.no-second-collection':
    'There is no second effective collection yet, so the 3 months have not started.',
  'assess.reason.three-months-not-passed':
    'The 3 months after the second collection end on {clockEnds}; it could only be met from the next day.',
  'assess.reason.second-collection-not-proven':
    'It is not sure you can be shown to have received the second collection.',
  'assess.reason.paid-after-second-collection':
    'You paid something after the second collection. The law does not say whether a partial payment counts as “repaying”, but it lowers the principal counted and shows you are willing to pay.',
  'assess.finding.intent-unknown':
    'Condition 4: “intent to take the money”. Shore cannot judge this; the authorities weigh your credit history, ability and willingness to pay, how the money was used, what you did after and why you did not pay.',
  'assess.reason.non-payment-alone-is-not-intent':
    'The judicial interpretation says plainly: not paying on time is not, by itself, intent.',
  'assess.reason.judged-on-all-circumstances':
    'Why you did not pay (job loss, illness, lower income) is part of the judgment: keep the evidence.',
  'assess.reason.presumption-overdraw-knowing-unable':
    'overdrawing heavily while knowing you cannot repay, then not repaying',
  'assess.reason.presumption-false-documents': 'getting the card with false credit documents, then not repaying',
  'assess.reason.presumption-evade-by-changing-contact': 'running away or changing contact details to avoid collection',
  'assess.reason.presumption-hide-assets': 'moving money away or hiding property to avoid repaying',
  'assess.reason.presumption-crime-use': 'using the money for a crime',
  'assess.reason.presumption-other-refusal': 'other ways of keeping the money and refusing to repay',
  'assess.finding.outcome-not-applicable': 'In short: the malicious-overdraft rules do not apply to this debt.',
  'assess.finding.outcome-not-all-met':
    'In short: the conditions above are not all met. Being unable to pay is not a crime.',
  'assess.finding.outcome-unclear':
    'In short: some conditions are not clear yet. Adding records (for example whether you can show you received a notice) makes it clearer.',
  'assess.finding.outcome-conditions-met-product-contested':
    'In short: on your records the first three conditions look met, but the amount counted includes a card instalment or cash product, which courts often treat as a loan rather than an overdraft (common practice, unverified), so whether the malicious-overdraft rules apply at all is in doubt; intent is still for the authorities to decide. These steps lower the risk.',
  'assess.finding.outcome-objective-conditions-met':
    'In short: on your records the first three conditions are met; intent is still for the authorities to decide. These steps lower the risk.',
  'assess.finding.lower-stay-reachable':
    'Stay reachable: keep your number, do not hide, answer formal notices. Changing contact details to avoid collection is presumed to show intent.',
  'assess.finding.lower-partial-payments':
    'Pay what you can: every payment goes to principal first and lowers the amount counted.',
  'assess.finding.lower-full-repayment':
    'For an overdraft of a 数额较大 amount (50,000 to under 500,000 yuan), repaying in full before prosecution can lead to no prosecution; before the first-instance judgment, to no criminal penalty. “Can” is not “will”, and not for anyone punished twice before for card fraud.',
  'assess.finding.lower-keep-records':
    'Keep proof of your hardship and a record of your talks with the bank (when, with whom, what you offered).',
  'assess.finding.lower-never-hide-assets': 'Never move or hide property.',

  'assess.finding.no-minimum':
    'The law sets no minimum amount and no waiting time before a lawsuit or payment order: small and recent debts can be taken to court too.',
  'assess.finding.payment-order':
    'You received a payment order on {date}. If you dispute the debt, file a written objection with the court by {deadline} (inclusive): {daysLeft} days left. If you neither pay nor object, the creditor can apply for enforcement; a valid objection ends the order and the case usually becomes a lawsuit.',
  'assess.reason.holiday-not-counted':
    'When the last day is a statutory day off, the law makes the first day after it the last day, and a document posted before the period ends is not late (Civil Procedure Law Art.85). Shore has no calendar of days off, so the date shown is the earlier one, without that move: acting by it is safest.',
  'assess.reason.objection-must-contest-debt':
    'The objection must be in writing and must dispute the debt itself (for example the amount is wrong, a charge has no basis, the limitation period has run, or the debt is not yours). Saying only that you cannot pay, asking for more time or another way to pay does not stop the payment order; an oral objection is void.',
  'assess.finding.payment-order-enforceable-if-unobjected':
    'If you did not file a written objection with the court by {deadline} and did not pay, the payment order can be enforced like a judgment: the creditor may apply for enforcement within 2 years, until {endsOn}. If you did object, what the court tells you applies.',
  'assess.finding.payment-order-deadline-passed':
    'You received a payment order on {date}; the written objection period ended on {deadline}.',
  'assess.finding.judgment':
    'You received a judgment on {date}. To appeal, file with the higher court by {deadline} (inclusive): {daysLeft} days left.',
  'assess.finding.judgment-appeal-passed': 'You received a judgment on {date}; the appeal period ended on {deadline}.',
  'assess.reason.small-claims-no-appeal':
    'Small-claims judgments are final and cannot be appealed; the judgment says so.',
  'assess.finding.complaint-served':
    'You received the copy of the complaint on {date}. To file a written answer (答辩状), hand it to the court by {deadline} (inclusive): {daysLeft} days left.',
  'assess.finding.complaint-answer-passed':
    'You received the copy of the complaint on {date}; the 15 days to file an answer ended on {deadline}.',
  'assess.reason.no-answer-court-still-decides':
    'Not filing an answer does not stop the court: the case is heard and decided anyway.',
  'assess.reason.jurisdiction-objection-in-answer-period':
    'If you think this court should not hear the case (an objection to jurisdiction), raise it within the answer period.',
  'assess.reason.simple-procedure-court-sets-period':
    "In the simple or small-claims procedure the court may set another answer period with your consent (at most 15 days in small claims); the period on the court's notice is the one that counts.",
  'assess.finding.ruling':
    'You received a ruling (裁定书) on {date}. If it is a ruling that can be appealed, appeal to the higher court by {deadline} (inclusive): {daysLeft} days left.',
  'assess.finding.ruling-appeal-passed':
    'You received a ruling on {date}; the 10 days to appeal it ended on {deadline}.',
  'assess.reason.only-some-rulings-appealable':
    'The law allows an appeal against only three kinds of ruling: refusing to accept the case, on an objection to jurisdiction, and dismissing the case; the appeal period is 10 days. Other rulings, such as preservation or suspending or ending enforcement, are not among them.',
  'assess.finding.performance-period':
    "The judgment gives you until {performanceDue} to perform. You recorded enforcement steps after it, so the creditor's period to apply for enforcement is no longer counted.",
  'assess.finding.enforcement-application-period':
    'The judgment gives you until {performanceDue} to perform. If it is not performed by then, the creditor can apply for enforcement. The creditor has 2 years to apply, counted from that day: on what you recorded, until {endsOn}.',
  'assess.finding.enforcement-application-may-have-ended':
    "The judgment gave you until {performanceDue} to perform. On what you recorded, the creditor's 2 years to apply for enforcement may have ended on {endsOn}.",
  'assess.reason.enforcement-period-interrupted':
    'Like the limitation period, these 2 years are interrupted: a demand from the creditor within the period, a payment or an acknowledgement makes them start again. You may not have recorded all of these, so the date only follows what you recorded.',
  'assess.reason.late-application-objection':
    'If the creditor applies after the period, the court still accepts the application; you can object to the period and, if the objection stands, the court refuses enforcement. Money already paid cannot be reclaimed on the ground that you did not know the period had passed.',
  'assess.finding.lawsuit': 'The creditor sued on {date}.',
  'assess.reason.respond-to-court':
    'Answer and attend when the court says; you can contest the interest and penalties.',
  'assess.reason.small-claims-one-instance':
    'Small, simple cases may use the small-claims procedure: one instance only, and its judgment cannot be appealed.',
  'assess.finding.enforcement': 'Enforcement started on {date}.',
  'assess.reason.living-necessities-kept':
    'When the court takes income it must leave what you and your dependants need to live.',
  'assess.reason.double-interest-on-delay': 'Paying later than the judgment says costs double interest for the delay.',
  'assess.reason.enforcement-application-2-years': 'The creditor has 2 years to apply for enforcement.',
  'assess.finding.consumption-ban':
    'Consumption ban since {date}. Not allowed: flights, soft sleepers, second class or above on ships; any seat on G trains and first class or above on other bullet trains; spending at star hotels, nightclubs, golf courses and the like; buying, building, extending or luxury-renovating property; renting upscale offices, hotels or flats for work; buying cars not needed for business; travel and holidays; fee-charging private schools for your children; high-premium insurance and wealth products.',
  'assess.reason.necessary-spending-ask-court-first':
    'Spending truly needed for living or business must be approved by the enforcing court first.',
  'assess.reason.ban-lifted-by-security-or-consent':
    'The court may lift the ban if you give real and effective security, or if the creditor agrees.',
  'assess.reason.ban-lifted-on-full-payment':
    'Once the judgment is fully performed, the court must lift the ban promptly.',
  'assess.finding.consumption-ban-2010':
    'Consumption ban since {date}: you may not use your own money for flights, soft sleepers, star hotels, buying property or non-essential cars, holidays, expensive private schools for your children, or high-premium insurance and wealth products. These are the rules before the 22 July 2015 amendment.',
  'assess.finding.dishonest-list': 'Put on the list of dishonest judgment debtors on {date}.',
  'assess.reason.six-grounds-only-first-needs-ability':
    'Listing needs an unperformed court judgment plus one of six grounds. Only the first, "able to pay but refusing", turns on whether you can pay; genuinely being unable to pay is not that ground.',
  'assess.reason.conduct-grounds-even-if-unable':
    'The other five are about conduct and apply even if you cannot pay: false evidence, violence or threats against enforcement; sham lawsuits, hiding or moving property; not reporting your property truthfully; breaking a consumption ban; refusing an enforcement settlement without good reason.',
  'assess.reason.listing-period-grounds-two-to-six':
    'A listing on one of those five grounds lasts 2 years, extendable by 1 to 3 years in serious cases; a listing on the first ground has no fixed term and the court must delete it within 3 working days once, for example, the judgment is performed.',
  'assess.reason.apply-to-correct-listing':
    'If you should not have been listed, the information is wrong or should be deleted, apply in writing to the enforcing court. It must review within 15 days; if it refuses, you can ask the next court up to review it within 10 days.',
  'assess.finding.dishonest-list-2013':
    'Put on the list of dishonest judgment debtors on {date} (under the 2013 rules then in force).',
  'assess.reason.ability-and-refusal-required':
    'The 2013 rules required being able to pay and refusing, plus one of the listed acts; genuinely being unable to pay did not qualify. The rules in force since 1 May 2017 changed this.',
  'assess.reason.dishonest-grounds-even-if-unable':
    'Report your property truthfully to the court, keep to any consumption ban and never hide or move property: even if you cannot pay, breaking these can put you on the dishonest list.',
  'assess.finding.refusal-to-execute':
    'Being genuinely unable to pay after a judgment is not a crime; but refusing while able, for example by hiding or moving property, can be the crime of refusing to carry out a judgment.',
  'assess.finding.reduce-charges':
    'If the interest, compound interest and penalties the bank claims are too high (you recorded {interestAndFees}), you can ask the court to reduce them; a penalty more than 30% above the actual loss is generally “excessive”.',

  'assess.reason.lpr-cap-not-for-banks':
    '“No more than four times the one-year loan prime rate (LPR) at signing” is the cap for private lending. A bank is a licensed financial institution, so its card debts are not under that cap.',
  'assess.reason.lpr-cap-not-for-consumer-finance':
    '“No more than four times the one-year loan prime rate (LPR) at signing” is the cap for private lending. A consumer-finance company is a licensed financial institution, so its loans are not under that cap.',
  'assess.reason.lpr-cap-online-lender':
    '“No more than four times the one-year LPR at signing” is the cap for private lending; it depends on the lender named in the loan contract. Banks, consumer-finance companies and other licensed financial institutions, and microlenders and the six other kinds of local financial organisations, are not under it. A lender that is none of these falls under the private-lending rules: an agreed rate, or overdue interest, penalties and fees together, above four times the one-year LPR at signing is not upheld by the court.',
  'assess.reason.court-benchmark-24':
    'Where a financial borrower argues that interest, compound and penalty interest, penalties and fees together are too high, the court may reduce the part above 24% a year (a court policy document, applied unevenly).',
  'assess.finding.consumer-finance-charges':
    'A consumer-finance company must show you the loan’s annual rate, fees, repayment method and liability for breach prominently, and unless you breach the contract it may charge nothing besides interest. Check each charge against the contract.',
  'assess.finding.reduce-charges-loan':
    'If the overdue interest and penalties the lender claims are too high (you recorded {interestAndFees}), you can ask the court to reduce them; a penalty more than 30% above the actual loss is generally “excessive”.',
  'assess.finding.limitation-not-started': 'Not overdue, so the limitation period has not started.',
  'assess.finding.limitation-settled': 'Settled: the limitation period no longer matters.',
  'assess.finding.limitation-running': 'On your records the 3-year limitation period runs from {runsFrom} to {endsOn}.',
  'assess.finding.limitation-may-have-expired':
    'On your records the 3-year period may have ended on {endsOn}. But the bank’s routine SMS also restart it and you may not have recorded them all, so this is only “may”.',
  'assess.finding.limitation-old-two-year':
    'This period ran out before 1 October 2017: the limitation period was then 2 years (General Principles of Civil Law, Art. 135), and on your records it ended on {endsOn}. The later change to 3 years does not revive a period that had already run out.',
  'assess.reason.bank-debit-restarts':
    'The bank taking money from your account as agreed (debiting the overdraft, interest, 违约金) also restarts it.',
  'assess.reason.bank-police-report-restarts':
    'The bank reporting suspected malicious overdraft to the police also restarts it.',
  'assess.reason.police-report-restarts':
    'The creditor reporting to the police, procuratorate or court to protect its rights also restarts it.',
  'assess.reason.counted-from-first-missed-due':
    'You recorded no collection, payment or acknowledgement, so it counts from the first missed due date.',
  'assess.reason.uncertain-channel-included':
    'The latest one was a call, visit or app message; whether it counts depends on what the bank can prove. To be safe it is counted.',
  'assess.finding.limitation-in-court':
    'Court proceedings ({kind}) since {date}: the period is interrupted and starts again when they end.',
  'assess.reason.filed-before-service':
    'The period was interrupted on the day the creditor filed the complaint, which is earlier than the day you received its copy. If you know the filing date (for example from the court\'s notice), also record "sued" with that date for a more precise result.',
  'assess.finding.limitation-in-court-served':
    'You received the copy of the complaint on {date}: the creditor has sued, so the period is interrupted and starts again when the case ends.',
  'assess.finding.limitation-expired-before-service':
    'On your records the period may have ended on {endsOn}, before you received the copy of the complaint on {date}; whether it also ended before the creditor filed depends on the filing date. The court never applies it by itself: you must raise it in the case.',
  'assess.finding.limitation-expired-before-court':
    'On your records the period may have ended on {endsOn}, before the court proceedings of {date}. The court never applies it by itself: you must raise it in the case.',
  'assess.finding.plan-runs-from-last-instalment':
    'For an instalment agreement the period runs from the last instalment’s due date, {lastInstalmentDue}.',
  'assess.finding.defence-waived':
    'On {date}, after the period may have ended, you paid, acknowledged the debt or signed a plan. That gives up the limitation defence: you can no longer refuse on that ground.',
  'assess.finding.notice-after-expiry-no-restart':
    'The collection on {date} came after the period may have ended. After that, you only lose the defence if you agree to pay, pay, or sign a collection notice, so do not sign or promise.',
  'assess.finding.interruptions-explained': 'These restart the 3 years:',
  'assess.reason.bank-sms-letter-email-restarts':
    'the bank’s SMS, letters or e-mails to the phone, address or e-mail you gave it (whether or not you read them)',
  'assess.reason.notice-restarts': 'a demand by letter or message that reaches, or should reach, you',
  'assess.reason.payment-restarts': 'paying part of the debt',
  'assess.reason.plan-or-promise-restarts': 'promising to pay, signing a repayment plan, asking for more time',
  'assess.reason.court-restarts': 'a lawsuit or a payment order',
  'assess.finding.start-contested':
    'When the period starts (the earliest missed due date, or the day the creditor called the whole balance due) is contested in court practice (common practice, unverified).',
  'assess.reason.routine-sms-restarts-rarely-expired':
    'Routine collection SMS keep restarting it, so card debts are rarely really time-barred. Do not count on “wait 3 years and it is gone”.',
  'assess.finding.court-never-applies':
    'The court never applies the limitation period by itself. It only helps if you raise it.',
  'assess.finding.waiver-warning':
    'Note: after the period ends, agreeing to pay (acknowledging and promising to pay, signing a plan, promising to pay) or paying of your own accord gives up the limitation defence.',
  'assess.reason.mention-is-not-agreement':
    'What loses the defence is a statement that you agree to pay (a promise, a signed plan, signing a collection notice to say you will pay) or a voluntary payment; merely mentioning the debt, asking about the amount or saying you cannot pay is not in itself agreeing to pay.',
  'assess.reason.partial-payment-scope-contested':
    'If you paid only a small part after the period ended, courts differ on whether you lose the defence for the whole debt or only for what you paid (common practice, unverified).',
  'assess.finding.waiver-warning-now':
    'Important: your limitation period may have ended. Before you sign a repayment plan, sign a collection notice or promise to pay, think first: doing so gives up the defence for good.',

  'assess.finding.retention-no-negative-record': 'Not overdue: no negative record.',
  'assess.finding.retention-kept-while-unpaid':
    'The overdue record stays while the debt is unpaid; from the day it is repaid it is kept 5 more years, then must be deleted.',
  'assess.finding.retention-kept-until':
    'You settled on {settledOn}; the negative record is kept until about {keptUntil} and must then be deleted.',
  'assess.finding.retention-settled-date-missing':
    'Negative records are kept 5 years from the settled date. Add the date to see when.',
  'assess.finding.prior-notice': 'The bank must tell you before it reports negative information about you.',
  'assess.finding.statement-right':
    'While it is kept, you can add a statement to the record (for example job loss or illness), which must be recorded.',
  'assess.finding.free-reports': 'You can get your own credit report free twice a year.',
  'assess.finding.objection-20-days':
    'If something is wrong or missing, object to the credit reference centre or the bank: they must check and answer in writing within 20 days. You can also complain to the local central-bank branch, which answers within 30 days.',
  'assess.finding.repair-may-qualify-if-repaid':
    'One-time credit repair: overdue records from 2020–2025 of no more than {limit} each, repaid in full by {repayBy} (inclusive), are no longer shown. This one may qualify.',
  'assess.finding.repair-likely-qualifies':
    'Under the one-time credit repair this record should no longer be shown by {hiddenBy}.',
  'assess.finding.repair-window-closed':
    'The one-time credit repair needed repayment by {repayBy} (inclusive); this was not repaid by then.',
  'assess.finding.repair-amount-over':
    'The one-time credit repair only covers records of no more than {limit}; this one is more.',
  'assess.finding.repair-amount-unclear':
    'The principal is within {limit} but not with interest and fees; whether the amount includes them is unverified. Repaid by {repayBy} (inclusive), it may qualify.',
  'assess.finding.repair-outside-period':
    'The one-time credit repair only covers records from 2020–2025; this one is outside.',
  'assess.finding.repair-settled-date-missing':
    'Add the settled date to see whether the one-time credit repair applies.',
  'assess.reason.automatic-and-free':
    'It is automatic, with no application and no fee; anyone charging to “repair” credit is not genuine.',

  'assess.milestone.enters-bucket': 'Enters {bucket}',
  'assess.milestone.non-performing-line': '91 days: counted as non-performing',
  'assess.milestone.write-off-line': 'Over 180 days: banks usually write off (not forgiveness)',
  'assess.milestone.criminal-clock-ends': '3 months after the second collection end',
  'assess.milestone.payment-order-objection-deadline':
    'Last day to object to the payment order (the objection must dispute the debt itself; being unable to pay is not enough)',
  'assess.milestone.answer-deadline': 'Last day to file a written answer (not answering does not stop the court)',
  'assess.milestone.appeal-deadline': 'Last day to appeal',
  'assess.milestone.ruling-appeal-deadline':
    'Last day to appeal a ruling (only rulings refusing the case, on jurisdiction or dismissing it can be appealed)',
  'assess.milestone.performance-period-ends': 'Last day to perform under the judgment',
  'assess.milestone.enforcement-application-ends':
    "End of the creditor's 2 years to apply for enforcement (on what you recorded)",
  'assess.milestone.limitation-ends': 'Limitation period ends (on your records)',
  'assess.milestone.credit-record-deleted': 'Negative record must be deleted',
  'assess.milestone.one-time-repair-deadline': 'One-time credit repair: last day to repay',

  'assess.deadlines.title': 'Coming up',
  'assess.deadlines.empty': 'No dates to watch soon.',
  'assess.deadlines.left': '{name}: {days} days left',
  'assess.deadlines.today': '{name}: today is the last day',
  'assess.deadlines.on': '{name}: {date} (in {days} days)',
  'assess.deadlines.onToday': '{name}: today',
  'assess.short.enters-bucket': 'Enters {bucket}',
  'assess.short.non-performing-line': '90 days (non-performing)',
  'assess.short.write-off-line': '180 days (write-off line)',
  'assess.short.criminal-clock-ends': '3 months after collection',
  'assess.short.payment-order-objection-deadline': 'Payment order objection',
  'assess.short.answer-deadline': 'Answer',
  'assess.short.appeal-deadline': 'Appeal',
  'assess.short.ruling-appeal-deadline': 'Appeal against a ruling',
  'assess.short.performance-period-ends': 'Judgment performance period ends',
  'assess.short.enforcement-application-ends': "Bank's period to apply for enforcement ends",
  'assess.short.limitation-ends': 'Limitation period',
  'assess.short.credit-record-deleted': 'Negative record deleted',
  'assess.short.one-time-repair-deadline': 'One-time credit repair',

  'assess.source.show': 'Source',
  'assess.source.hide': 'Hide source',
  'assess.source.list': 'What this is based on',
  'assess.source.effective': 'in force from {date}',
  'assess.source.published': 'published {date} (date in force not verified)',
  'assess.source.ended': 'no longer in force after {date}',
  'assess.source.readText': 'Read the article',
  'assess.source.hideText': 'Hide the article',
  'assess.source.loadingText': 'Opening the article…',
  'assess.source.textError': 'The article could not be opened. Please try again later.',
  'assess.source.pending': 'The source details are still being prepared.',
  'assess.force.law': 'Law',
  'assess.force.judicial-interpretation': 'Judicial interpretation (Supreme People’s Court / Procuratorate)',
  'assess.force.administrative-regulation': 'Administrative regulation (State Council)',
  'assess.force.regulation': 'Regulator’s rule or notice',
  'assess.force.national-standard': 'Recommended national standard (not mandatory)',
  'assess.force.industry-self-regulation': 'Industry self-regulation',
  'assess.force.judicial-policy': 'Court policy document (applied unevenly)',
  'assess.force.practice': 'Common practice, not a legal rule',
  'assess.confidence.A': 'Checked against the full text',
  'assess.confidence.B': 'From several agreeing public reports or copies',
  'assess.confidence.C': 'Unverified, for reference only',

  'assess.events.empty':
    'Nothing recorded yet. When you get a collection notice, pay something, sign an agreement or receive a court document, record it and Shore works it out again.',
  'assess.events.add.payment': 'Record a payment',
  'assess.events.add.collection-notice': 'Record a collection',
  'assess.events.add.acknowledgement': 'Record an acknowledgement or plan',
  'assess.events.add.legal': 'Record a court document',
  'assess.events.item.payment': '{date} paid {amount}',
  'assess.events.item.collection-notice': '{date} collection by {channel} ({received})',
  'assess.events.item.acknowledgement': '{date} {kind}',
  'assess.events.item.legal': '{date} {kind}',
  'assess.events.item.legalPerformance': '{date} {kind} (to perform by {performanceDue})',
  'assess.events.item.caseNumber': 'Case number: {caseNumber}',
  'assess.events.deleted': 'Record deleted',
  'assess.events.delete': 'Delete this record',
  'assess.form.title.payment': 'Record a payment',
  'assess.form.title.collection-notice': 'Record a collection',
  'assess.form.title.acknowledgement': 'Record an acknowledgement or repayment plan',
  'assess.form.title.legal': 'Record a court document or step',
  'assess.form.date.payment': 'Date paid',
  'assess.form.date.collection-notice': 'Date received',
  'assess.form.date.acknowledgement': 'Date signed or promised',
  'assess.form.date.legal': 'Date received or happened',
  'assess.form.dateHint.legal':
    'For a payment order, copy of the complaint, judgment or ruling, the day you signed for it: the objection, answer and appeal periods count from it.',
  'assess.form.amount': 'Amount paid (yuan)',
  'assess.form.channel': 'How it came',
  'assess.form.received': 'Can you show you received it?',
  'assess.form.receivedHint': 'For example a signed receipt, the SMS itself, a call recording.',
  'assess.form.kind.acknowledgement': 'What was it',
  'assess.form.kind.legal': 'What was it',
  'assess.form.lastInstalmentDue': 'Last instalment due date (optional)',
  'assess.form.performanceDue': 'Last day to perform under the judgment (optional)',
  'assess.form.performanceDueHint':
    'The last day of the payment period the judgment sets (for example “within ten days of this judgment taking effect”); for instalments, the last instalment’s day; if the judgment sets no period, the day it took effect. The creditor’s 2 years to apply for enforcement run from it. Leave it empty if you are not sure.',
  'assess.form.caseNumber': 'Case number (optional)',
  'assess.form.caseNumberHint':
    'The number on the court’s paper, for example （2026）京0105民督123号. Recorded here, it is filled in for you in letters to the court.',
  'assess.form.note': 'Note (optional)',
  'assess.form.save': 'Save this record',
  'assess.form.saved': 'Saved; the assessment is updated',
  'assess.form.errorSummary': '{count} fields need changing (marked below). Nothing is saved yet.',
  'assess.form.waiverWarning':
    'Your limitation period may have ended. Agreeing to pay after that (signing a plan, promising to pay) or paying of your own accord gives up the defence. Think before you sign.',
  'assess.channel.sms': 'SMS',
  'assess.channel.letter': 'letter',
  'assess.channel.email': 'e-mail',
  'assess.channel.phone': 'phone',
  'assess.channel.visit': 'visit',
  'assess.channel.app-message': 'app message',
  'assess.channel.other': 'other',
  'assess.received.yes': 'can show it was received',
  'assess.received.no': 'cannot show it was received',
  'assess.received.unknown': 'not sure',
  'assess.ack.acknowledgement': 'Acknowledged the debt or promised to pay in writing',
  'assess.ack.repayment-plan': 'Signed a repayment plan (instalment agreement)',
  'assess.legal.payment-order-received': 'Received a payment order',
  'assess.legal.lawsuit-filed': 'Sued',
  'assess.legal.complaint-served': 'Received the copy of the complaint (notice to respond)',
  'assess.legal.judgment-received': 'Received a judgment',
  'assess.legal.ruling-received': 'Received a ruling (裁定书)',
  'assess.legal.enforcement': 'Enforcement',
  'assess.legal.consumption-ban': 'Consumption ban',
  'assess.legal.dishonest-list': 'Put on the dishonest judgment debtor list',
  'assess.error.required': 'Please fill this in',
  'assess.error.empty': 'Please fill this in',
  'assess.error.invalid-date': 'Please choose a valid date',
  'assess.error.future-date': 'This date has not come yet; enter a date that has happened',
  'assess.error.not-number': 'Enter an amount in numbers, e.g. 500.00',
  'assess.error.negative': 'The amount cannot be negative',
  'assess.error.too-many-decimals': 'At most two decimals (fen)',
  'assess.error.too-large': 'That is over 100 million yuan; please check the digits',
  'assess.error.zero-amount': 'The amount must be more than 0',
  'assess.error.invalid-choice': 'Please choose from the list',
  'assess.error.before-event-date': 'The last instalment cannot be due before the signing date',
  'assess.error.before-judgment-date': 'The last day to perform cannot be before the day you received the judgment',
  'assess.error.too-long': 'The note is too long; please keep it under 2,000 characters',
  'assess.error.case-number-too-long':
    'This case number is too long; enter only the number on the paper (up to 60 characters)',

  'assess.myths.title': 'What the law actually says',
  'assess.myths.intro':
    'Many frightening claims go round online; some are out of date, some were never true. Here are the most common ones and what the law actually says.',
  'assess.myths.claimLabel': 'What people say',
  'assess.myths.truthLabel': 'What the law says',
  'assess.myth.jail-10k.claim': 'Owe 10,000 yuan on a card and you go to jail.',
  'assess.myth.jail-10k.truth':
    '10,000 yuan was the old line before 1 December 2018. Today malicious overdraft needs all of: unpaid overdraft principal of 50,000 yuan or more (interest and fees do not count; payments go to principal first); still unpaid more than 3 months after two effective collections at least 30 days apart that you can be shown to have received; and intent to take the money. Not paying on time is not, by itself, intent. Being unable to pay is not a crime.',
  'assess.myth.six-months-then-court.claim': 'Banks only sue after 6 months and above 10,000 yuan.',
  'assess.myth.six-months-then-court.truth':
    'The law sets no minimum amount and no waiting time: a bank can sue or apply for a payment order at any time. After receiving a payment order you have 15 days to object in writing; the objection must dispute the debt itself, and saying only that you cannot pay or asking for time does not stop the order.',
  'assess.myth.write-off-forgiven.claim': 'Once the bank writes it off, you do not have to pay.',
  'assess.myth.write-off-forgiven.truth':
    'A write-off is the bank’s internal bookkeeping (common practice), not forgiveness. The bank can still collect, sue or sell the debt; a sale binds you only once you are told, and you keep your defences against the buyer.',
  'assess.myth.fees-capped-at-principal.claim': 'Interest and fees can never add up to more than the principal.',
  'assess.myth.fees-capped-at-principal.truth':
    'That sentence was only in the December 2021 draft; the official summary of the final 2022 notice does not mention it, so it cannot be treated as binding. What does help: if the interest, compound interest and penalties claimed are too high, you can ask the court to reduce them.',
  'assess.myth.lpr-cap-for-every-lender.claim':
    'Card and online-loan interest and fees cannot exceed four times the LPR; anything above it need not be paid.',
  'assess.myth.lpr-cap-for-every-lender.truth':
    '“No more than four times the one-year loan prime rate (LPR) at signing” is the cap for private lending. Loans from financial institutions licensed by the regulators are outside it: bank cards and consumer-finance loans are not under it, and since 2021-01-01 neither are loans from microlenders and the six other kinds of local financial organisations. What you can use: ask the court to reduce interest, compound and penalty interest and penalties that are too high in total; where a financial borrower argues the total is too high, the court may reduce the part above 24% a year (a court policy document, applied unevenly). A consumer-finance company may charge nothing besides interest unless you breach the contract. For an online loan, look at the lender named in the contract: only a lender that is none of these is under the four-times cap.',
  'assess.myth.collectors-call-family.claim': 'Collectors may call your family, friends and colleagues.',
  'assess.myth.collectors-call-family.truth':
    'Banks may only collect from you and any guarantor, never from people unrelated to the debt. Industry rules only allow asking the contact you gave for your whereabouts when you cannot be reached, without revealing the debt. Telling others about your debt needs your separate consent.',
};
