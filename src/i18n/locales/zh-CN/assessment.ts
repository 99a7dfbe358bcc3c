/**
 * The legal assessment (债务详情里的"法律上现在是什么情况"), the deadlines on the home screen and
 * the "法律到底怎么说" page. Each `assess.finding.<code>` is one statement the engine makes; it is
 * always shown with its source. Keys ending in `.claim` are popular claims shown only as claims
 * being corrected (a test keeps wrong claims out of every other string).
 */
export const assessmentZh = {
  // ── Panel ──
  'assess.title': '法律上现在是什么情况',
  'assess.asOf': '按今天（{date}）计算，每天自动更新。',
  'assess.loading': '正在计算……',
  'assess.section.stage': '逾期阶段',
  'assess.section.milestones': '接下来的日期',
  'assess.section.criminal': '会不会涉及刑事责任（恶意透支）',
  'assess.section.civil': '起诉、支付令和执行',
  'assess.section.limitation': '诉讼时效',
  'assess.section.creditRecord': '征信记录',
  'assess.section.events': '你记录的事件',
  'assess.outstanding': '按你的记录，现在还欠 {total}（透支本金 {principal}）。',
  'assess.outstandingLoan': '按你的记录，现在还欠 {total}（借款本金 {principal}）。',
  'assess.outstandingPaid': '已扣除你在 {date} 之后记录的还款。',
  'assess.mythsLink': '常见说法对不对？看“法律到底怎么说”',
  'assess.enforcementLink': '强制执行能做什么、不能做什么',
  'assess.milestones.empty': '没有需要留意的日期。',
  'assess.milestones.daysLeft': '还有 {days} 天',
  'assess.milestones.today': '就是今天',
  'assess.milestones.unconfirmed': '（第二次催收能否证明你收到还不确定）',
  'assess.criminal.intro': '只有下面四个条件同时满足，才可能构成恶意透支。上岸逐条列出，不给笼统的“风险高低”。',
  'assess.criminal.lowering': '能降低风险的做法',
  'assess.criminal.presumptions': '以下情形会被推定为有非法占有目的（有相反证据的除外）：',
  'assess.status.met': '满足',
  'assess.status.not-met': '不满足',
  'assess.status.unknown': '不确定',
  'assess.limitation.lastCause': '最近一次让时效重新计算的是：{date} {cause}。',
  'assess.finding.overdue-days-loan':
    '从 {since} 起没还上，到今天已逾期 {days} 天。借款人没有按约定的期限还款的，要按照合同约定或者国家有关规定支付逾期利息。',
  'assess.finding.consumer-finance-lender':
    '这是消费金融公司的借款。消费金融公司是经国家金融监督管理总局批准设立的非银行金融机构，不是银行，这笔借款也不是信用卡透支：信用卡的风险分类（关注、次级等）和银行按 30 天分档的“账龄”都不适用于它。',
  'assess.finding.online-lender':
    '这是网络平台的借款，不是信用卡透支：信用卡的风险分类（关注、次级等）和银行按 30 天分档的“账龄”都不适用于它。贷款人以借款合同上写的为准，它决定了哪些规定适用；例如小额贷款公司由地方金融监管部门监管。',
  'assess.finding.credit-code-if-reported':
    '如果贷款机构向人民银行征信系统报送这笔借款，信用报告的还款记录里对应的数字通常是 {code}（逾期 1–30 天记 1，每多 30 天加 1，超过 180 天记 7）。有没有报送，可以查你的信用报告。',
  'assess.finding.debt-sale-loan':
    '贷款机构把债权转让给别人（例如资产管理公司）的，要通知你才对你生效；你对原来的贷款机构能提出的抗辩，对新债权人同样可以提出。',
  'assess.bankActions.note': '以下是常见做法，各银行不同，不是法律规定。',

  // ── Values inside statements ──
  'assess.value.phase.not-overdue': '未逾期',
  'assess.value.phase.early': '初期（1–30 天）',
  'assess.value.phase.middle': '中期（31–90 天）',
  'assess.value.phase.late': '后期（90 天以上）',
  'assess.value.class.normal': '正常',
  'assess.value.class.special-mention': '关注（逾期 1–90 天）',
  'assess.value.class.substandard': '次级（逾期 91–120 天）',
  'assess.value.class.doubtful': '可疑（逾期 121–180 天）',
  'assess.value.class.loss': '损失（逾期超过 180 天）',
  'assess.value.cause.collection-notice': '催收通知',
  'assess.value.cause.payment': '还款',
  'assess.value.cause.acknowledgement': '承认欠款',
  'assess.value.cause.repayment-plan': '签还款计划',
  'assess.value.cause.payment-order': '支付令',
  'assess.value.cause.lawsuit': '起诉',
  'assess.value.kind.payment-order-received': '支付令',
  'assess.value.kind.lawsuit-filed': '起诉',
  'assess.value.kind.complaint-served': '起诉状副本',
  'assess.value.kind.judgment-received': '判决',
  'assess.value.kind.ruling-received': '裁定',
  'assess.value.kind.enforcement': '强制执行',
  'assess.value.kind.consumption-ban': '限制消费',
  'assess.value.kind.dishonest-list': '失信被执行人名单',

  // ── Stage ──
  'assess.finding.settled-date-unknown': '这笔债务已结清。填上结清日期，上岸才能算出征信记录保留到哪天。',
  'assess.finding.settled': '已于 {settledOn} 结清，结清前共逾期 {days} 天。',
  'assess.finding.not-overdue': '目前没有逾期。',
  'assess.finding.overdue-days': '从 {since} 起没还上，到今天已逾期 {days} 天。',
  'assess.finding.plain-phase': '通俗地说，现在处于逾期{phase}。',
  'assess.finding.bucket': '按银行内部每 30 天一档的“账龄”，这笔属于 {bucket}。',
  'assess.finding.credit-code':
    '征信报告的还款记录里，对应的数字通常是 {code}（逾期 1–30 天记 1，每多 30 天加 1，超过 180 天记 7）。',
  'assess.finding.regulatory-class': '按监管规定的信用卡风险分类，属于“{class}”类。',
  'assess.finding.non-performing': '已逾期超过 90 天，银行内部把它归为不良。这是银行的分类，不会改变你欠的金额。',
  'assess.finding.non-performing-ahead': '到 {on} 逾期满 91 天，银行内部会把它归为不良。这不会改变你欠的金额。',
  'assess.finding.write-off-explained':
    '银行通常在逾期约 180 天时“核销”（常见做法）。核销只是银行内部的账务处理，不等于免除你的债务。',
  'assess.finding.write-off-zone':
    '已逾期超过 180 天，银行可能已经核销（常见做法）。核销不等于免除债务：银行仍可以催收、起诉，或把债权转让给别人。',
  'assess.finding.debt-sale':
    '债权转让给别人（例如资产管理公司）的，要通知你才对你生效；你对银行能提出的抗辩，对新债权人同样可以提出。',
  'assess.finding.bank-actions': '这个阶段银行通常会：',
  'assess.reason.reminders': '发短信、打电话提醒',
  'assess.reason.card-frozen-or-limit-cut': '冻结卡片或降低额度',
  'assess.reason.in-house-calls': '由银行自己的催收人员打电话',
  'assess.reason.card-suspended': '停止卡片使用（止付）',
  'assess.reason.formal-letters': '寄送书面催收函',
  'assess.reason.outsourced-collection': '委托外部催收机构催收',
  'assess.reason.balance-accelerated': '要求一次性还清全部欠款',
  'assess.reason.write-off': '核销（银行内部账务处理，不免除债务）',
  'assess.reason.debt-sale-possible': '可能把债权转让给资产管理公司',

  // ── Criminal ──
  'assess.finding.scope-card-overdraft': '这是银行信用卡透支。恶意透支的规定可能适用，但必须同时满足下面全部条件。',
  'assess.finding.scope-instalment-contested':
    '这是信用卡分期或现金分期。法院实践中常把这类产品当作贷款，而不是“透支”（常见做法，未核实）；银行违规以透支形式变相放贷的，不适用恶意透支的规定。下面仍列出各项条件，供你参考。',
  'assess.finding.scope-not-a-card':
    '这不是银行信用卡。恶意透支只针对信用卡透支，不适用于消费金融公司或网络平台的借款。',
  'assess.finding.principal-met':
    '条件一：满足。未还的透支本金 {principal}，达到了 {threshold} 的标准（以上包括本数）。利息和费用 {interestAndFees} 不计入。',
  'assess.finding.principal-not-met':
    '条件一：不满足。未还的透支本金 {principal}，低于 {threshold} 的标准。利息和费用 {interestAndFees} 不计入。',
  'assess.finding.principal-unknown': '条件一：不确定。这个日期没有可以对照的金额标准。',
  'assess.finding.principal-issuer-met':
    '条件一：满足。这张卡未还的透支本金 {principal}；你在同一家银行的 {cardCount} 笔信用卡债务合计未还本金 {issuerPrincipal}，达到了 {threshold} 的标准（以上包括本数）。利息和费用 {interestAndFees} 不计入。',
  'assess.finding.principal-issuer-not-met':
    '条件一：不满足。这张卡未还的透支本金 {principal}；你在同一家银行的 {cardCount} 笔信用卡债务合计未还本金 {issuerPrincipal}，低于 {threshold} 的标准。利息和费用 {interestAndFees} 不计入。',
  'assess.finding.principal-issuer-unknown':
    '条件一：不确定。你在同一家银行的 {cardCount} 笔信用卡债务合计未还本金 {issuerPrincipal}，但这个日期没有可以对照的金额标准。',
  'assess.reason.issuer-total-may-be-added':
    '同一家银行的几张卡，欠款数额通常会合并计算，而不是每张卡分开算（常见做法，未核实）。',
  'assess.reason.issuer-total-includes-contested-product':
    '合计里有信用卡分期或现金分期。这类产品是否算“透支”，法院实践中有争议（常见做法，未核实）。',
  'assess.reason.interest-and-fees-excluded': '只算实际透支的本金，利息、复利、违约金和手续费都不算。',
  'assess.reason.payments-credited-to-principal': '你记录的还款 {paid} 全部先抵本金。',
  'assess.reason.old-threshold-in-force': '这个日期适用 2009 年的旧标准（1 万元）；2018 年 12 月 1 日起改为 5 万元。',
  'assess.reason.total-over-line-but-principal-under': '加上利息和费用后总额超过了标准，但只有本金计数，所以不满足。',
  'assess.reason.no-threshold-rule-on-date': '2009 年 12 月 16 日之前的情况，上岸没有收录。',
  'assess.finding.collections-met':
    '条件二：满足。{first} 和 {second} 两次催收能证明你收到了，间隔至少 30 天，属于“有效催收”。',
  'assess.finding.collections-unknown':
    '条件二：不确定。{first} 和 {second} 两次催收间隔够了，但还不能确定能证明你收到了。',
  'assess.finding.collections-not-met': '条件二：不满足。没有两次能证明你收到、间隔至少 30 天的有效催收。',
  'assess.reason.receipt-not-proven': '只有能确认你收到的催收才算“有效催收”。',
  'assess.reason.fewer-than-two-notices': '你记录的逾期后的催收不到两次。',
  'assess.reason.not-provably-received': '有的催收你没有收到，或无法证明收到。',
  'assess.reason.less-than-30-days-apart': '两次催收间隔不到 30 天。',
  'assess.reason.same-day-notices': '两次催收在同一天。',
  'assess.reason.notice-before-overdue-ignored': '逾期之前的通知不算催收。',
  'assess.reason.spacing-rule-not-in-force': '“两次间隔至少 30 天”的规定从 2018 年 12 月 1 日起施行，这个日期还没有。',
  'assess.reason.based-on-entered-notices': '这里只根据你记录的催收判断；银行手里可能还有你没记录的催收记录。',
  'assess.reason.evading-counts-as-received': '如果故意躲避催收（例如换号、拒收），即使没收到也可能被认定为收到。',
  'assess.finding.three-months-met': '条件三：满足。第二次有效催收后超过 3 个月（到 {clockEnds} 满 3 个月）仍未归还。',
  'assess.finding.three-months-not-met': '条件三：不满足。',
  'assess.finding.three-months-unknown': '条件三：不确定。',
  'assess.reason.repaid-in-full': '已经全部还清。',
  'assess.reason.no-second-collection': '还没有第二次有效催收，3 个月还没开始算。',
  'assess.reason.three-months-not-passed': '第二次催收后的 3 个月到 {clockEnds} 才满，从第二天起才可能满足。',
  'assess.reason.second-collection-not-proven': '第二次催收能否证明你收到还不确定。',
  'assess.reason.paid-after-second-collection':
    '第二次催收后你还过钱。法律没有说部分还款算不算“归还”，但它会减少计入的本金，也能说明你有还款意愿。',
  'assess.finding.intent-unknown':
    '条件四：“以非法占有为目的”。上岸无法判断，这要由司法机关综合你的信用记录、还款能力和意愿、钱的用途、逾期后的表现和没还款的原因来认定。',
  'assess.reason.non-payment-alone-is-not-intent': '司法解释写明：不能仅凭没有按时还款，就认定有非法占有目的。',
  'assess.reason.judged-on-all-circumstances': '没还款的原因（失业、生病、收入下降）是判断的一部分，保留好相关证明。',
  'assess.reason.presumption-overdraw-knowing-unable': '明知没有还款能力而大量透支，无法归还',
  'assess.reason.presumption-false-documents': '用虚假资信证明申领信用卡后透支，无法归还',
  'assess.reason.presumption-evade-by-changing-contact': '透支后逃匿、改变联系方式，逃避银行催收',
  'assess.reason.presumption-hide-assets': '抽逃、转移资金，隐匿财产，逃避还款',
  'assess.reason.presumption-crime-use': '用透支的钱进行犯罪活动',
  'assess.reason.presumption-other-refusal': '其他非法占有资金、拒不归还的情形',
  'assess.finding.outcome-not-applicable': '结论：恶意透支的规定不适用于这笔债务。',
  'assess.finding.outcome-not-all-met': '结论：上面的条件没有全部满足。还不起不等于犯罪。',
  'assess.finding.outcome-unclear': '结论：有的条件还不确定。补充记录（例如能否证明收到了催收）后，结论会更清楚。',
  'assess.finding.outcome-conditions-met-product-contested':
    '结论：按你记录的情况，前三个条件看起来都满足了，但计入的欠款里有信用卡分期或现金分期，这类产品常被当作贷款而不是透支（常见做法，未核实），是否适用恶意透支本身就有疑问；是否有“非法占有目的”也要由司法机关认定。下面这些做法能降低风险。',
  'assess.finding.outcome-objective-conditions-met':
    '结论：按你记录的情况，前三个条件都满足了；是否有“非法占有目的”仍要由司法机关认定。下面这些做法能降低风险。',
  'assess.finding.lower-stay-reachable':
    '保持电话畅通，不换号、不躲避，收到正式通知要回应。透支后改变联系方式逃避催收，会被推定为有非法占有目的。',
  'assess.finding.lower-partial-payments': '能还多少还多少：每一笔还款都先抵本金，会减少计入的金额。',
  'assess.finding.lower-full-repayment':
    '恶意透支数额较大（5 万元以上不满 50 万元）的，在提起公诉前全部还清，可以不起诉；在一审判决前全部还清，可以免予刑事处罚。“可以”不是“一定”；曾因信用卡诈骗受过两次以上处罚的除外。',
  'assess.finding.lower-keep-records': '保留困难的证明，以及你和银行协商的记录（时间、对象、你提出的方案）。',
  'assess.finding.lower-never-hide-assets': '不要转移或隐匿财产。',

  // ── Civil ──
  'assess.finding.no-minimum': '法律没有规定起诉或申请支付令的最低金额或等待时间，金额小、逾期时间短也可能被起诉。',
  'assess.finding.payment-order':
    '你在 {date} 收到支付令。对欠款有异议的，要在 {deadline}（含当天）之前向法院提出书面异议，还剩 {daysLeft} 天。既不还款也不提出异议，债权人可以申请强制执行；异议成立的，支付令失效，一般转入诉讼。',
  'assess.reason.holiday-not-counted':
    '期限的最后一天是法定休假日的，法律规定以休假日后的第一天为最后一天；文书在期满前交邮寄出的，不算过期（民诉法第八十五条）。上岸没有休假日日历，这里显示的是不顺延的较早日期，按它行动最稳妥。',
  'assess.reason.objection-must-contest-debt':
    '异议必须是书面的，并且要针对欠款本身（例如金额不对、收费没有依据、已过诉讼时效、不是你的欠款）。只说还不起、要求延期或换一种还法，不能阻止支付令生效；口头异议无效。',
  'assess.finding.payment-order-enforceable-if-unobjected':
    '如果你在 {deadline} 前没有向法院提出书面异议，也没有还款，支付令就和判决一样，债权人可以申请强制执行；申请执行的期限是两年，到 {endsOn}。如果已经提出异议，以法院的通知为准。',
  'assess.finding.payment-order-deadline-passed': '你在 {date} 收到支付令，提出书面异议的期限已在 {deadline} 结束。',
  'assess.finding.judgment':
    '你在 {date} 收到判决书。不服的，可以在 {deadline}（含当天）之前向上一级法院上诉，还剩 {daysLeft} 天。',
  'assess.finding.judgment-appeal-passed': '你在 {date} 收到判决书，上诉期限已在 {deadline} 结束。',
  'assess.reason.small-claims-no-appeal': '适用小额诉讼程序的案件一审终审，不能上诉，判决书会写明。',
  'assess.finding.complaint-served':
    '你在 {date} 收到起诉状副本。要提交答辩状的，在 {deadline}（含当天）之前交给法院，还剩 {daysLeft} 天。',
  'assess.finding.complaint-answer-passed': '你在 {date} 收到起诉状副本，提交答辩状的 15 天已在 {deadline} 结束。',
  'assess.reason.no-answer-court-still-decides': '不提交答辩状，不影响法院审理：案件照样开庭、判决。',
  'assess.reason.jurisdiction-objection-in-answer-period':
    '认为这个法院不该审这个案件（管辖权异议）的，要在提交答辩状的期间内提出。',
  'assess.reason.simple-procedure-court-sets-period':
    '适用简易程序或小额诉讼程序的，法院可以在征得你同意后另定答辩期间（小额诉讼最长 15 天）；以法院通知上写的期间为准。',
  'assess.finding.ruling':
    '你在 {date} 收到裁定书。可以上诉的裁定，不服的要在 {deadline}（含当天）之前向上一级法院上诉，还剩 {daysLeft} 天。',
  'assess.finding.ruling-appeal-passed': '你在 {date} 收到裁定书，对裁定上诉的 10 天已在 {deadline} 结束。',
  'assess.reason.only-some-rulings-appealable':
    '法律规定可以上诉的裁定只有三种：不予受理、管辖权异议、驳回起诉，上诉期是 10 天。保全、中止或终结执行等其他裁定不在其中。',
  'assess.finding.performance-period':
    '判决确定的履行期限到 {performanceDue} 为止。你记录了之后的执行措施，所以不再计算债权人申请执行的期间。',
  'assess.finding.enforcement-application-period':
    '判决确定的履行期限到 {performanceDue} 为止。过了这一天仍没有履行的，债权人可以申请强制执行。债权人申请执行的期间是 2 年，从这一天起算，按你记录的情况到 {endsOn} 为止。',
  'assess.finding.enforcement-application-may-have-ended':
    '判决确定的履行期限到 {performanceDue} 为止。按你记录的情况，债权人申请强制执行的 2 年期间可能已在 {endsOn} 届满。',
  'assess.reason.enforcement-period-interrupted':
    '这 2 年和诉讼时效一样会中断：债权人在期间内向你催要、你还款或承认欠款，都会让它重新计算。这些你可能没有全部记录，所以这个日期只是按你记录的情况算的。',
  'assess.reason.late-application-objection':
    '债权人超过期间才申请的，法院仍会受理；你可以对期间提出异议，异议成立的，法院裁定不予执行。已经还了的钱，不能再以不知道期间已过为由要回。',
  'assess.finding.lawsuit': '{date} 债权人起诉了。',
  'assess.reason.respond-to-court': '按法院通知的时间答辩、出庭；可以对利息和违约金提出意见。',
  'assess.reason.small-claims-one-instance':
    '金额较小的简单案件可能适用小额诉讼程序，一审终审（只有一审，判决后不能上诉）。',
  'assess.finding.enforcement': '{date} 进入强制执行。',
  'assess.reason.living-necessities-kept': '法院扣留、提取收入时，应当保留你和你扶养的家属的生活必需费用。',
  'assess.reason.double-interest-on-delay': '没有按判决的期限付款的，要加倍支付迟延期间的利息。',
  'assess.reason.enforcement-application-2-years': '债权人申请强制执行的期限是 2 年。',
  'assess.finding.consumption-ban':
    '{date} 被限制消费（限高）。不能有这些消费：乘飞机、列车软卧、轮船二等以上舱位；乘坐G字头动车组列车的全部座位、其他动车组列车一等以上座位；在星级以上宾馆、酒店、夜总会、高尔夫球场等场所高消费；买房、新建扩建或高档装修房屋；租高档写字楼、宾馆、公寓办公；买非经营必需的车；旅游、度假；子女就读高收费私立学校；支付高额保费购买保险理财产品。',
  'assess.reason.necessary-spending-ask-court-first':
    '生活或者经营确实必需的消费，要先向执行法院申请，法院同意后才可以。',
  'assess.reason.ban-lifted-by-security-or-consent':
    '提供确实有效的担保，或者债权人（申请执行人）同意的，法院可以解除限制消费令。',
  'assess.reason.ban-lifted-on-full-payment': '履行完判决确定的义务后，法院应当及时解除限制消费令。',
  'assess.finding.consumption-ban-2010':
    '{date} 被限制消费（限高）：不能用自己的财产乘飞机、列车软卧，住星级宾馆，买房、买非经营必需的车，旅游度假，让子女上高收费私立学校，买高额保险理财产品等。这是 2015 年 7 月 22 日修改之前的规定。',
  'assess.finding.dishonest-list': '{date} 被列入失信被执行人名单。',
  'assess.reason.six-grounds-only-first-needs-ability':
    '列入失信名单，先要有生效判决没有履行，再加上规定的六种情形之一。六种情形里只有第一种“有履行能力而拒不履行”看你有没有能力还款；确实没有能力还款，不属于这一种。',
  'assess.reason.conduct-grounds-even-if-unable':
    '其余五种看的是行为，没有能力还款也可能被列入：伪造证据、暴力或威胁妨碍执行；虚假诉讼、隐匿或转移财产规避执行；不如实报告财产；违反限制消费令；无正当理由不履行执行和解协议。',
  'assess.reason.listing-period-grounds-two-to-six':
    '因后五种情形被列入的，期限一般是 2 年，情节严重的可以延长 1 至 3 年；因第一种情形被列入的没有固定期限，履行完毕等情况下法院应当在 3 个工作日内删除。',
  'assess.reason.apply-to-correct-listing':
    '认为不应列入、信息不准确或者应当删除的，可以向执行法院书面申请纠正。法院应当在 15 日内审查；被驳回的，可以在 10 日内向上一级法院申请复议。',
  'assess.finding.dishonest-list-2013': '{date} 被列入失信被执行人名单（当时适用 2013 年的规定）。',
  'assess.reason.ability-and-refusal-required':
    '2013 年的规定要求“有履行能力而拒不履行”，并有规定的情形；确实没有能力还款的不应列入。2017 年 5 月 1 日起的新规定改变了这一点。',
  'assess.reason.dishonest-grounds-even-if-unable':
    '要如实向法院报告财产，遵守限制消费令，不隐匿、转移财产：即使没有能力还款，违反这些也可能被列入失信名单。',
  'assess.finding.refusal-to-execute':
    '判决后确实没有能力还款，不是犯罪；但有能力而拒不执行，例如隐匿、转移财产，情节严重的可能构成拒不执行判决、裁定罪。',
  'assess.finding.reduce-charges':
    '如果银行主张的利息、复利、违约金等总额过高（你记录的利息和费用共 {interestAndFees}），你可以请求法院适当减少；违约金超过实际损失 30% 的，一般可以认定为“过分高于”损失。',

  'assess.reason.lpr-cap-not-for-banks':
    '“不超过合同成立时一年期贷款市场报价利率（LPR）四倍”是民间借贷的上限。银行是经金融监管部门批准设立的金融机构，它的信用卡欠款不适用这个上限。',
  'assess.reason.lpr-cap-not-for-consumer-finance':
    '“不超过合同成立时一年期贷款市场报价利率（LPR）四倍”是民间借贷的上限。消费金融公司是经金融监管部门批准设立的金融机构，它的借款不适用这个上限。',
  'assess.reason.lpr-cap-online-lender':
    '“不超过合同成立时一年期贷款市场报价利率（LPR）四倍”是民间借贷的上限，要看借款合同上的贷款人：银行、消费金融公司等经批准设立的金融机构，以及小额贷款公司等七类地方金融组织，不适用这个上限。贷款人不是这类机构的，适用民间借贷的规定：约定的利率，或者逾期利息、违约金和其他费用的总计，超过合同成立时一年期 LPR 四倍的部分，法院不予支持。',
  'assess.reason.court-benchmark-24':
    '金融借款的借款人主张利息、复利、罚息、违约金和其他费用总计过高的，法院可以对超过年利率 24% 的部分调减（法院的司法政策文件，各地适用不一）。',
  'assess.finding.consumer-finance-charges':
    '消费金融公司应当以显著方式告诉你贷款的年化利率、费率、还款方式和违约责任；除你违反合同约定的情形外，它不得收取贷款利息之外的费用。可以对照合同，看每一项收费有没有依据。',
  'assess.finding.reduce-charges-loan':
    '如果贷款机构主张的逾期利息、违约金等总额过高（你记录的利息和费用共 {interestAndFees}），你可以请求法院适当减少；违约金超过实际损失 30% 的，一般可以认定为“过分高于”损失。',

  // ── Limitation ──
  'assess.finding.limitation-not-started': '还没有逾期，诉讼时效还没开始计算。',
  'assess.finding.limitation-settled': '已经结清，不需要考虑诉讼时效。',
  'assess.finding.limitation-running': '按你记录的情况，3 年诉讼时效从 {runsFrom} 起算，到 {endsOn} 为止。',
  'assess.finding.limitation-may-have-expired':
    '按你记录的情况，3 年诉讼时效可能已在 {endsOn} 届满。但银行的日常短信催收也会让时效重新计算，而你可能没有全部记录，所以这只是“可能”。',
  'assess.finding.limitation-old-two-year':
    '这段时效在 2017 年 10 月 1 日以前就已经届满：那时的诉讼时效是 2 年（民法通则第一百三十五条），按你的记录已在 {endsOn} 届满。后来改为 3 年，不会让已经届满的时效重新有效。',
  'assess.reason.bank-debit-restarts': '银行按约定从你的账户扣款（扣划透支本息、违约金等），时效也会重新计算。',
  'assess.reason.bank-police-report-restarts': '银行以涉嫌恶意透支为由向公安机关报案，时效也会重新计算。',
  'assess.reason.police-report-restarts':
    '债权人向公安机关、检察院或法院报案、控告，请求保护它的权利，时效也会重新计算。',
  'assess.reason.counted-from-first-missed-due': '你没有记录催收、还款或承认欠款，所以从首次逾期日起算。',
  'assess.reason.uncertain-channel-included':
    '最近一次是电话、上门或 App 消息催收，能否算作中断要看银行能否证明；为稳妥起见，按中断计算。',
  'assess.finding.limitation-in-court': '{date} 起已进入法院程序（{kind}），诉讼时效中断，程序结束后重新计算。',
  'assess.reason.filed-before-service':
    '诉讼时效从债权人递交起诉状（立案）那天起中断，这一天早于你收到起诉状副本的日子。知道立案日期的（例如从法院的通知上），再记一条“被起诉”，填立案日期，结果会更准确。',
  'assess.finding.limitation-in-court-served':
    '你在 {date} 收到起诉状副本：债权人已经起诉，诉讼时效中断，程序结束后重新计算。',
  'assess.finding.limitation-expired-before-service':
    '按你记录的情况，诉讼时效可能在 {endsOn} 就已届满，早于你在 {date} 收到起诉状副本的日子；是否也早于债权人立案的日子，要看立案日期。法院不会主动适用诉讼时效，你需要在诉讼中自己提出时效抗辩。',
  'assess.finding.limitation-expired-before-court':
    '按你记录的情况，诉讼时效可能在 {endsOn} 就已届满，早于 {date} 开始的法院程序。法院不会主动适用诉讼时效，你需要在诉讼中自己提出时效抗辩。',
  'assess.finding.plan-runs-from-last-instalment':
    '分期还款协议的诉讼时效，从最后一期到期日 {lastInstalmentDue} 起算。',
  'assess.finding.defence-waived':
    '{date} 你在时效可能届满之后还款、承认欠款或签了还款计划。时效届满后，作出同意还款的意思表示或者自愿还款，就不能再以时效已过为由拒绝还款。',
  'assess.reason.mention-is-not-agreement':
    '失去时效抗辩的是“同意履行”的表示（承诺还款、签还款计划、在催收通知上签字表示同意还）或者自愿还款；只是提到这笔欠款、询问金额、说明自己还不起，本身不等于同意还款。',
  'assess.reason.partial-payment-scope-contested':
    '届满后只还了一小部分，是对整笔欠款都失去时效抗辩，还是只对还了的部分，各地法院做法不一（常见做法，未核实）。',
  'assess.finding.notice-after-expiry-no-restart':
    '{date} 的催收发生在时效可能届满之后。届满后，只有你同意还款、实际还款或在催收通知上签字，才会失去时效抗辩，所以不要签字或承诺。',
  'assess.finding.interruptions-explained': '这些事会让 3 年重新开始计算：',
  'assess.reason.bank-sms-letter-email-restarts':
    '银行向你留下的电话、地址、邮箱发短信、信件、邮件催收（不论你是否看到）',
  'assess.reason.notice-restarts': '债权人用信件、短信等方式要求你还款，送达或应当送达你',
  'assess.reason.payment-restarts': '你还了一部分钱',
  'assess.reason.plan-or-promise-restarts': '你承诺还款、签还款计划、请求延期',
  'assess.reason.court-restarts': '起诉或申请支付令',
  'assess.finding.start-contested':
    '诉讼时效从哪天开始算（例如从最早一期没还的到期日，还是从对方宣布全部欠款提前到期之日），司法实践中有争议（常见做法，未核实）。',
  'assess.reason.routine-sms-restarts-rarely-expired':
    '银行日常的短信催收会让时效不断重新计算，所以信用卡欠款很少真正过了时效。不要指望“拖过 3 年就不用还”。',
  'assess.finding.court-never-applies': '法院不会主动适用诉讼时效。只有你在诉讼中自己提出，才有用。',
  'assess.finding.waiver-warning':
    '注意：时效届满后，如果你同意还款（书面承认并答应还、签还款计划、承诺还款），或者自愿还钱，就会失去时效抗辩。',
  'assess.finding.waiver-warning-now':
    '重要：你的诉讼时效可能已经届满。在签任何还款计划、在催收通知上签字或承诺还款之前，先想清楚：这样做会失去时效抗辩，之后不能再以时效已过为由拒绝还款。',

  // ── Credit record ──
  'assess.finding.retention-no-negative-record': '没有逾期，不会产生不良记录。',
  'assess.finding.retention-kept-while-unpaid':
    '没还清之前，逾期记录会一直保留；从还清之日起再保留 5 年，然后应当删除。',
  'assess.finding.retention-kept-until': '你在 {settledOn} 结清，不良记录保留到 {keptUntil} 左右，之后应当删除。',
  'assess.finding.retention-settled-date-missing': '不良记录从结清之日起保留 5 年。填上结清日期，上岸会算出具体日期。',
  'assess.finding.prior-notice': '银行向征信系统报送你的不良信息之前，应当事先告知你本人。',
  'assess.finding.statement-right': '在保存期内，你可以对不良信息写一段说明（比如失业、生病），征信机构应当记载。',
  'assess.finding.free-reports': '你每年可以免费获取两次本人的信用报告。',
  'assess.finding.objection-20-days':
    '发现信息有错误或遗漏，可以向征信中心或银行提出异议，应在 20 日内核查并书面答复；也可以向当地人民银行分支机构投诉，30 日内答复。',
  'assess.finding.repair-may-qualify-if-repaid':
    '人民银行一次性信用修复：2020–2025 年间产生、单笔不超过 {limit} 的逾期记录，在 {repayBy}（含）之前全部还清的，不再展示。这笔可能符合。',
  'assess.finding.repair-likely-qualifies': '按一次性信用修复政策，这笔逾期记录预计在 {hiddenBy} 之前不再展示。',
  'assess.finding.repair-window-closed': '一次性信用修复要求在 {repayBy}（含）之前还清；这笔没有在那之前还清，不适用。',
  'assess.finding.repair-amount-over': '一次性信用修复只适用于单笔不超过 {limit} 的逾期记录，这笔超过了。',
  'assess.finding.repair-amount-unclear':
    '本金没有超过 {limit}，但加上利息和费用超过了；“单笔逾期金额”是否包括利息和费用还没有核实。在 {repayBy}（含）之前还清的，有可能适用。',
  'assess.finding.repair-outside-period': '一次性信用修复只适用于 2020–2025 年间产生的逾期记录，这笔不在范围内。',
  'assess.finding.repair-settled-date-missing': '填上结清日期，上岸才能判断是否适用一次性信用修复。',
  'assess.reason.automatic-and-free': '自动处理，不用申请，不收费；收费“修复征信”的都不可信。',

  // ── Milestones ──
  'assess.milestone.enters-bucket': '进入 {bucket}',
  'assess.milestone.non-performing-line': '逾期满 91 天，银行归为不良',
  'assess.milestone.write-off-line': '逾期超过 180 天，银行通常会核销（不等于免债）',
  'assess.milestone.criminal-clock-ends': '第二次催收后的 3 个月期满',
  'assess.milestone.payment-order-objection-deadline': '支付令书面异议的最后一天（异议要针对欠款本身，只说还不起不算）',
  'assess.milestone.answer-deadline': '提交答辩状的最后一天（不答辩也不影响法院审理）',
  'assess.milestone.appeal-deadline': '上诉的最后一天',
  'assess.milestone.ruling-appeal-deadline': '对裁定上诉的最后一天（只有不予受理、管辖权异议、驳回起诉的裁定可以上诉）',
  'assess.milestone.performance-period-ends': '判决确定的履行期限的最后一天',
  'assess.milestone.enforcement-application-ends': '债权人申请强制执行的 2 年期间届满（按你记录的情况）',
  'assess.milestone.limitation-ends': '诉讼时效届满（按你记录的情况）',
  'assess.milestone.credit-record-deleted': '不良记录应当删除',
  'assess.milestone.one-time-repair-deadline': '一次性信用修复：还清的最后一天',

  // ── Home: deadlines ──
  'assess.deadlines.title': '最近的日期',
  'assess.deadlines.empty': '最近没有需要留意的日期。',
  'assess.deadlines.left': '{name}还剩 {days} 天',
  'assess.deadlines.today': '{name}：今天是最后一天',
  'assess.deadlines.on': '{name}：{date}（还有 {days} 天）',
  'assess.deadlines.onToday': '{name}：就是今天',
  'assess.short.enters-bucket': '进入 {bucket}',
  'assess.short.non-performing-line': '满 90 天（不良）',
  'assess.short.write-off-line': '满 180 天（核销线）',
  'assess.short.criminal-clock-ends': '催收后 3 个月期满',
  'assess.short.payment-order-objection-deadline': '支付令异议期',
  'assess.short.answer-deadline': '答辩期',
  'assess.short.appeal-deadline': '上诉期',
  'assess.short.ruling-appeal-deadline': '裁定上诉期',
  'assess.short.performance-period-ends': '判决履行期限届满',
  'assess.short.enforcement-application-ends': '债权人申请执行的期间届满',
  'assess.short.limitation-ends': '诉讼时效',
  'assess.short.credit-record-deleted': '不良记录删除',
  'assess.short.one-time-repair-deadline': '一次性信用修复还款期',

  // ── Sources ──
  'assess.source.show': '来源',
  'assess.source.hide': '收起来源',
  'assess.source.list': '这句话的依据',
  'assess.source.effective': '{date} 起施行',
  'assess.source.published': '{date} 发布（施行日期未核实）',
  'assess.source.ended': '已于 {date} 失效',
  'assess.source.readText': '查看条文',
  'assess.source.hideText': '收起条文',
  'assess.source.loadingText': '正在打开条文……',
  'assess.source.textError': '条文没能打开，请稍后再试。',
  'assess.source.pending': '依据资料还在整理中。',
  'assess.force.law': '法律',
  'assess.force.judicial-interpretation': '司法解释（最高人民法院、最高人民检察院）',
  'assess.force.administrative-regulation': '行政法规（国务院）',
  'assess.force.regulation': '监管部门的规章或文件',
  'assess.force.national-standard': '推荐性国家标准（不强制）',
  'assess.force.industry-self-regulation': '行业自律规范',
  'assess.force.judicial-policy': '法院的司法政策文件（各地适用不一）',
  'assess.force.practice': '常见做法，不是法律规定',
  'assess.confidence.A': '已对照条文原文核实',
  'assess.confidence.B': '来自多个一致的公开报道或转载',
  'assess.confidence.C': '未核实，仅供参考',

  // ── Events ──
  'assess.events.empty': '还没有记录。收到催收通知、还了钱、签了协议或收到法院文书时，记下来，上岸会重新计算。',
  'assess.events.add.payment': '记一笔还款',
  'assess.events.add.collection-notice': '记一次催收',
  'assess.events.add.acknowledgement': '记承认欠款或还款计划',
  'assess.events.add.legal': '记法院文书',
  'assess.events.item.payment': '{date} 还款 {amount}',
  'assess.events.item.collection-notice': '{date} {channel}催收（{received}）',
  'assess.events.item.acknowledgement': '{date} {kind}',
  'assess.events.item.legal': '{date} {kind}',
  'assess.events.item.legalPerformance': '{date} {kind}（履行期限到 {performanceDue}）',
  'assess.events.item.caseNumber': '案号：{caseNumber}',
  'assess.events.deleted': '已删除这条记录',
  'assess.events.delete': '删除这条记录',
  'assess.form.title.payment': '记一笔还款',
  'assess.form.title.collection-notice': '记一次催收',
  'assess.form.title.acknowledgement': '记承认欠款或还款计划',
  'assess.form.title.legal': '记法院文书或程序',
  'assess.form.date.payment': '还款日期',
  'assess.form.date.collection-notice': '收到催收的日期',
  'assess.form.date.acknowledgement': '签署或承诺的日期',
  'assess.form.date.legal': '收到文书或发生的日期',
  'assess.form.dateHint.legal':
    '支付令、起诉状副本、判决书、裁定书填你签收的那一天，异议期、答辩期和上诉期从这一天算。',
  'assess.form.amount': '还款金额（元）',
  'assess.form.channel': '催收方式',
  'assess.form.received': '你能证明收到了吗？',
  'assess.form.receivedHint': '例如有签收记录、短信原文、通话录音。',
  'assess.form.kind.acknowledgement': '是什么',
  'assess.form.kind.legal': '是什么',
  'assess.form.lastInstalmentDue': '最后一期到期日（可选）',
  'assess.form.performanceDue': '判决确定的履行期限的最后一天（可选）',
  'assess.form.performanceDueHint':
    '按判决书写的付款期限（例如“本判决生效之日起十日内”）算出的最后一天；分期履行的，填最后一期的期限；判决没有写履行期限的，填判决生效的日期。债权人申请强制执行的 2 年从这一天算。不清楚可以先不填。',
  'assess.form.caseNumber': '案号（可选）',
  'assess.form.caseNumberHint': '法院文书上写的编号，例如（2026）京0105民督123号。记下来，写给法院的信会自动带上。',
  'assess.form.note': '备注（可选）',
  'assess.form.save': '保存这条记录',
  'assess.form.saved': '已保存，评估已更新',
  'assess.form.errorSummary': '有 {count} 处需要修改，见下方标红的地方。还没有保存。',
  'assess.form.waiverWarning':
    '你的诉讼时效可能已经届满。时效届满后同意还款（签还款计划、承诺还款）或者自愿还款，会失去时效抗辩。签字之前请先想清楚。',
  'assess.channel.sms': '短信',
  'assess.channel.letter': '信件',
  'assess.channel.email': '电子邮件',
  'assess.channel.phone': '电话',
  'assess.channel.visit': '上门',
  'assess.channel.app-message': 'App 消息',
  'assess.channel.other': '其他方式',
  'assess.received.yes': '能证明收到',
  'assess.received.no': '不能证明收到',
  'assess.received.unknown': '不确定',
  'assess.ack.acknowledgement': '书面承认欠款或承诺还款',
  'assess.ack.repayment-plan': '签了还款计划（分期协议）',
  'assess.legal.payment-order-received': '收到支付令',
  'assess.legal.lawsuit-filed': '被起诉',
  'assess.legal.complaint-served': '收到起诉状副本（应诉通知）',
  'assess.legal.judgment-received': '收到判决书',
  'assess.legal.ruling-received': '收到裁定书',
  'assess.legal.enforcement': '强制执行',
  'assess.legal.consumption-ban': '被限制消费（限高）',
  'assess.legal.dishonest-list': '被列入失信被执行人名单',
  'assess.error.required': '这一项需要填写',
  'assess.error.empty': '这一项需要填写',
  'assess.error.invalid-date': '请选择一个有效的日期',
  'assess.error.future-date': '这个日期还没到，请填已经发生的日期',
  'assess.error.not-number': '请输入数字金额，例如 500.00',
  'assess.error.negative': '金额不能是负数',
  'assess.error.too-many-decimals': '金额最多两位小数（到分）',
  'assess.error.too-large': '金额太大了（超过 1 亿元），请检查是否多输了几位',
  'assess.error.zero-amount': '还款金额要大于 0',
  'assess.error.invalid-choice': '请从列表里选一项',
  'assess.error.before-event-date': '最后一期到期日不能早于签署日期',
  'assess.error.before-judgment-date': '履行期限的最后一天不能早于收到判决书的日期',
  'assess.error.too-long': '备注太长了，请精简到 2000 字以内',
  'assess.error.case-number-too-long': '案号太长了，请只填文书上的编号（60 个字以内）',

  // ── Myths ──
  'assess.myths.title': '法律到底怎么说',
  'assess.myths.intro':
    '网上流传很多吓人的说法，有的已经过时，有的从来就不对。下面是几条最常见的，以及法律实际上怎么规定。',
  'assess.myths.claimLabel': '常见说法',
  'assess.myths.truthLabel': '法律实际上怎么说',
  'assess.myth.jail-10k.claim': '欠信用卡 1 万元就会坐牢。',
  'assess.myth.jail-10k.truth':
    '1 万元是 2018 年 12 月 1 日之前的旧标准，早已不用。现在恶意透支要同时满足：没还的透支本金在 5 万元以上（利息和费用不算，还款先抵本金）；经过两次能证明你收到、间隔至少 30 天的有效催收后，超过 3 个月仍不归还；并且有“非法占有目的”。不能仅凭没按时还款就认定非法占有目的。还不起不等于犯罪。',
  'assess.myth.six-months-then-court.claim': '逾期超过 6 个月、欠款 1 万元以上，银行才会起诉。',
  'assess.myth.six-months-then-court.truth':
    '法律没有规定起诉或申请支付令的最低金额和等待时间，银行随时可以起诉或申请支付令。收到支付令后，15 日内可以向法院提出书面异议；异议要针对欠款本身，只说还不起或要求延期，不能阻止支付令生效。',
  'assess.myth.write-off-forgiven.claim': '银行核销了，就不用还了。',
  'assess.myth.write-off-forgiven.truth':
    '核销是银行内部的账务处理（常见做法），不等于免除债务。银行仍可以催收、起诉，也可以把债权转让；转让要通知你才对你生效，你对银行的抗辩对新债权人同样可以提出。',
  'assess.myth.fees-capped-at-principal.claim': '利息和费用加起来，不能超过本金。',
  'assess.myth.fees-capped-at-principal.truth':
    '这句话只出现在 2021 年 12 月的征求意见稿里；2022 年正式发布的通知，官方摘要没有提到它，目前不能当作有约束力的规定。真正能用的是：银行主张的利息、复利、违约金等总额过高时，你可以请求法院适当减少。',
  'assess.myth.lpr-cap-for-every-lender.claim': '信用卡、网贷的利息和费用不能超过 LPR 四倍，超过的部分都不用还。',
  'assess.myth.lpr-cap-for-every-lender.truth':
    '“不超过合同成立时一年期贷款市场报价利率（LPR）四倍”是民间借贷的上限。经金融监管部门批准设立的金融机构放的贷款不适用它：银行的信用卡、消费金融公司的借款都不适用；小额贷款公司等七类地方金融组织的借款，从 2021 年 1 月 1 日起也不适用。能用的是：利息、复利、罚息、违约金等总额过高时，请求法院减少；金融借款的借款人主张总计过高的，法院可以对超过年利率 24% 的部分调减（法院的司法政策文件，各地适用不一）。消费金融公司除你违反合同约定的情形外，不得收取利息之外的费用。网贷要看借款合同上的贷款人是谁：不是这些机构的，才适用四倍的上限。',
  'assess.myth.collectors-call-family.claim': '催收可以打给你的家人、朋友和同事。',
  'assess.myth.collectors-call-family.truth':
    '银行只能向你本人和担保人催收，不得向与债务无关的第三人催收。行业规范只允许在联系不上你时，向你预留的联系人打听你的联系方式，而且不得透露你的债务。把你的欠款告诉别人，需要你单独同意。',
} as const;
