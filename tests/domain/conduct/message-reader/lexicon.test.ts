/**
 * Every phrase, negation and negation cue of the lexicon with an example written by hand: a
 * phrase's example must be read through that very phrase; a negation's and a cue's example
 * must show nothing, and must show the behaviour once that negation or cue is taken out (so
 * each one is shown to matter).
 */
import { describe, expect, test } from 'vitest';
import { LEXICON_ZH_2026_12 } from '../../../../src/domain/conduct/message-reader/lexicon-zh-2026-12';
import type { MessageBehaviour, MessageLexicon } from '../../../../src/domain/conduct/message-reader/lexicon-types';
import { readCollectionMessage } from '../../../../src/domain/conduct/message-reader/read-message';
import type { IsoDate } from '../../../../src/domain/types';

const context = { today: '2026-12-07' as IsoDate, debts: [] };
const L = LEXICON_ZH_2026_12;

function read(text: string, lexicon: MessageLexicon = L) {
  return readCollectionMessage(text, context, lexicon).messages.flatMap((m) => m.behaviours);
}

/** Phrase examples, in the lexicon's order for each behaviour. */
const PHRASE_EXAMPLES: Record<MessageBehaviour, string[]> = {
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
const NEGATION_EXAMPLES: Record<MessageBehaviour, string[]> = {
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
const CUE_EXAMPLES = [
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

const ADDRESSEE_EXAMPLES: [string, string][] = [
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

describe(`lexicon ${L.id} v${L.version}`, () => {
  for (const b of L.behaviours) {
    describe(b.behaviour, () => {
      const phrases = PHRASE_EXAMPLES[b.behaviour];
      test('every phrase has one example', () => expect(phrases).toHaveLength(b.phrases.length));
      b.phrases.forEach((p, i) => {
        const example = phrases[i] ?? '';
        test(`${example} → ${p.pattern}`, () => {
          const hit = read(example)
            .find((s) => s.behaviour === b.behaviour)
            ?.hits.find((h) => h.pattern === p.pattern);
          expect(hit, `${example} is not read through ${p.pattern}`).toBeDefined();
          // The span is the original text it came from.
          expect(hit && example.slice(hit.start, hit.end)).toBe(hit?.text);
        });
      });

      const negations = NEGATION_EXAMPLES[b.behaviour];
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

  test('every negation cue has one example', () => expect(CUE_EXAMPLES).toHaveLength(L.negationCues.length));
  L.negationCues.forEach((cue, i) => {
    const example = CUE_EXAMPLES[i] ?? '';
    test(`cue ${cue}: ${example}`, () => {
      expect(read(example)).toEqual([]);
      expect(read(example, { ...L, negationCues: L.negationCues.filter((c) => c !== cue) })).not.toEqual([]);
    });
  });

  test('every addressee pattern has one example', () => expect(ADDRESSEE_EXAMPLES).toHaveLength(L.addressee.length));
  L.addressee.forEach((a, i) => {
    const [example, party] = ADDRESSEE_EXAMPLES[i] ?? ['', ''];
    test(`addressee ${example} → ${party}`, () => {
      expect(a.party).toBe(party);
      const [message] = readCollectionMessage(example, context).messages;
      expect(message?.addressee).toMatchObject({ to: 'third-party', party });
    });
  });
});
