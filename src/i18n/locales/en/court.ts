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
    'Interest, 违约金 and fees come to {charges}; on a principal of {base} over {days} days that is about {rate} a year, and {excess} is above 24%. Many courts reduce the part above a 24% yearly benchmark on request: it is a court benchmark, not a legal cap, and results vary.',
  'court.claim.finding.within-benchmark':
    'Interest, 违约金 and fees come to {charges}; on a principal of {base} over {days} days that is about {rate} a year, not above the 24% benchmark.',
  'court.claim.finding.late-fee-abolished':
    'Card late fees were abolished from 1 January 2017: {amount} charged since has no basis.',
  'court.claim.finding.over-limit-fee-abolished':
    'Cards may not charge over-limit fees from 1 January 2017: {amount} has no basis.',
  'court.claim.finding.interest-on-charges-abolished':
    'From 1 January 2017 cards may not charge interest on 违约金 or fees.',
  'court.claim.finding.payment-principal-first':
    'The {amount} paid on {date} was {days} days overdue (91 or more): it goes to principal first.',
  'court.claim.finding.payment-interest-first':
    'The {amount} paid on {date} was {days} days overdue (90 or fewer): by the rules it goes to interest and fees first.',
  'court.claim.finding.principal-above-ledger':
    'The principal claimed, {claimed}, is {difference} above your record of {ledger}: you can ask for the transaction list and statements.',
  'court.claim.sentences': 'Sentences for the answer or the objection',
  'court.claim.sentencesNote': 'They say only what the other side claims; they admit no amount for you.',
};
