import type { courtZh } from '../zh-CN/court';

/** Court papers: the case-number reader. */
export const courtEn: Record<keyof typeof courtZh, string> = {
  'court.caseNumber.title': 'Read a case number',
  'court.caseNumber.intro':
    'Type the case number from the paper or message, for example （2026）京0105民初12345号. Shore reads its format on your phone: year, court, type of case. A number in the right format does not prove the case exists: a real number can be copied into a fake paper.',
  'court.caseNumber.label': 'Case number',
  'court.caseNumber.hint': 'Full-width, half-width or with spaces: all fine.',
  'court.caseNumber.read': 'Read it',
  'court.caseNumber.part.empty': 'Type the case number first.',
  'court.caseNumber.part.too-long': 'Too long: type only the case number itself (at most 60 characters).',
  'court.caseNumber.part.year':
    'The year at the start cannot be read: it should be 4 digits in brackets, e.g. （2026）.',
  'court.caseNumber.part.court':
    'The court code after the year cannot be read: it should be a province short name (like 京) with no digits, 2 or 4 digits, or 最高法.',
  'court.caseNumber.part.type':
    'The case type after the court code cannot be read: it should be Chinese characters, e.g. 民初 or 执.',
  'court.caseNumber.part.serial': 'The serial number after the case type cannot be read: it should be digits.',
  'court.caseNumber.part.end': 'The end cannot be read: a case number ends in 号, followed at most by 之一, 之二.',
  'court.caseNumber.result': 'What it says',
  'court.caseNumber.year': 'Year filed: {year}',
  'court.caseNumber.court': 'Court: {court}',
  'court.caseNumber.level.supreme': 'the Supreme People’s Court',
  'court.caseNumber.level.high': 'the high court of {region}',
  'court.caseNumber.level.intermediate': 'an intermediate court in {region} (code {code})',
  'court.caseNumber.level.basic': 'a basic court in {region} (code {code})',
  'court.caseNumber.special.railway': 'railway transport court',
  'court.caseNumber.special.maritime': 'maritime court',
  'court.caseNumber.special.ip': 'intellectual property court',
  'court.caseNumber.special.oilfield': 'oilfield court',
  'court.caseNumber.special.forestry': 'forestry court',
  'court.caseNumber.special.land-reclamation': 'land reclamation court',
  'court.caseNumber.special.cross-region': 'cross-region court',
  'court.caseNumber.special.county-intermediate': 'intermediate court set up for some county-level areas',
  'court.caseNumber.specialCourt': 'The code is in the range of special courts: {kind}.',
  'court.caseNumber.type': 'Case type: {code}',
  'court.caseNumber.kind.civil-first-instance':
    'Civil first instance: the creditor has sued and the court has accepted the case. You may file a written answer within 15 days of receiving the copy of the claim.',
  'court.caseNumber.kind.civil-appeal': 'Civil second instance: an appeal against a first-instance judgment.',
  'court.caseNumber.kind.civil-retrial': 'Retrial review or retrial.',
  'court.caseNumber.kind.special-procedure': 'Special procedure, such as confirming a mediation agreement.',
  'court.caseNumber.kind.payment-order':
    'Payment order procedure: within 15 days of receiving the order you may object to the court in writing; the objection must dispute the debt itself.',
  'court.caseNumber.kind.public-summons': 'Public summons for exhortation: not a debt case against a person.',
  'court.caseNumber.kind.pre-suit-mediation':
    'Pre-suit mediation: not a lawsuit yet. Mediation is voluntary; you may decline.',
  'court.caseNumber.kind.pre-suit-confirmation':
    'Judicial confirmation of a pre-suit mediation agreement: once confirmed it can be enforced.',
  'court.caseNumber.kind.pre-suit-mediation-document':
    'A mediation document issued after pre-suit mediation: enforceable like a judgment.',
  'court.caseNumber.kind.preservation': 'Pre-suit property preservation: assets may be frozen before a suit.',
  'court.caseNumber.kind.enforcement':
    'Enforcement: a judgment or mediation document is in force and the creditor applied to enforce it.',
  'court.caseNumber.kind.enforcement-resumed':
    'Resumed enforcement of a case that had been suspended or closed for now.',
  'court.caseNumber.kind.enforcement-preservation':
    'Enforcement of a preservation ruling: freezing or seizure under way.',
  'court.caseNumber.kind.enforcement-objection': 'Enforcement objection: someone objected to an enforcement act.',
  'court.caseNumber.kind.enforcement-review': 'Enforcement review by the higher court.',
  'court.caseNumber.kind.enforcement-supervision': 'Enforcement supervision.',
  'court.caseNumber.kind.criminal': 'A criminal case.',
  'court.caseNumber.kindUnknown':
    'Shore does not know this type code. Unknown is not fake: Shore’s code list is incomplete.',
  'court.caseNumber.serial': 'Serial number: {serial}{suffix}',
  'court.caseNumber.oldStyle': 'This is the style used before 2016 (with 字第).',
  'court.caseNumber.flagsTitle': 'What does not fit',
  'court.caseNumber.noFlags': 'Nothing in the format fails to fit.',
  'court.caseNumber.flag.future-year':
    'The year is after this year: a real case number never uses a year still to come.',
  'court.caseNumber.flag.old-style-after-2015':
    'From 2016 case numbers no longer contain 字第; this one uses the old style.',
  'court.caseNumber.flag.unknown-type': 'The type code is not in Shore’s list.',
  'court.caseNumber.flag.type-not-yet-in-use': 'This type code has been used only since 2022, but the year is earlier.',
  'court.caseNumber.flag.criminal-type':
    'This is a criminal case code. A bank or a collection agency cannot open a criminal case, and a civil claim over a card debt does not get a criminal number. A criminal number on a collector’s message or “summons” needs checking with special care.',
  'court.caseNumber.flag.court-code-unused-range': 'The digits of the court code are in a range no court uses.',
  'court.caseNumber.howToCheck': 'How to check',
  'court.caseNumber.howToCheckBody':
    'Do not call the number printed on the paper. Call the 12368 litigation service line, look the case number up in 人民法院在线服务 (the courts’ online service), or find the court’s official number yourself. Real court papers are served by the court: handed to you, left with a witness, posted, or sent electronically if you agreed; public notice only when you cannot be found.',
  'court.caseNumber.sources': 'Basis',
  'court.caseNumber.toClaimCheck': 'Received a payment order or a claim? Check the amounts it claims',
  'court.claim.title': 'Check what the lender claims',
  'court.claim.intro':
    'Enter the amounts from the payment order, the statement of claim or the mediator’s call. Shore sets them beside your own records and the rules. “Benchmark would allow” is Shore’s arithmetic, not a court’s decision.',
  'court.claim.debt': 'Which debt',
  'court.claim.claimedTo': 'Claimed up to which day',
  'court.claim.claimedToHint': 'The day the paper counts interest to; if it gives none, the paper’s date.',
  'court.claim.principal': 'Principal claimed (yuan)',
  'court.claim.interest': 'Interest claimed (yuan)',
  'court.claim.penalty': '违约金 claimed (yuan)',
  'court.claim.instalmentFees': 'Instalment fees claimed (yuan)',
  'court.claim.otherFees': 'Other fees claimed (yuan)',
  'court.claim.lateFee': 'Of which late fees, 滞纳金 (yuan)',
  'court.claim.lateFeeDate': 'Date the late fees were charged',
  'court.claim.overLimitFee': 'Of which over-limit fees (yuan)',
  'court.claim.overLimitFeeDate': 'Date the over-limit fees were charged',
  'court.claim.interestOnCharges': 'Interest was also charged on 违约金 or fees',
  'court.claim.check': 'Check',
  'court.claim.fixFields': 'Some fields need changing; see the ones marked in red below.',
  'court.claim.error.empty': 'This needs filling in',
  'court.claim.error.not-number': 'Enter an amount in figures, e.g. 12345.67',
  'court.claim.error.negative': 'An amount cannot be negative',
  'court.claim.error.too-many-decimals': 'At most two decimals (to the fen)',
  'court.claim.error.too-large': 'Too large (over 100 million yuan): check for extra digits',
  'court.claim.error.date': 'Choose a valid date',
  'court.claim.error.date-needed': 'With an amount, please give the date it was charged',
  'court.claim.noOverdue':
    'This debt has no first missed due date yet. Add it on the debt page to check by days overdue.',
  'court.claim.table': 'Item by item',
  'court.claim.col.item': 'Item',
  'court.claim.col.claimed': 'Claimed',
  'court.claim.col.allowed': 'Benchmark would allow',
  'court.claim.col.difference': 'Difference',
  'court.claim.item.principal': 'Principal',
  'court.claim.item.interest': 'Interest',
  'court.claim.item.penalty': '违约金',
  'court.claim.item.instalment-fees': 'Instalment fees',
  'court.claim.item.other-fees': 'Other fees',
  'court.claim.item.late-fees': 'Late fees',
  'court.claim.item.over-limit-fees': 'Over-limit fees',
  'court.claim.item.total': 'Total',
  'court.claim.reasons': 'Why',
  'court.claim.finding.above-benchmark':
    'Interest, 违约金 and fees come to {charges}; on a principal of {base} over {days, plural, one {# day} other {# days}} that is about {rate} a year, and {excess} is above 24%. Many courts reduce the part above a 24% yearly benchmark on request: it is a court benchmark, not a legal cap, and results vary.',
  'court.claim.finding.within-benchmark':
    'Interest, 违约金 and fees come to {charges}; on a principal of {base} over {days, plural, one {# day} other {# days}} that is about {rate} a year, not above the 24% benchmark.',
  'court.claim.finding.late-fee-abolished':
    'Card late fees were abolished from 1 January 2017: {amount} charged since has no basis.',
  'court.claim.finding.over-limit-fee-abolished':
    'Cards may not charge over-limit fees from 1 January 2017: {amount} has no basis.',
  'court.claim.finding.interest-on-charges-abolished':
    'From 1 January 2017 cards may not charge interest on 违约金 or fees.',
  'court.claim.finding.payment-principal-first':
    'The {amount} paid on {date} was {days, plural, one {# day} other {# days}} overdue (91 or more): it goes to principal first.',
  'court.claim.finding.payment-interest-first':
    'The {amount} paid on {date} was {days, plural, one {# day} other {# days}} overdue (90 or fewer): by the rules it goes to interest and fees first.',
  'court.claim.finding.principal-above-ledger':
    'The principal claimed, {claimed}, is {difference} above your record of {ledger}: you can ask for the transaction list and statements.',
  'court.claim.sentences': 'Sentences for the answer or the objection',
  'court.claim.sentencesNote': 'They say only what the other side claims; they admit no amount for you.',
  // ── Enforcement explained (/court/enforcement) ──
  'court.enforcement.title': 'Enforcement: what it can and cannot do',
  'court.enforcement.intro':
    "If a judgment is not performed on time, the bank can apply to the court for enforcement. Every sentence below names its source and the date it took effect. These are the general rules; for your case, the court's documents decide.",
  'court.enforcement.measureDate': 'Date of the consumption ban or the listing (optional)',
  'court.enforcement.measureDateHint':
    "These two are read under the rules in force on the day the measure was taken. Leave it empty for today's rules.",
  'court.enforcement.measureTextFrom': 'Below: the rules in force from {date}.',
  'court.enforcement.noTextYet': 'There was no such rule on that day.',
  'court.enforcement.topic.start': 'How enforcement starts',
  'court.enforcement.topic.report-property': 'The duty to report your property',
  'court.enforcement.topic.consumption-ban': 'Consumption ban (限高)',
  'court.enforcement.topic.dishonest-list': 'List of dishonest judgment debtors (失信)',
  'court.enforcement.topic.limits': 'What enforcement cannot do',
  'court.enforcement.topic.how-it-ends': 'How it ends',
  'court.enforcement.start.after-performance-period':
    'An effective judgment, ruling or mediation document must be performed. If it is not, the bank (the applicant) can apply to the court for enforcement; the court then sends you an enforcement notice and may take enforcement measures at once.',
  'court.enforcement.start.two-years-to-apply':
    "The bank has 2 years to apply, counted from the last day of the performance period the judgment sets (for instalments, from the last instalment's end), and the period is interrupted like the limitation period. If the bank applies late, the court still accepts it; you can object and, if the objection stands, the court refuses enforcement. What you have paid cannot be reclaimed on the ground that you did not know the period had passed.",
  'court.enforcement.start.measures':
    'If you do not perform as the enforcement notice says, the court may query, freeze and transfer your deposits and other assets, withhold and take your income, and seal, seize, auction or sell your property.',
  'court.enforcement.start.other-measures':
    'The court may also restrict leaving the country, record the non-performance in the credit system and publish it in the media.',
  'court.enforcement.start.double-interest':
    'Paying later than the judgment says costs double interest on the debt for the delay.',
  'court.enforcement.report-property.duty':
    'If you do not perform as the enforcement notice says, you must report your current property to the court, and your property in the year before you received the notice.',
  'court.enforcement.report-property.fine-or-detention':
    'Refusing to report or reporting falsely can be fined or punished with detention, depending on how serious it is: for an individual a fine of up to 100,000 yuan and detention of up to 15 days.',
  'court.enforcement.report-property.dishonest-ground':
    'Breaching the duty to report property is one of the grounds for the dishonest-debtor list: it can lead to listing even if you cannot pay.',
  'court.enforcement.report-property.crime-only-after-sanctions':
    'Refusing to report or reporting property falsely while able to perform, and still refusing after fines or detention, can be the crime of refusing to execute a judgment.',
  'court.enforcement.consumption-ban.when-2015':
    "If you do not perform within the period in the enforcement notice, the court may impose a consumption ban; if you are put on the dishonest-debtor list it must. A ban is normally imposed on the bank's written application after the court's review; the court may also act on its own when necessary.",
  'court.enforcement.consumption-ban.list-2015':
    'Under a ban you may not: fly, take soft sleepers, or second class or above on ships; take any seat on G trains or first class or above on other bullet trains; spend at star hotels, nightclubs, golf courses and the like; buy, build, extend or luxury-renovate property; rent upscale offices, hotels or flats for work; buy cars not needed for business; travel or holiday; send your children to fee-charging private schools; buy insurance or wealth products with high premiums; or other spending not needed for living or work.',
  'court.enforcement.consumption-ban.necessary-spending-2015':
    'Spending you really need for living or business must be applied for at the enforcing court first, and is allowed only once approved.',
  'court.enforcement.consumption-ban.lifting-2015':
    'The court may lift the ban if you give real and effective security or the bank (the applicant) agrees; once the judgment is fully performed, it must lift it promptly.',
  'court.enforcement.consumption-ban.breach-2015':
    'Spending in breach of the ban is refusing to perform an effective judgment: once confirmed, the court detains or fines you; if it is serious enough to be a crime, there is criminal liability.',
  'court.enforcement.consumption-ban.list-2010':
    '(The rules before 22 July 2015.) Under a ban on high spending you may not pay from your own property for: flights, soft sleepers, second class or above on ships; spending at star hotels, nightclubs, golf courses and the like; buying, building, extending or luxury-renovating property; renting upscale offices, hotels or flats for work; cars not needed for business; travel and holidays; fee-charging private schools for your children; high-premium insurance and wealth products; other high spending not needed for living or work.',
  'court.enforcement.dishonest-list.judgment-and-ground-2017':
    'Listing needs both: an effective judgment or other legal document that is not performed, and one of six listed grounds. Being overdue alone does not get you listed: there must first be a judgment and enforcement.',
  'court.enforcement.dishonest-list.only-first-needs-ability-2017':
    'Of the six grounds only the first, "able to perform but refusing", turns on whether you can pay; if you really cannot pay, it does not apply.',
  'court.enforcement.dishonest-list.conduct-grounds-2017':
    'The other five are about conduct and can apply even if you cannot pay: obstructing enforcement with forged evidence, violence or threats; evading it by sham lawsuits or arbitration, or by hiding or moving property; breaching the duty to report property; breaching a consumption ban; refusing without good reason to perform an enforcement settlement.',
  'court.enforcement.dishonest-list.not-listed-when-2017':
    'The court may not list you under the first ground if: you gave sufficient, effective security; property already sealed, seized or frozen is enough to pay; by law enforcement should not be against you first; or otherwise it is not a case of being able to perform and refusing.',
  'court.enforcement.dishonest-list.minors-2017': 'A minor may not be put on the list.',
  'court.enforcement.dishonest-list.decision-2017':
    'The enforcement notice must warn of the risk of listing. The bank may apply for listing and the court decides within 15 days; the court may also decide on its own. Listing needs a decision signed by the court president that states the reason (and the period, if there is one), and it is served on you.',
  'court.enforcement.dishonest-list.term-2017':
    'Listing on one of the last five grounds lasts 2 years; for serious violent or threatening obstruction or several failings it may be extended by 1 to 3 years; if you perform actively or correct the conduct, the court may delete it early. Listing on the first ground has no fixed period.',
  'court.enforcement.dishonest-list.effects-2017':
    "The list is published through the Supreme People's Court's database and reported to government departments, financial regulators, financial institutions and credit-reporting agencies, which apply credit sanctions such as in lending; a listed person must also be put under a consumption ban.",
  'court.enforcement.dishonest-list.ability-required-2013':
    '(The rules before 1 May 2017.) Listing required being "able to perform but not performing" plus one of the listed situations; a person who really could not pay should not have been listed.',
  'court.enforcement.dishonest-list.correction':
    "If you think you should not have been listed, the information is wrong, or it should be deleted, apply in writing to the enforcing court for correction (under today's rules, whichever rules you were listed under). The court reviews within 15 days and, if you are right, corrects within 3 working days; if it rejects the application, you may ask the next-higher court for review within 10 days of receiving the decision, and the listing stays in effect meanwhile.",
  'court.enforcement.limits.necessities-kept':
    'When the court withholds or takes income it must leave what you and your dependants need to live; when it seals, seizes or auctions property it must leave your necessities.',
  'court.enforcement.limits.within-what-is-owed':
    'What is queried, seized, frozen, transferred or sold may not exceed what you have to pay.',
  'court.enforcement.limits.inability-is-not-a-crime':
    'Being unable to pay is not a crime. Refusing to execute a judgment is a crime only when the person "is able to execute it and refuses, and the circumstances are serious".',
  'court.enforcement.limits.ability-means-after-necessities':
    '"Able to execute" means able to perform in whole or in part, counted after the living necessities of you and your dependants.',
  'court.enforcement.limits.what-refusal-looks-like':
    'What can be a crime is refusing while able, for example: maliciously giving property away or transferring it in a sham, so that the judgment cannot be executed; hiding evidence of your ability to pay; refusing to report or falsely reporting property, or breaching a consumption ban, and still refusing after fines or detention. Hiding or moving property after being told of the lawsuit, then refusing after the judgment, also counts as refusing while able.',
  'court.enforcement.how-it-ends.full-performance':
    'Once the judgment is fully performed, the court must lift the consumption ban promptly. A listing on the first ground (able but refusing) must be deleted within 3 working days; a listing with a fixed period is deleted when the period ends, and the court may delete it early if you perform actively.',
  'court.enforcement.how-it-ends.settlement':
    'During enforcement you may settle with the bank; the agreement is recorded and signed by both sides. If the bank was deceived or coerced, or you do not perform the settlement, the court may resume enforcing the judgment on application.',
  'court.enforcement.how-it-ends.settlement-deletes-listing':
    'A listing without a fixed period must be deleted within 3 working days once an enforcement settlement is fully performed.',
  'court.enforcement.how-it-ends.no-property-found':
    'If no property can be found, the court may end this round of enforcement (终结本次执行). The debt does not go away: you remain liable, and if the bank finds property it may apply again, without the 2-year limit.',
  'court.enforcement.how-it-ends.dishonest-term-ends':
    'A listing with a fixed period must be deleted within 3 working days after the period ends. If a ground arises again after deletion, you may be listed again.',
  'court.enforcement.how-it-ends.termination':
    'The court ends enforcement (终结执行) in cases including: the bank withdraws its application; the document being enforced is set aside; or you cannot repay a loan because of hardship, have no income and have lost the ability to work.',
  'court.enforcement.sources': 'Sources',
  'court.enforcement.toCaseNumber': 'Read the case number on a court paper',
  'court.enforcement.link': 'Enforcement: what it can and cannot do',
};
