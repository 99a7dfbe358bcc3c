/**
 * Every phrase, negation and negation cue of the lexicon with an example written by hand: a
 * phrase's example must be read through that very phrase; a negation's and a cue's example
 * must show nothing, and must show the behaviour once that negation or cue is taken out (so
 * each one is shown to matter).
 */
import { describe, expect, test } from 'vitest';
import { LEXICON_ZH_2026_12 } from '../../../../src/domain/conduct/message-reader/lexicon-zh-2026-12';
import { LEXICON_ZH_2026_12_V2 } from '../../../../src/domain/conduct/message-reader/lexicon-zh-2026-12-v2';
import type { MessageBehaviour, MessageLexicon } from '../../../../src/domain/conduct/message-reader/lexicon-types';
import { readCollectionMessage } from '../../../../src/domain/conduct/message-reader/read-message';
import type { IsoDate } from '../../../../src/domain/types';

const context = { today: '2026-12-07' as IsoDate, debts: [] };

function read(text: string, lexicon: MessageLexicon) {
  return readCollectionMessage(text, context, lexicon).messages.flatMap((m) => m.behaviours);
}

/** Phrase examples, in the lexicon's order for each behaviour. */
const V1_PHRASE_EXAMPLES: Record<MessageBehaviour, string[]> = {
  threat: [
    '再不还就去坐牢',
    '我们就是在威胁你',
    '准备吃牢饭',
    '让你蹲大牢',
    '明天来抓你',
    '你会被拘留',
    '马上逮捕',
    '你将被通缉',
    '这是刑事案件',
    '要你承担相应的刑事后果',
    '已经立案了',
    '你已涉嫌合同诈骗',
    '这是诈骗行为',
    '属于恶意透支',
    '案件将移交公安',
    '我们报警处理',
    '后果自负',
    '别怪我们不客气',
    '我们不会放过你',
    '让你好看',
    '出门小心点',
    '注意你的人身安全',
    '你等着瞧',
    '弄死你',
    '你全家陪葬',
    '你躺棺材吧',
    '我们是道上的',
    '一切后果由你承担',
    '等着电话轰炸',
    '以后别想好过',
    '我知道你家在哪',
  ],
  'claimed-authority': [
    '我是城东派出所的民警',
    '经侦大队通知你',
    '我们法务部',
    '仲裁委员会',
    '某某律师事务所',
    '我们律所',
    '法院工作人员',
    '执法人员已经到了',
    '民警马上到',
    '派出所已介入',
    '执行局来电',
    '联合当地居委',
    '公检法机关已介入',
  ],
  'fake-legal-document': [
    '你的传票到了',
    '立案通知已下发',
    '逮捕令',
    '协查函',
    '财产冻结通知',
    '起诉书已寄出',
    '催收告知函',
    '律师函',
    '催告函',
  ],
  exaggerated: [
    '会影响你的子女',
    '孩子以后上学难',
    '政审会受限',
    '冻结你的微信',
    '支付宝马上封号',
    '家里人都受牵连',
    '一辈子黑户',
    '上全国黑名单',
    '拍卖你的房子',
    '利息翻倍',
    '列为失信被执行人',
    '限制高消费明天生效',
    '明天就限制高消费',
  ],
  'disclosed-debt': [
    '已经通知你的家人',
    '我们告诉你同事了',
    '现曝光某某欠款不还',
    '已经群发',
    '你领导那边已经打过电话',
    '告诉他你欠钱',
  ],
  'third-party-threat': [
    '爆你通讯录',
    '通讯录全部通知',
    '打给你父母',
    '去你单位闹',
    '曝光你',
    '公开你的照片',
    '挂到网上',
    '让你亲戚都知道',
    '贴大字报',
    '今晚群发',
    '往你公司寄',
    '让他们替你还',
    '让你在单位混不下去',
    '亲朋好友都会知道',
    '周围的人都知道',
    '等着社死',
  ],
  'home-visit-threat': ['明天上门', '安排外访', '已派专人前往', '去你老家', '户籍地核实', '登门拜访'],
  insult: ['你个老赖', '人渣', '不要脸', '去死吧', '你妈的', 'sb', '骗子', '你就是个垃圾'],
  'pushed-borrowing': [
    '以贷养贷也行',
    '向亲戚借',
    '借钱也要还上',
    '借都得还',
    '下载个网贷周转',
    '砸锅卖铁',
    '想办法凑',
    '撸口子来还',
  ],
  'personal-account': ['打到私人账户', '转到我的支付宝', '扫我的码', '公司账户暂停使用'],
};

