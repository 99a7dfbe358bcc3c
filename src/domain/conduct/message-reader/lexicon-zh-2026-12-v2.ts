/**
 * Message-reader lexicon `lexicon-zh-2026-12`, version 2: version 1 with the phrases its
 * first held-out batch missed (a phone “monitored” and a location “locked”, “our people are
 * downstairs”, a spouse asked “does she know you owe…”, posts to 朋友圈 and the front door),
 * addressee patterns that no longer read “找你亲戚借钱” as a message sent to a relative, and
 * the anti-fraud notice (`warningNotice`): a bank or regulator quoting collectors' words to
 * warn against them shows nothing. Version 1's phrases are kept in their order and the new
 * ones follow, so every example in tests/domain/conduct/message-reader/lexicon.test.ts still
 * lines up.
 *
 * Released versions are never edited: a change is `version: 3` or a new id.
 */
import { ABOUT_DEBT, LEXICON_ZH_2026_12 as V1, PEOPLE } from './lexicon-zh-2026-12';
import type { LexiconBehaviour, LexiconPhrase, MessageBehaviour, MessageLexicon } from './lexicon-types';

/** Not after 找/向/跟/问/求: “找你亲戚借钱” asks the debtor to borrow, it is not sent to the relative. */
const NOT_ASKED_TO_BORROW = '(?<![找向跟问求])';

const ADDED_PHRASES: Record<MessageBehaviour, readonly LexiconPhrase[]> = {
  threat: [
    { pattern: '(?:手机|位置|行踪|定位|通话记录)(?:已|已经)?(?:被)?(?:监控|锁定|掌握)' },
    { pattern: '(?:你|就)等着吧' },
    { pattern: '(?:找人|叫人|派人)…(?:收拾|修理|教训)(?:你|您)' },
    { pattern: '(?:有期徒刑|判刑|看守所|进监狱|进局子)' },
    { pattern: '(?:鸡犬不宁|不得安宁|生不如死)' },
  ],
  'claimed-authority': [{ pattern: '(?:我们|我|这边|这里)(?:这边)?是(?:法院|公安|派出所|检察院)的' }],
  'fake-legal-document': [],
  exaggerated: [
    { pattern: '(?:影响|连累|毁了)(?:你的?)?(?:全家|家人|家里人|一家)(?:人)?(?:的)?(?:信誉|信用|名声|征信)' },
  ],
  'disclosed-debt': [{ pattern: `(?:已|已经|都)…(?:发到|发至|传到|打到|通知到)(?:了)?(?:你的?)?…${PEOPLE}` }],
  'third-party-threat': [
    { pattern: `${PEOPLE}(?:知道|晓得|清楚)(?:你|您)…(?:欠|借|逾期|贷)` },
    { pattern: `(?:跟|和|找|给)(?:你的?)?${PEOPLE}…(?:聊聊|谈谈|说说|说清楚|讲清楚|沟通|反映|打电话)` },
    { pattern: '(?:跟|和|找)(?:她|他|他们|她们)(?:好好)?(?:聊聊|谈谈|说道)' },
    { pattern: `${PEOPLE}…(?:都|全)(?:会|得|要|将)?(?:知道|收到|看到)` },
    { pattern: '(?:发|传|挂|晒)(?:到|在|上)(?:你的?)?(?:朋友圈|抖音|快手|微博|网上|群里|家族群|公司群|业主群)' },
    { pattern: '(?:贴|张贴|喷|挂)(?:到|在)(?:你的?)?(?:家门|门口|楼下|楼道|小区|单位|公司|村口)' },
    { pattern: '(?:催收|欠款|老赖)(?:海报|公示|告示|通告)' },
  ],
  'home-visit-threat': [
    {
      pattern:
        '(?:我们的?人|同事|外访人员|工作人员|外勤)…(?:就在|已在|已到|到了)(?:你的?)?(?:楼下|门口|家门口|小区|楼道)',
    },
    { pattern: '(?:楼下|门口|小区门口)(?:等你|蹲你|堵你)' },
  ],
  insult: [],
  'pushed-borrowing': [],
  'personal-account': [],
};

function withAdditions(b: LexiconBehaviour): LexiconBehaviour {
  return { ...b, phrases: [...b.phrases, ...ADDED_PHRASES[b.behaviour]] };
}

export const LEXICON_ZH_2026_12_V2: MessageLexicon = {
  ...V1,
  version: 2,
  behaviours: V1.behaviours.map(withAdditions),
  addressee: [
    ...V1.addressee.map((a) =>
      a.pattern.endsWith(ABOUT_DEBT) && a.pattern.startsWith('(?:你|您)的?')
        ? { ...a, pattern: NOT_ASKED_TO_BORROW + a.pattern }
        : a,
    ),
    { pattern: '贵(?:单位|司|公司|部门)的?(?:员工|职工|同事|人员)', party: 'employer-colleague' },
  ],
  warningNotice: {
    marks: [
      '(?:不法分子|诈骗分子|犯罪分子|骗子团伙)',
      '冒充(?:银行|催收|公检法|法院|公安|警察|律师|工作人员|客服|金融机构|我行|本行)',
      '(?:谨防|防范|识别)(?:电信)?诈骗',
    ],
    warns: ['(?:谨防|警惕|提高警惕|请勿|切勿|勿信|防骗|不要(?:相信|轻信))', '(?:消费|风险)提示'],
  },
};
