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
};