/** Negation examples, in order: each contains a phrase of the behaviour that the negation cancels. */
const V1_NEGATION_EXAMPLES: Record<MessageBehaviour, string[]> = {
  threat: ['我们不是威胁你', '并非威胁您', '逾期不会坐牢', '欠信用卡不涉及刑事责任', '这不构成诈骗罪'],
  'claimed-authority': ['我们不是律师事务所', '有人冒充法院工作人员'],
  'fake-legal-document': ['法院不发送短信传票', '这是虚假传票'],
  exaggerated: ['逾期不会影响子女上学', '影响子女上学是谣言'],
  'disclosed-debt': ['已经说好不再通知你家人'],
  'third-party-threat': ['我们绝不通知你家人', '不会曝光'],
  'home-visit-threat': ['我们不会上门', '本次不上门', '上门核实并非恐吓'],
  insult: ['小心骗子', '我不是老赖'],
  'pushed-borrowing': ['避免以贷养贷', '不要找亲戚借'],
  'personal-account': ['我们不通过私人账户收款', '警惕向私人账户转账', '请确保您的个人账户余额充足'],
};

/** Cue examples, in the lexicon's order. */
const V1_CUE_EXAMPLES = [
  '我们不会安排外访',
  '这不是律师函',
  '本短信并非传票',
  '我们绝不曝光',
  '决不拍卖你的房子',
  '本行从不派人上门',
  '催收人员不得辱骂你是老赖',
  '请勿相信律师函',
  '切勿理会传票短信',
  '谨防有人上门',
  '警惕子女上学受影响的说法',
  '防范爆通讯录',
  '严禁爆通讯录',
  '无需借钱还款',
  '不存在坐牢一说',
  '不属于恶意透支',
  '提防有人冒充律所',
  '我们未曾通知你的家人',
  '如遇催收人员辱骂老赖',
  '如收到传票短信请致电12368核实',
];

const V1_ADDRESSEE_EXAMPLES: [string, string][] = [
  ['你是张三的紧急联系人', 'emergency-contact'],
  ['紧急联系人你好', 'emergency-contact'],
  ['您的丈夫王某在我司借款', 'spouse'],
  ['你的儿子李某欠款未还', 'family'],
  ['您的同事赵某在平台逾期', 'employer-colleague'],
  ['你的同学小周借的钱逾期了', 'friend'],
  ['请转告他尽快处理', 'other'],
  ['麻烦你帮他还一下', 'other'],
  ['她在我们平台借了五千', 'other'],
];

function describeLexicon(
  L: MessageLexicon,
  phraseExamples: Record<MessageBehaviour, string[]>,
  negationExamples: Record<MessageBehaviour, string[]>,
  cueExamples: string[],
  addresseeExamples: [string, string][],
) {
  describe(`lexicon ${L.id} v${L.version}`, () => {
    for (const b of L.behaviours) {
      describe(b.behaviour, () => {
        const phrases = phraseExamples[b.behaviour];
        test('every phrase has one example', () => expect(phrases).toHaveLength(b.phrases.length));
        b.phrases.forEach((p, i) => {
          const example = phrases[i] ?? '';
          test(`${example} → ${p.pattern}`, () => {
            const hit = read(example, L)
              .find((s) => s.behaviour === b.behaviour)
              ?.hits.find((h) => h.pattern === p.pattern);
            expect(hit, `${example} is not read through ${p.pattern}`).toBeDefined();
            // The span is the original text it came from.
            expect(hit && example.slice(hit.start, hit.end)).toBe(hit?.text);
          });
        });

        const negations = negationExamples[b.behaviour];
        test('every negation has one example', () => expect(negations).toHaveLength(b.negations.length));
        b.negations.forEach((negation, i) => {
          const example = negations[i] ?? '';
          test(`${example} cancels through ${negation}`, () => {
            const withoutCues = { ...L, negationCues: [] };
            const withoutIt: MessageLexicon = {
              ...withoutCues,
              behaviours: L.behaviours.map((x) =>
                x === b ? { ...x, negations: x.negations.filter((n) => n !== negation) } : x,
              ),
            };
            expect(read(example, withoutCues).map((s) => s.behaviour)).not.toContain(b.behaviour);
            expect(read(example, withoutIt).map((s) => s.behaviour)).toContain(b.behaviour);
          });
        });
      });
    }

    test('every negation cue has one example', () => expect(cueExamples).toHaveLength(L.negationCues.length));
    L.negationCues.forEach((cue, i) => {
      const example = cueExamples[i] ?? '';
      test(`cue ${cue}: ${example}`, () => {
        expect(read(example, L)).toEqual([]);
        expect(read(example, { ...L, negationCues: L.negationCues.filter((c) => c !== cue) })).not.toEqual([]);
      });
    });

    test('every addressee pattern has one example', () => expect(addresseeExamples).toHaveLength(L.addressee.length));
    L.addressee.forEach((a, i) => {
      const [example, party] = addresseeExamples[i] ?? ['', ''];
      test(`addressee ${example} → ${party}`, () => {
        expect(a.party).toBe(party);
        const [message] = readCollectionMessage(example, context, L).messages;
        expect(message?.addressee).toMatchObject({ to: 'third-party', party });
      });
    });
  });
}

