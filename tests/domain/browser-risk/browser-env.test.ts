import { describe, expect, it } from 'vitest';
import { detectBrowserEnvironment, type BrowserEnvironment } from '../../../src/domain/browser-risk/browser-env';

// Real user-agent strings as these apps and browsers send them (2023–2024 versions).
const UA = {
  wechatAndroid:
    'Mozilla/5.0 (Linux; Android 13; V2227A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160117 MMWEBSDK/20240404 MMWEBID/1234 MicroMessenger/8.0.49.2600(0x2800313D) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64',
  wechatIos:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.48(0x18003029) NetType/WIFI Language/zh_CN',
  wecom:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 wxwork/4.1.10 MicroMessenger/7.0.1 Language/zh ColorScheme/Light',
  qqAndroid:
    'Mozilla/5.0 (Linux; Android 12; PEDM00 Build/SKQ1.210216.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/98.0.4758.102 MQQBrowser/6.2 TBS/046317 Mobile Safari/537.36 V1_AND_SQ_8.9.28_3700_YYB_D QQ/8.9.28.10155 NetType/WIFI WebP/0.3.0',
  qqIos:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 16_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 QQ/8.9.63.611 V1_IPH_SQ_8.9.63_1_APP_A Pixel/1170 Core/WKWebView Device/Apple(iPhone 13) NetType/WIFI QBWebViewType/1 WKType/1',
  alipay:
    'Mozilla/5.0 (Linux; U; Android 12; zh-CN; M2012K11AC Build/SKQ1.211006.001) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/89.0.4389.116 UWS/3.22.2.48 Mobile Safari/537.36 UCBS/3.22.2.48_230215185214 ChannelId(1) NebulaSDK/1.8.100112 Nebula AlipayDefined(nt:WIFI,ws:393|0|2.75) AliApp(AP/10.3.86.8000) AlipayClient/10.3.86.8000 Language/zh-Hans',
  weibo:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Weibo (iPhone14,5__weibo__13.8.3__iphone__os16.6)',
  dingtalk:
    'Mozilla/5.0 (Linux; U; Android 11; zh-CN; V2049A Build/RP1A.200720.012) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/69.0.3497.100 UWS/3.22.1.210 Mobile Safari/537.36 AliApp(DingTalk/6.5.45) com.alibaba.android.rimet/28071396 Channel/227200 language/zh-CN',
  uc: 'Mozilla/5.0 (Linux; U; Android 12; zh-CN; 2201122C Build/SKQ1.211006.001) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/100.0.4896.58 UCBrowser/15.5.8.1228 Mobile Safari/537.36',
  quark:
    'Mozilla/5.0 (Linux; U; Android 13; zh-CN; 22081212C Build/TKQ1.220829.002) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/100.0.4896.58 Quark/6.9.6.501 Mobile Safari/537.36',
  qqBrowser:
    'Mozilla/5.0 (Linux; U; Android 12; zh-cn; PFEM10 Build/SKQ1.211019.001) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/109.0.5414.86 MQQBrowser/14.2 Mobile Safari/537.36',
  chromeAndroid:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  edgeAndroid:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 EdgA/131.0.0.0',
  firefoxAndroid: 'Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0',
  oldAndroidStock:
    'Mozilla/5.0 (Linux; U; Android 4.4.2; zh-cn; GT-I9500 Build/KOT49H) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30',
  oldChromeAndroid:
    'Mozilla/5.0 (Linux; Android 8.1.0; vivo Y83A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/62.0.3202.84 Mobile Safari/537.36',
  iosSafari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  iosChrome:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1',
  ipadDesktopMode:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  desktopChrome:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
};

type Expect = Pick<BrowserEnvironment, 'os' | 'inApp' | 'iosTab' | 'risky' | 'storageAtRisk'>;

