/** Court papers: the case-number reader (这是什么文书？). */
export const courtZh = {
  'court.caseNumber.title': '看懂案号',
  'court.caseNumber.intro':
    '把文书或短信上的案号输进来，例如（2026）京0105民初12345号。上岸在手机上逐段读出它的格式：年份、法院、案件类型。格式对得上，不等于案子真的存在：真实的案号也可能被抄进假文书。',
  'court.caseNumber.label': '案号',
  'court.caseNumber.hint': '全角、半角、带空格都可以。',
  'court.caseNumber.read': '读一读',
  'court.caseNumber.part.empty': '请先输入案号。',
  'court.caseNumber.part.too-long': '太长了：请只输入案号本身（不超过 60 个字）。',
  'court.caseNumber.part.year': '开头的年份读不出来：应为括号里的 4 位年份，例如（2026）。',
  'court.caseNumber.part.court':
    '年份后面的法院代字读不出来：应为省份简称（如“京”），后面没有数字、2 位或 4 位数字，或者“最高法”。',
  'court.caseNumber.part.type': '法院代字后面的案件类型读不出来：应为汉字，例如“民初”“执”。',
  'court.caseNumber.part.serial': '案件类型后面的案件编号读不出来：应为数字。',
  'court.caseNumber.part.end': '结尾读不出来：案号以“号”结尾，后面最多是“之一”“之二”。',
  'court.caseNumber.result': '读出来的内容',
  'court.caseNumber.year': '收案年份：{year} 年',
  'court.caseNumber.court': '法院：{court}',
  'court.caseNumber.level.supreme': '最高人民法院',
  'court.caseNumber.level.high': '{region}的高级人民法院',
  'court.caseNumber.level.intermediate': '{region}的一家中级人民法院（代字 {code}）',
  'court.caseNumber.level.basic': '{region}的一家基层人民法院（代字 {code}）',
  'court.caseNumber.special.railway': '铁路运输法院',
  'court.caseNumber.special.maritime': '海事法院',
  'court.caseNumber.special.ip': '知识产权法院',
  'court.caseNumber.special.oilfield': '油田法院',
  'court.caseNumber.special.forestry': '林业法院',
  'court.caseNumber.special.land-reclamation': '农垦法院',
  'court.caseNumber.special.cross-region': '跨行政区划法院',
  'court.caseNumber.special.county-intermediate': '为部分县级区域设立的中级法院',
  'court.caseNumber.specialCourt': '代字落在专门法院的范围：{kind}。',
  'court.caseNumber.type': '案件类型：{code}',
  'court.caseNumber.kind.civil-first-instance':
    '民事一审：债权人已经起诉，法院立了案。收到起诉状副本后 15 日内可以提交答辩状。',
  'court.caseNumber.kind.civil-appeal': '民事二审（上诉）：对一审判决不服的上诉案件。',
  'court.caseNumber.kind.civil-retrial': '再审审查或再审案件。',
  'court.caseNumber.kind.special-procedure': '特别程序，例如确认调解协议。',
  'court.caseNumber.kind.payment-order':
    '督促程序（支付令）：收到支付令之日起 15 日内，可以向法院书面提出异议，异议要针对债务本身。',
  'court.caseNumber.kind.public-summons': '公示催告：不是针对个人的欠款案件。',
  'court.caseNumber.kind.pre-suit-mediation': '诉前调解：还不是诉讼。调解是自愿的，可以不同意。',
  'court.caseNumber.kind.pre-suit-confirmation': '诉前调解协议的司法确认：确认后可以申请强制执行。',
  'court.caseNumber.kind.pre-suit-mediation-document': '诉前调解后出具的调解书：和判决一样可以申请强制执行。',
  'court.caseNumber.kind.preservation': '诉前财产保全：财产可能在起诉前被冻结。',
  'court.caseNumber.kind.enforcement': '强制执行：判决或调解书已经生效，债权人申请了执行。',
  'court.caseNumber.kind.enforcement-resumed': '恢复执行：之前中止或终结本次执行的案件重新执行。',
  'court.caseNumber.kind.enforcement-preservation': '执行保全裁定：冻结、查封正在进行。',
  'court.caseNumber.kind.enforcement-objection': '执行异议：有人对执行行为提出了异议。',
  'court.caseNumber.kind.enforcement-review': '执行复议：上级法院审查执行裁定。',
  'court.caseNumber.kind.enforcement-supervision': '执行监督。',
  'court.caseNumber.kind.criminal': '刑事案件。',
  'court.caseNumber.kindUnknown': '这个类型代字上岸不认识。不认识不等于是假的：上岸的代字表不全。',
  'court.caseNumber.serial': '案件编号：{serial}{suffix}',
  'court.caseNumber.oldStyle': '这是 2016 年以前的旧格式（带“字第”）。',
  'court.caseNumber.flagsTitle': '对不上的地方',
  'court.caseNumber.noFlags': '格式上没有发现对不上的地方。',
  'court.caseNumber.flag.future-year': '年份在今年之后：真实的案号不会用还没到的年份。',
  'court.caseNumber.flag.old-style-after-2015': '2016 年起案号不再带“字第”，这个案号用的是旧格式。',
  'court.caseNumber.flag.unknown-type': '类型代字不在上岸的代字表里。',
  'court.caseNumber.flag.type-not-yet-in-use': '这个类型代字从 2022 年起才使用，年份却更早。',
  'court.caseNumber.flag.criminal-type':
    '这是刑事案件的代字。银行或催收公司不能“立”刑事案件；信用卡欠款的民事起诉不会用刑事案号。催收短信或“传票”上出现刑事案号，要特别核实。',
  'court.caseNumber.flag.court-code-unused-range': '法院代字的数字落在没有法院使用的范围。',
  'court.caseNumber.howToCheck': '怎样核实',
  'court.caseNumber.howToCheckBody':
    '不要拨打文书上留的电话。可以拨打 12368 诉讼服务热线，或在“人民法院在线服务”里查案号，或者自己查到法院的官方电话再问。真正的法院文书由法院送达：直接交给你、留置、邮寄，或者你同意后电子送达；找不到人时才公告送达。',
  'court.caseNumber.sources': '依据',
  'court.caseNumber.toClaimCheck': '收到了支付令或起诉状？核对对方主张的金额',
  'court.claim.title': '核对债权人的主张',
  'court.claim.intro':
    '把支付令、起诉状或调解员电话里说的金额填进来，上岸和你自己的记录、和规定对照。表里“参照标准可支持”是上岸按规则算的，不是法院的决定。',
  'court.claim.debt': '哪一笔债务',
  'court.claim.claimedTo': '主张计算到哪一天',
  'court.claim.claimedToHint': '文书写明的利息计算截止日；没写就填文书上的日期。',
  'court.claim.principal': '主张的本金（元）',
  'court.claim.interest': '主张的利息（元）',
  'court.claim.penalty': '主张的违约金（元）',
  'court.claim.instalmentFees': '主张的分期手续费（元）',
  'court.claim.otherFees': '主张的其他费用（元）',
  'court.claim.lateFee': '其中的滞纳金（元）',
  'court.claim.lateFeeDate': '滞纳金的计收日期',
  'court.claim.overLimitFee': '其中的超限费（元）',
  'court.claim.overLimitFeeDate': '超限费的计收日期',
  'court.claim.interestOnCharges': '对违约金或费用也计了利息',
  'court.claim.check': '核对',
  'court.claim.fixFields': '有的地方需要修改，见下方标红的地方。',
  'court.claim.error.empty': '这一项需要填写',
  'court.claim.error.not-number': '请输入数字金额，例如 12345.67',
  'court.claim.error.negative': '金额不能是负数',
  'court.claim.error.too-many-decimals': '金额最多两位小数（到分）',
  'court.claim.error.too-large': '金额太大了（超过 1 亿元），请检查是否多输了几位',
  'court.claim.error.date': '请选择一个有效的日期',
  'court.claim.error.date-needed': '填了金额，也请填它的计收日期',
  'court.claim.noOverdue': '这笔债务还没有首次逾期日，先在债务页填上，才能按逾期天数核对。',
  'court.claim.table': '逐项对照',
  'court.claim.col.item': '项目',
  'court.claim.col.claimed': '主张',
  'court.claim.col.allowed': '参照标准可支持',
  'court.claim.col.difference': '差额',
  'court.claim.item.principal': '本金',
  'court.claim.item.interest': '利息',
  'court.claim.item.penalty': '违约金',
  'court.claim.item.instalment-fees': '分期手续费',
  'court.claim.item.other-fees': '其他费用',
  'court.claim.item.late-fees': '滞纳金',
  'court.claim.item.over-limit-fees': '超限费',
  'court.claim.item.total': '合计',
  'court.claim.reasons': '为什么',
  'court.claim.finding.above-benchmark':
    '利息、违约金和费用合计 {charges}，按本金 {base}、逾期 {days} 天算，折合年利率约 {rate}，超过 24% 的部分是 {excess}。不少法院参照年利率 24% 的标准，依当事人请求调减超出的部分：这是法院的参照，不是法律上限，结果各地不一。',
  'court.claim.finding.within-benchmark':
    '利息、违约金和费用合计 {charges}，按本金 {base}、逾期 {days} 天算，折合年利率约 {rate}，没有超过 24% 的参照标准。',
  'court.claim.finding.late-fee-abolished': '2017 年 1 月 1 日起信用卡取消了滞纳金：这以后计收的 {amount} 没有依据。',
  'court.claim.finding.over-limit-fee-abolished': '2017 年 1 月 1 日起信用卡不得收取超限费：{amount} 没有依据。',
  'court.claim.finding.interest-on-charges-abolished': '2017 年 1 月 1 日起信用卡对违约金和费用不得计收利息。',
  'court.claim.finding.payment-principal-first':
    '{date} 还的 {amount} 发生在逾期 {days} 天时（91 天以上），应当先冲还本金。',
  'court.claim.finding.payment-interest-first':
    '{date} 还的 {amount} 发生在逾期 {days} 天时（90 天以内），按规定先冲还利息和费用。',
  'court.claim.finding.principal-above-ledger':
    '主张的本金 {claimed} 比你记录的 {ledger} 多 {difference}：可以要求对方提交交易明细和对账单。',
  'court.claim.sentences': '可以写进答辩状或异议书的话',
  'court.claim.sentencesNote': '这些话只说“对方主张”什么，不替你承认任何金额。',
  // ── Enforcement explained (/court/enforcement) ──
  'court.enforcement.title': '强制执行：能做什么，不能做什么',
  'court.enforcement.intro':
    '判决生效后没有按期履行，银行可以申请强制执行。下面每一句都标了出处和施行日期。这里说的是一般规定，你的案件以法院的文书为准。',
  'court.enforcement.measureDate': '限制消费或列入失信名单的日期（可选）',
  'court.enforcement.measureDateHint': '这两项按采取措施那一天施行的规定来看。不填就按今天的规定。',
  'court.enforcement.measureTextFrom': '下面按 {date} 起施行的规定。',
  'court.enforcement.noTextYet': '这一天还没有这项规定。',
  'court.enforcement.topic.start': '强制执行怎么开始',
  'court.enforcement.topic.report-property': '报告财产的义务',
  'court.enforcement.topic.consumption-ban': '限制消费（限高）',
  'court.enforcement.topic.dishonest-list': '失信被执行人名单',
  'court.enforcement.topic.limits': '强制执行不能做什么',
  'court.enforcement.topic.how-it-ends': '怎样结束',
  'court.enforcement.start.after-performance-period':
    '判决、裁定、调解书等生效后，你必须履行。没有履行的，银行（申请执行人）可以向法院申请强制执行；法院收到申请后向你发出执行通知，并可以立即采取强制执行措施。',
  'court.enforcement.start.two-years-to-apply':
    '银行申请执行的期间是 2 年，从判决等法律文书规定的履行期间的最后一日起算（分期履行的，从最后一期届满之日起算），和诉讼时效一样会中断。银行超过期间才申请的，法院仍会受理；你可以提出异议，异议成立的，法院裁定不予执行。已经还了的，不能以不知道期间已过为由要回。',
  'court.enforcement.start.measures':
    '没有按执行通知履行的，法院可以查询、冻结、划拨你的存款等财产，扣留、提取你的收入，查封、扣押、拍卖、变卖你的财产。',
  'court.enforcement.start.other-measures': '法院还可以限制出境、在征信系统记录、通过媒体公布不履行义务的信息。',
  'court.enforcement.start.double-interest': '没有按判决指定的期间付款的，要加倍支付迟延履行期间的债务利息。',
  'court.enforcement.report-property.duty':
    '没有按执行通知履行的，要向法院报告你当前的财产情况，以及收到执行通知之日前一年的财产情况。',
  'court.enforcement.report-property.fine-or-detention':
    '拒绝报告或者虚假报告的，法院可以根据情节轻重罚款、拘留：对个人罚款 10 万元以下，拘留 15 日以下。',
  'court.enforcement.report-property.dishonest-ground':
    '违反财产报告制度是列入失信被执行人名单的情形之一：即使没有能力还款，也可能因此被列入。',
  'court.enforcement.report-property.crime-only-after-sanctions':
    '有能力执行，却拒绝报告或者虚假报告财产，经罚款、拘留等强制措施后仍拒不执行的，可能构成拒不执行判决、裁定罪。',
  'court.enforcement.consumption-ban.when-2015':
    '没有按执行通知书指定的期间履行的，法院可以限制消费；被列入失信名单的，法院应当限制消费。限制消费一般由银行书面申请、法院审查决定，必要时法院也可以自己决定。',
  'court.enforcement.consumption-ban.list-2015':
    '被限制消费后，不能有这些消费：乘飞机、列车软卧、轮船二等以上舱位；乘坐G字头动车组列车的全部座位、其他动车组列车一等以上座位；在星级以上宾馆、酒店、夜总会、高尔夫球场等场所高消费；买房、新建扩建或高档装修房屋；租高档写字楼、宾馆、公寓办公；买非经营必需的车；旅游、度假；子女就读高收费私立学校；支付高额保费购买保险理财产品；其他非生活和工作必需的消费。',
  'court.enforcement.consumption-ban.necessary-spending-2015':
    '生活或者经营确实必需的消费，要先向执行法院申请，批准后才可以。',
  'court.enforcement.consumption-ban.lifting-2015':
    '提供确实有效的担保，或者银行（申请执行人）同意的，法院可以解除限制消费令；履行完判决确定的义务后，法院应当及时解除。',
  'court.enforcement.consumption-ban.breach-2015':
    '违反限制消费令消费，属于拒不履行生效判决、裁定的行为，查证属实的，法院予以拘留、罚款；情节严重构成犯罪的，追究刑事责任。',
  'court.enforcement.consumption-ban.list-2010':
    '（2015 年 7 月 22 日以前的规定）被限制高消费后，不能用自己的财产支付这些费用：乘飞机、列车软卧、轮船二等以上舱位；在星级以上宾馆、酒店、夜总会、高尔夫球场等场所高消费；买房、新建扩建或高档装修房屋；租高档写字楼、宾馆、公寓办公；买非经营必需的车；旅游、度假；子女就读高收费私立学校；支付高额保费购买保险理财产品；其他非生活和工作必需的高消费。',
  'court.enforcement.dishonest-list.judgment-and-ground-2017':
    '列入失信被执行人名单要同时有两点：生效的判决等法律文书没有履行；并且有规定的六种情形之一。只是欠款逾期不会被列入：先要有判决和执行。',
  'court.enforcement.dishonest-list.only-first-needs-ability-2017':
    '六种情形里只有第一种“有履行能力而拒不履行”看你有没有能力还款；确实没有能力还款，不属于这一种。',
  'court.enforcement.dishonest-list.conduct-grounds-2017':
    '其余五种看的是行为，没有能力还款也可能被列入：伪造证据、暴力或威胁妨碍执行；虚假诉讼、虚假仲裁或者隐匿、转移财产规避执行；违反财产报告制度；违反限制消费令；无正当理由拒不履行执行和解协议。',
  'court.enforcement.dishonest-list.not-listed-when-2017':
    '有这些情形的，法院不得按第一种情形列入：提供了充分有效的担保；已被查封、扣押、冻结的财产足以清偿；依法不应先对你强制执行（履行顺序在后）；其他不属于有能力而拒不履行的情形。',
  'court.enforcement.dishonest-list.minors-2017': '未成年人不得被列入失信名单。',
  'court.enforcement.dishonest-list.decision-2017':
    '执行通知里应当提示列入失信名单的风险。银行可以申请列入，法院在 15 日内审查决定；法院也可以自己决定。列入要有院长签发的决定书，写明理由（有期限的写明期限），并送达给你。',
  'court.enforcement.dishonest-list.term-2017':
    '因后五种情形被列入的，期限是 2 年；以暴力、威胁妨碍执行情节严重或者有多项失信行为的，可以延长 1 至 3 年；积极履行或者主动纠正的，法院可以提前删除。因第一种情形被列入的，没有固定期限。',
  'court.enforcement.dishonest-list.effects-2017':
    '名单通过最高人民法院失信被执行人名单库向社会公布，并通报政府部门、金融监管机构、金融机构和征信机构，在融资信贷等方面受到信用惩戒；被列入的，法院应当同时限制消费。',
  'court.enforcement.dishonest-list.ability-required-2013':
    '（2017 年 5 月 1 日以前的规定）列入失信名单，要求“具有履行能力而不履行”，并有规定的情形之一；确实没有能力还款的，不应列入。',
  'court.enforcement.dishonest-list.correction':
    '认为不应列入、信息不准确或者应当删除的，可以向执行法院书面申请纠正（按现行规定，不论当初按哪一年的规定列入）。法院应当在 15 日内审查，理由成立的在 3 个工作日内纠正；被驳回的，可以在决定书送达之日起 10 日内向上一级法院申请复议，复议期间不停止原决定的执行。',
  'court.enforcement.limits.necessities-kept':
    '扣留、提取收入时，应当保留你和你扶养家属的生活必需费用；查封、扣押、拍卖财产时，应当保留生活必需品。',
  'court.enforcement.limits.within-what-is-owed': '查询、扣押、冻结、划拨、变价的财产，不得超出你应当履行义务的范围。',
  'court.enforcement.limits.inability-is-not-a-crime':
    '还不起不是犯罪。拒不执行判决、裁定罪要求“有能力执行而拒不执行，情节严重”。',
  'court.enforcement.limits.ability-means-after-necessities':
    '“有能力执行”，是指能全部或者部分履行；认定时要扣除你和你扶养家属的生活必需费用。',
  'court.enforcement.limits.what-refusal-looks-like':
    '可能构成犯罪的，是有能力却不执行的行为，例如：恶意无偿处分财产或者虚假转让财产，致使判决无法执行；隐匿有关履行能力的证据；拒绝报告或者虚假报告财产、违反限制消费令，经罚款、拘留后仍拒不执行。接到应诉通知后隐藏、转移财产，判决生效后仍拒不执行的，也认定为有能力而拒不执行。',
  'court.enforcement.how-it-ends.full-performance':
    '履行完判决确定的义务后，法院应当及时解除限制消费令。因第一种情形（有能力而拒不履行）被列入失信名单的，法院应当在 3 个工作日内删除失信信息；有固定期限的，期限届满后删除，积极履行的法院可以提前删除。',
  'court.enforcement.how-it-ends.settlement':
    '执行中可以和银行自行和解，协议内容记入笔录，由双方签名。银行受欺诈、胁迫，或者你不履行和解协议的，法院可以根据申请恢复执行原判决。',
  'court.enforcement.how-it-ends.settlement-deletes-listing':
    '没有固定期限的失信信息，在执行和解协议履行完毕后，法院应当在 3 个工作日内删除。',
  'court.enforcement.how-it-ends.no-property-found':
    '查不到可供执行的财产的，法院可以裁定终结本次执行程序。欠款并没有消失：你仍要继续履行，银行发现你有财产的，可以再次申请执行，不受 2 年期间的限制。',
  'court.enforcement.how-it-ends.dishonest-term-ends':
    '有固定期限的失信信息，期限届满后 3 个工作日内，法院应当删除。删除后又有规定情形的，可以重新列入。',
  'court.enforcement.how-it-ends.termination':
    '法院裁定终结执行的情形包括：银行撤销申请；据以执行的法律文书被撤销；你因生活困难无力偿还借款，无收入来源，又丧失劳动能力。',
  'court.enforcement.sources': '出处',
  'court.enforcement.toCaseNumber': '看懂文书上的案号',
  'court.enforcement.link': '强制执行：能做什么，不能做什么',
} as const;