/** Examples for the phrases version 2 adds after version 1's, in its order. */
const V2_ADDED_PHRASE_EXAMPLES: Record<MessageBehaviour, string[]> = {
  threat: ['你的行踪已被掌握', '不还就等着吧', '我们找人收拾你', '够判三年有期徒刑', '让你家里不得安宁'],
  'claimed-authority': ['我们这边是法院的'],
  'fake-legal-document': [],
  exaggerated: ['连累你家人的信用'],
  'disclosed-debt': ['已经发到你所有联系人手机上'],
  'third-party-threat': [
    '你老婆知道你欠了网贷吗',
    '找你父母好好聊聊',
    '我们去跟她好好聊聊',
    '明天全公司都会收到',
    '晒到你的快手',
    '贴到你家门口',
    '做成欠款公示',
  ],
  'home-visit-threat': ['我们的人已到你楼下', '明天小区门口堵你'],
  insult: [],
  'pushed-borrowing': [],
  'personal-account': [],
};

function plus(
  base: Record<MessageBehaviour, string[]>,
  added: Record<MessageBehaviour, string[]>,
): Record<MessageBehaviour, string[]> {
  return Object.fromEntries(
    Object.entries(base).map(([b, list]) => [b, [...list, ...(added[b as MessageBehaviour] ?? [])]]),
  ) as Record<MessageBehaviour, string[]>;
}

describeLexicon(LEXICON_ZH_2026_12, V1_PHRASE_EXAMPLES, V1_NEGATION_EXAMPLES, V1_CUE_EXAMPLES, V1_ADDRESSEE_EXAMPLES);
describeLexicon(
  LEXICON_ZH_2026_12_V2,
  plus(V1_PHRASE_EXAMPLES, V2_ADDED_PHRASE_EXAMPLES),
  V1_NEGATION_EXAMPLES,
  V1_CUE_EXAMPLES,
  [...V1_ADDRESSEE_EXAMPLES, ['贵单位员工张某长期拖欠', 'employer-colleague']],
);

describe('what version 2 changes', () => {
  test('“找你亲戚借钱” asks the debtor to borrow: not a message sent to a relative', () => {
    const text = '赶紧去找你亲戚借钱还上';
    const [v1] = readCollectionMessage(text, context, LEXICON_ZH_2026_12).messages;
    const [v2] = readCollectionMessage(text, context, LEXICON_ZH_2026_12_V2).messages;
    expect(v1?.addressee.to).toBe('third-party');
    expect(v2?.addressee).toMatchObject({ to: 'debtor', party: null });
    expect(read(text, LEXICON_ZH_2026_12_V2).map((s) => s.behaviour)).toEqual(['pushed-borrowing']);
  });

  const notice = '【某银行】近期有不法分子冒充银行催收人员，以上门催收、影响子女升学等话术诱导转账，请提高警惕。';
  test('an anti-fraud notice quoting collectors shows nothing, and says it is one', () => {
    const [message] = readCollectionMessage(notice, context, LEXICON_ZH_2026_12_V2).messages;
    expect(message?.warningNotice).toBe(true);
    expect(message?.behaviours).toEqual([]);
    // Without the notice check the quoted words would be read.
    const withoutNotice: MessageLexicon = { ...LEXICON_ZH_2026_12_V2, warningNotice: undefined };
    expect(read(notice, withoutNotice).map((s) => s.behaviour)).toEqual(['exaggerated', 'home-visit-threat']);
  });

  test('a warning word alone, or a mark alone, does not silence a collector', () => {
    const threat = '请勿再拖延，明天上门。';
    const mark = '别说我们是不法分子，明天上门。';
    for (const text of [threat, mark]) {
      const [message] = readCollectionMessage(text, context, LEXICON_ZH_2026_12_V2).messages;
      expect(message?.warningNotice, text).toBe(false);
      expect(message?.behaviours.map((s) => s.behaviour)).toContain('home-visit-threat');
    }
  });
});
