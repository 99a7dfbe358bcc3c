/** Letters to a court, a mediator or an enforcement creditor: names, form, notes. */
export const courtLettersZh = {
  'letters.template.payment-order-objection': '支付令异议书',
  'letters.template.payment-order-objection.about':
    '收到支付令之日起 15 日内，向发出支付令的法院书面提出，异议要针对债务本身（民事诉讼法第二百二十七条）。',
  'letters.template.civil-answer': '民事答辩状（信用卡、贷款案件）',
  'letters.template.civil-answer.about':
    '收到起诉状副本之日起 15 日内提交（民事诉讼法第一百二十八条）。可以用“核对债权人的主张”得出的句子。',
  'letters.template.mediation-proposal': '诉前调解：还款方案',
  'letters.template.mediation-proposal.about': '法院委派调解员联系你时，按你自己的收支提出还款方案。调解是自愿的。',
  'letters.template.enforcement-settlement': '执行和解申请',
  'letters.template.enforcement-settlement.about': '判决生效、进入执行以后，向申请执行人提出你能做到的履行方案。',
  'letters.template.dishonest-list-correction': '纠正失信信息申请书',
  'letters.template.dishonest-list-correction.about':
    '被错误纳入失信被执行人名单、信息不准确或应当删除时，向执行法院书面申请纠正。',
  'letters.court.step': '法院和案件',
  'letters.court.court': '法院名称',
  'letters.court.courtHint': '照文书上写的，例如：北京市朝阳区人民法院',
  'letters.court.caseNumber': '案号',
  'letters.court.caseNumberOptional': '调解编号或案号（可选）',
  'letters.court.caseNumberHint': '照文书上写的，例如（2026）京0105民督123号',
  'letters.court.servedOn.objection': '收到支付令的日期',
  'letters.court.servedOn.answer': '收到起诉状副本的日期',
  'letters.court.deadline': '按你填的日期，最后一天是 {date}（遇法定节假日顺延，这里按较早的日期算）。',
  'letters.court.opposingParty.objection': '申请人（支付令上的债权人）',
  'letters.court.opposingParty.answer': '原告（起诉状上的债权人）',
  'letters.court.opposingParty.mediation': '对方当事人（银行或债权人）',
  'letters.court.cause': '案件类型',
  'letters.court.cause.card': '信用卡纠纷',
  'letters.court.cause.loan': '金融借款合同纠纷',
  'letters.court.grounds': '你对债务本身有什么异议（可多选）',
  'letters.court.ground.amount': '金额不对',
  'letters.court.ground.charges': '利息、违约金或费用没有依据或太高',
  'letters.court.ground.limitation': '已经超过诉讼时效',
  'letters.court.ground.identity': '不是我的债，或我没有用过这张卡、这笔贷款',
  'letters.court.inabilityGrounds': '以下几种不能作为异议的理由：',
  'letters.court.ground.cannot-pay': '我现在没钱还',
  'letters.court.ground.more-time': '我想晚一点还',
  'letters.court.ground.other-method': '我想换一种还法（例如分期）',
  'letters.court.inabilityOnly':
    '只说没钱还、要求延期或换一种还法，不影响支付令的效力（民事诉讼法解释第四百三十六条）。异议必须针对债务本身：金额、费用、时效，或是不是你的债。上岸不会只凭这些写异议书，也不会把它们写进去。',
  'letters.court.limitationUnsupported': '你的记录不支持“超过诉讼时效”（见这笔债的评估），所以这里不提供这一项。',
  'letters.court.objectionNotes':
    '异议要书面提出，打电话不算；超过 15 天提出的，视为没有提出（民事诉讼法解释第四百三十一条）。只对一部分请求提出异议的，其他请求仍然有效（第四百三十二条）。只写你认为真实的情况。',
  'letters.court.requests': '答辩请求（可多选）',
  'letters.court.request.reduce-charges': '请法院调减超过年利率 24% 的利息、违约金和费用，不支持没有依据的收费',
  'letters.court.request.limitation': '已经超过诉讼时效，请求驳回',
  'letters.court.request.instalments': '如果法院判我还款，请求准许按月分期（金额取自你的还款方案）',
  'letters.court.limitationWithInstalments':
    '“超过诉讼时效”和“请求分期”不能一起写：请求分期就是同意还款，时效抗辩就没有了（诉讼时效规定第十九条）。请只选一项。',
  'letters.court.answerNotes':
    '答辩状里明确承认的对你不利的事实，对方就不用再证明了（民事诉讼法解释第九十二条）。所以上岸只写“原告主张”多少，不写你欠多少。你不认可的金额，不要在“事实与理由”里写成自己欠的。不交答辩状，法院也会照常审理。',
  'letters.court.claimSentences': '来自“核对债权人的主张”的句子',
  'letters.court.claimSentencesNone':
    '还没有。可以先到“核对债权人的主张”录入对方主张的金额，再点“写进答辩状”或“写进异议书”。',
  'letters.court.claimSentencesClear': '不用这些句子',
  'letters.court.claimCheckLink': '核对债权人的主张',
  'letters.court.reasons': '事实与理由（用你自己的话写）',
  'letters.court.reasonsOptional': '其他说明（可选）',
  'letters.court.reasonsHint': '只写真实情况。例如：哪几笔还款没有计入、哪项收费从来没有告知过你。',
  'letters.court.evidence': '证据清单（一行一项，可选）',
  'letters.court.evidenceHint': '例如：银行流水、还款记录截图、信用卡领用合约',
  'letters.court.listingGround': '哪一种情形',
  'letters.court.listingGround.should-not-list': '不应该把我纳入名单',
  'letters.court.listingGround.inaccurate': '名单上的信息不准确',
  'letters.court.listingGround.should-delete': '信息应当删除（例如已经履行完毕）',
  'letters.court.mediationNotes':
    '诉前调解是自愿的：可以协商、要求时间，也可以拒绝；调解不成，法院依法立案（民事诉讼法第一百二十五条，特邀调解规定第二条）。调解期限一般为 30 天。签了的调解协议要经法院司法确认或者制作调解书，才能申请强制执行（第二百零五条、第二百零六条），所以只答应你真能做到的。调解员向你要钱、要求把钱打到个人账户，或者强迫你调解的，可以向委派调解的法院投诉（特邀调解规定第二十八条，在线调解规则第二十九条）。',
  'letters.court.settlementNotes':
    '和解协议由执行员记入笔录。不履行和解协议的，法院可以恢复执行（民事诉讼法第二百四十一条）；无正当理由拒不履行和解协议，是纳入失信被执行人名单的情形之一（失信名单规定第一条第六项）。只答应你真能做到的。',
  'letters.court.correctionNotes':
    '执行法院收到书面申请后 15 日内审查，理由成立的 3 个工作日内纠正；驳回的，可以在决定书送达之日起 10 日内向上一级法院申请复议，复议期间不停止原决定（失信名单规定第十一条、第十二条）。',
  'letters.missing.court.court': '法院名称',
  'letters.missing.court.caseNumber': '案号（读不出来或没填）',
  'letters.missing.court.servedOn': '收到文书的日期',
  'letters.missing.court.opposingParty': '对方当事人',
  'letters.missing.court.objectionGrounds': '对债务本身的异议',
  'letters.missing.court.answerRequests': '答辩请求',
  'letters.missing.court.listingGround': '哪一种情形',
  'letters.missing.court.reasons': '事实与理由',
  'letters.warning.objection-inability-only':
    '只说没钱还、要求延期或换一种还法，不影响支付令的效力（民事诉讼法解释第四百三十六条），所以这份异议书还不能生成。请选出你对债务本身的异议。',
  'letters.warning.objection-after-deadline':
    '按你填的日期，写信日已经超过收到支付令后的 15 天。超过法定期间提出的异议视为没有提出（民事诉讼法解释第四百三十一条）。请核对收到的日期；拿不准可以打 12368 问法院。',
  'letters.warning.limitation-with-instalments':
    '“超过诉讼时效”和“请求分期”不能一起写：请求分期就是同意还款（诉讼时效规定第十九条）。请只选一项。',
} as const;