describe('detectBrowserEnvironment', () => {
  it.each<[string, string, { standalone?: boolean; touch?: number }, Expect]>([
    [
      'WeChat on Android',
      UA.wechatAndroid,
      {},
      { os: 'android', inApp: 'wechat', iosTab: false, risky: null, storageAtRisk: true },
    ],
    [
      'WeChat on iOS',
      UA.wechatIos,
      {},
      { os: 'ios', inApp: 'wechat', iosTab: false, risky: null, storageAtRisk: true },
    ],
    [
      'WeCom (its UA also says MicroMessenger)',
      UA.wecom,
      {},
      { os: 'ios', inApp: 'wecom', iosTab: false, risky: null, storageAtRisk: true },
    ],
    [
      'QQ app on Android (also says MQQBrowser)',
      UA.qqAndroid,
      {},
      { os: 'android', inApp: 'qq', iosTab: false, risky: null, storageAtRisk: true },
    ],
    ['QQ app on iOS', UA.qqIos, {}, { os: 'ios', inApp: 'qq', iosTab: false, risky: null, storageAtRisk: true }],
    [
      'Alipay (UC engine inside)',
      UA.alipay,
      {},
      { os: 'android', inApp: 'alipay', iosTab: false, risky: null, storageAtRisk: true },
    ],
    ['Weibo', UA.weibo, {}, { os: 'ios', inApp: 'weibo', iosTab: false, risky: null, storageAtRisk: true }],
    [
      'DingTalk',
      UA.dingtalk,
      {},
      { os: 'android', inApp: 'dingtalk', iosTab: false, risky: null, storageAtRisk: true },
    ],
    ['UC Browser', UA.uc, {}, { os: 'android', inApp: null, iosTab: false, risky: 'uc', storageAtRisk: true }],
    ['Quark', UA.quark, {}, { os: 'android', inApp: null, iosTab: false, risky: 'quark', storageAtRisk: true }],
    [
      'QQ Browser (not the QQ app)',
      UA.qqBrowser,
      {},
      { os: 'android', inApp: null, iosTab: false, risky: 'qq-browser', storageAtRisk: true },
    ],
    [
      'Chrome on Android',
      UA.chromeAndroid,
      {},
      { os: 'android', inApp: null, iosTab: false, risky: null, storageAtRisk: false },
    ],
    [
      'Edge on Android',
      UA.edgeAndroid,
      {},
      { os: 'android', inApp: null, iosTab: false, risky: null, storageAtRisk: false },
    ],
    [
      'Firefox on Android',
      UA.firefoxAndroid,
      {},
      { os: 'android', inApp: null, iosTab: false, risky: null, storageAtRisk: false },
    ],
    [
      'old Android stock browser',
      UA.oldAndroidStock,
      {},
      { os: 'android', inApp: null, iosTab: false, risky: 'old-engine', storageAtRisk: true },
    ],
    [
      'Chrome 62 on an old phone',
      UA.oldChromeAndroid,
      {},
      { os: 'android', inApp: null, iosTab: false, risky: 'old-engine', storageAtRisk: true },
    ],
    [
      'Safari tab on iPhone',
      UA.iosSafari,
      {},
      { os: 'ios', inApp: null, iosTab: true, risky: null, storageAtRisk: true },
    ],
    [
      'Home Screen app on iPhone',
      UA.iosSafari,
      { standalone: true },
      { os: 'ios', inApp: null, iosTab: false, risky: null, storageAtRisk: false },
    ],
    [
      'Chrome on iPhone (WebKit, same 7-day rule)',
      UA.iosChrome,
      {},
      { os: 'ios', inApp: null, iosTab: true, risky: null, storageAtRisk: true },
    ],
    [
      'iPad asking for the desktop site',
      UA.ipadDesktopMode,
      { touch: 5 },
      { os: 'ios', inApp: null, iosTab: true, risky: null, storageAtRisk: true },
    ],
    [
      'a real Mac',
      UA.ipadDesktopMode,
      { touch: 0 },
      { os: 'other', inApp: null, iosTab: false, risky: null, storageAtRisk: false },
    ],
    [
      'desktop Chrome',
      UA.desktopChrome,
      {},
      { os: 'other', inApp: null, iosTab: false, risky: null, storageAtRisk: false },
    ],
    ['an empty user agent', '', {}, { os: 'other', inApp: null, iosTab: false, risky: null, storageAtRisk: false }],
  ])('%s', (_name, ua, hints, expected) => {
    const env = detectBrowserEnvironment(ua, {
      standalone: hints.standalone ?? false,
      maxTouchPoints: hints.touch ?? 0,
    });
    expect(env).toMatchObject(expected);
  });
});
