import type { lettersZh } from '../zh-CN/letters';

export const lettersEn: Record<keyof typeof lettersZh, string> = {
  'letters.title': 'Letters',
  'letters.budgetFirst':
    'Before writing an instalment request, fill in your monthly income and essential spending, then choose a plan:',
  'letters.intro':
    'Letters built from your own numbers and your own words. Shore writes only what you enter and never invents hardship.',
  'letters.choose': 'Write a letter',
  'letters.saved': 'Saved letters',
  'letters.noSaved': 'No saved letters yet.',
  'letters.savedItem': '{title} · {date}',
  'letters.template.hardship-application': 'Personalised instalment application (Art. 70)',
  'letters.template.hardship-application.about':
    'Ask the bank for instalments of up to 5 years and for interest and fees to stop.',
  'letters.template.loan-negotiation': 'Request to negotiate repayment (consumer-finance companies, online lenders)',
  'letters.template.loan-negotiation.about':
    'Ask a consumer-finance company or online lender for instalments and for interest and fees to be reduced. No rule makes them agree; the letter says it is a request.',
  'letters.template.hardship-no-reply': 'Follow-up: no reply',
  'letters.template.hardship-no-reply.about':
    'When your application or request has not been answered after the time you set (e.g. 15 days).',
  'letters.template.hardship-reconsider': 'Request to reconsider a refusal',
  'letters.template.hardship-reconsider.about':
    'When the creditor said no: ask it to think again and give its reasons.',
  'letters.template.complaint-12378': 'Complaint: the bank will not consider it (12378)',
  'letters.template.complaint-12378.about':
    'When the bank refuses even to consider your application, complain to the NFRA (hotline 12378). Complain to the bank itself first if you can.',
  'letters.template.credit-objection': 'Credit-record objection',
  'letters.template.credit-objection.about':
    'When your credit report is wrong. A written answer is due within 20 days (Credit Reporting Regulation Art. 25).',
  'letters.template.credit-statement': 'Statement on a negative record',
  'letters.template.credit-statement.about':
    'Add your own explanation to a negative record while it is kept (Credit Reporting Regulation Art. 16).',
  'letters.template.third-party-stop': 'Stop contacting third parties; name the agency',
  'letters.template.third-party-stop.about':
    'When collectors contacted your family, colleagues or friends; also asks which collection agency the creditor uses.',
  'letters.builder.title': 'Write a letter',
  'letters.builder.loadFailed':
    "This letter's draft and the sender details you entered last time could not be read. Nothing saved is affected; try again, or reload the page if it keeps failing.",
  'letters.builder.retry': 'Try again',
  'letters.builder.debt': 'Which debt is this letter about',
  'letters.builder.noDebt': '(not about one debt)',
  'letters.builder.step.who': 'You and the recipient',
  'letters.builder.step.facts': 'Your situation',
  'letters.builder.step.preview': 'Preview',
  'letters.field.recipient': 'Recipient',
  'letters.field.recipientHint':
    'e.g. the bank’s credit card centre; for a credit objection, the PBOC Credit Reference Center',
  'letters.field.recipientHint.loan':
    'e.g. the company’s customer service or post-loan department, as named in your loan contract or app',
  'letters.field.name': 'Your name',
  'letters.field.idNumber': 'ID card number',
  'letters.field.idNumberHint': 'The creditor needs it to find your account. It stays on this device.',
  'letters.field.address': 'Address (optional)',
  'letters.field.addressRequired': 'Address',
  'letters.field.contactKind': 'Ask them to contact you only by',
  'letters.field.contactValue': 'Contact details',
  'letters.contact.phone': 'Phone',
  'letters.contact.post': 'Post',
  'letters.contact.email': 'E-mail',
  'letters.field.date': 'Date of the letter',
  'letters.field.hardshipFacts': 'What happened (in your own words)',
  'letters.field.hardshipFactsHint':
    'What happened, since when, and how it affects your income: job loss, illness, business failure, lower income. Only true facts; several paragraphs are fine.',
  'letters.field.applicationDate': 'Date the application was sent',
  'letters.field.sentVia': 'How it was sent (optional)',
  'letters.field.sentViaHint': 'e.g. EMS (tracking no. …)',
  'letters.field.refusalDate': 'Date of the creditor’s answer',
  'letters.field.refusalNote': 'What the creditor said or did',
  'letters.field.bankComplaintDate': 'Date you complained to the bank (optional)',
  'letters.field.recordDescription': 'Which record (institution, account, entry)',
  'letters.field.correction': 'What is correct',
  'letters.field.statementText': 'Your statement',
  'letters.field.thirdPartyFacts': 'Who was contacted, when, and what they were told',
  'letters.field.enclosures': 'Enclosures',
  'letters.enclosure.id-copy': 'Copy of ID card',
  'letters.enclosure.hardship-proof': 'Proof of hardship',
  'letters.enclosure.bank-statements': 'Recent bank statements',
  'letters.enclosure.budget': 'Budget (attached after the letter)',
  'letters.enclosure.credit-report': 'Credit report (relevant pages)',
  'letters.enclosure.correspondence': 'Earlier application, letters and replies',
  'letters.fromLedger':
    'Amounts come from the ledger, income and spending from the budget, the proposal from the plan. Change them on those pages.',
  'letters.loanNote':
    'No rule makes a consumer-finance company or an online lender agree to a new repayment plan. This letter is a request to negotiate, and it says so.',
  'letters.notForThisDebt':
    'This letter is for a bank about a credit card; it does not fit this loan. For this debt use:',
  'letters.notForThisDebt.card':
    'This letter is for the lender of a loan; it does not fit this credit card. For this debt use:',
  'letters.art70Note':
    'Art. 70 says the bank “may” agree to negotiate; it does not have to. This letter is a request, not the exercise of a right the bank must grant.',
  'letters.missing.title': 'Still missing (marked 【待填写】 in the letter):',
  'letters.missing.recipient': 'Recipient',
  'letters.missing.sender.name': 'Your name',
  'letters.missing.sender.idNumber': 'ID card number',
  'letters.missing.sender.address': 'Address',
  'letters.missing.contact': 'Contact details',
  'letters.missing.debt': 'Choose a debt',
  'letters.missing.budget': 'Budget (under “Budget & plan”)',
  'letters.missing.plan': 'Repayment plan (under “Budget & plan”)',
  'letters.missing.plan.firstDue': 'First payment date (on the plan page)',
  'letters.missing.hardshipFacts': 'What happened',
  'letters.missing.applicationDate': 'Date the application was sent',
  'letters.missing.refusalDate': 'Date of the creditor’s answer',
  'letters.missing.refusalNote': 'What the creditor said',
  'letters.missing.recordDescription': 'Which record',
  'letters.missing.correction': 'What is correct',
  'letters.missing.statementText': 'Your statement',
  'letters.missing.thirdPartyFacts': 'How third parties were contacted',
  'letters.missing.limitationChoice': 'Your choice about the limitation period (see the warning above)',
  'letters.warning.limitation-may-have-expired':
    'Warning: from your records, the limitation period for this debt may have expired. Once it has, stating that you agree to pay (for example promising payment in the letter) or paying of your own accord means you can no longer rely on the time bar (SPC limitation rules Art. 19). Merely mentioning the debt or explaining your situation is not in itself agreeing to pay. Whether to send this letter is your choice; if unsure, ask a lawyer or your local legal aid office first.',
  'letters.limitation.proceed': 'I understand and still want to write this letter',
  'letters.warning.plan-exceeds-max-term':
    'This plan runs past 60 months. Art. 70 allows at most 5 years. Adjust the monthly amount on the plan page.',
  'letters.warning.budget-shortfall': 'Your budget shows a monthly shortfall. The letter states it as it is.',
  'letters.warning.offer-above-surplus':
    'The amount for this creditor is more than your budget leaves. Make sure you can really keep it up.',
  'letters.save': 'Save this letter',
  'letters.saveBlocked': 'Fill in what is missing before saving or printing.',
  'letters.savedToast': 'Saved. You can reprint it exactly as it is from Letters.',
  'letters.draftSaved': 'Draft saved automatically',
  'letters.output.title': 'Print or send',
  'letters.output.copy': 'Copy the letter text',
  'letters.output.copied': 'Copied. You can paste it into WeChat or an e-mail.',
  'letters.output.copyFailed': 'Could not copy. Press and hold the text in the preview to copy it.',
  'letters.output.file': 'Make a PDF file (for WeChat or a print shop)',
  'letters.output.fileWorking': 'Making the file…',
  'letters.output.fileDone': 'File ready: {name}',
  'letters.output.fileCancelled': 'Cancelled: the file was not sent or saved.',
  'letters.output.fileFailed': 'Could not make the file. Use “Save as PDF” in the print dialog instead.',
  'letters.output.fileHint':
    'Made on your phone: the same A4 pages as the printout, with text that can be searched and copied, so print shops and WeChat open it as is. Nothing is uploaded.',
  'letters.output.guide': 'No printer? How to save a PDF',
  'letters.output.guide.android':
    'Android Chrome: tap Print → choose “Save as PDF” as the printer → tap the download icon.',
  'letters.output.guide.ios':
    'iPhone Safari: tap Print → spread two fingers on the preview → tap Share → “Save to Files” or send it to WeChat.',
  'letters.output.guide.shop':
    'At a print shop: send the PDF to the shop’s WeChat and ask for A4 at 100%. Sign by hand where it says 签名.',
  'letters.output.guide.send':
    'Posting it: send by EMS or registered mail and keep the receipt; keep a copy for yourself.',
  'letters.saved.title': 'Saved letter',
  'letters.saved.meta': 'Template {template} · saved {date}',
  'letters.saved.notFound': 'This letter no longer exists.',
  'letters.saved.delete': 'Delete this letter',
  'letters.saved.deleted': 'Deleted',
  'letters.preview': 'Letter preview',
};
