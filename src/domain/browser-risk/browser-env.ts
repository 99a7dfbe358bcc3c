/**
 * Where is the app running, and how likely is this browser to lose the user's data?
 * A pure function of the user-agent string and two flags, so it is table-tested.
 *
 * Why it matters (sources: WebKit's storage policy and ITP posts, Chrome's storage docs,
 * WeChat's JS-SDK docs):
 * - In-app browsers (WeChat `MicroMessenger`, WeCom `wxwork`, QQ, Alipay, Weibo,
 *   DingTalk) have missing or limited service workers, their storage is wiped when the
 *   user logs out, and downloads and printing do nothing. We show a guide to open the
 *   app in the phone's real browser and allow only a read-only look around.
 * - iOS Safari in a tab deletes all site data after 7 days without a visit (`persist()`
 *   does not prevent it). A Home Screen app is exempt, but starts empty: nothing is
 *   copied from the tab (since iOS 17.2). So on iOS: install first, then enter data.
 * - Android UC / QQ Browser / Quark and unknown old engines: their storage behaviour is
 *   undocumented; say so and push backups harder. Chrome or Edge installed to the home
 *   screen is the recommendation.
 */
export type InAppBrowser = 'wechat' | 'wecom' | 'qq' | 'alipay' | 'weibo' | 'dingtalk';
export type RiskyBrowser = 'uc' | 'qq-browser' | 'quark' | 'old-engine';
export type Os = 'ios' | 'android' | 'other';

export interface BrowserEnvironment {
  os: Os;
  /** Set when running inside another app's built-in browser */
  inApp: InAppBrowser | null;
  /** iOS, in a browser tab (not the Home Screen app): the 7-day deletion applies */
  iosTab: boolean;
  /** Installed / launched from the home screen */
  standalone: boolean;
  /** An Android browser whose storage we cannot vouch for */
  risky: RiskyBrowser | null;
  /** Where storage is most at risk: backup reminders come sooner and stronger */
  storageAtRisk: boolean;
}

export interface EnvironmentHints {
  /** `matchMedia('(display-mode: standalone)')` or `navigator.standalone` */
  standalone: boolean;
  /** `navigator.maxTouchPoints`: iPadOS Safari reports a Mac user agent */
  maxTouchPoints: number;
}

/** Order matters: WeCom's UA also contains MicroMessenger. */
const IN_APP: readonly [InAppBrowser, RegExp][] = [
  ['wecom', /\bwxwork\//i],
  ['wechat', /\bMicroMessenger\//i],
  ['dingtalk', /\bDingTalk\//i],
  ['alipay', /\bAlipayClient\//i],
  ['weibo', /\bWeibo\b|__weibo__/i],
  // The QQ app's browser: " QQ/8.9.x" (with a space; QQ Browser is "MQQBrowser/" alone).
  ['qq', /\sQQ\/\d/],
];

const RISKY: readonly [RiskyBrowser, RegExp][] = [
  ['uc', /\bUCBrowser\/|\bUCWEB/i],
  ['quark', /\bQuark\//i],
  ['qq-browser', /\bMQQBrowser\//i],
];

/** Oldest Chromium we treat as a known engine (2021; storage APIs and eviction as documented). */
const MIN_CHROME = 90;

function detectOs(ua: string, maxTouchPoints: number): Os {
  if (/\b(iPhone|iPad|iPod)\b/.test(ua)) return 'ios';
  if (/\bMacintosh\b/.test(ua) && maxTouchPoints > 1) return 'ios';
  if (/\bAndroid\b/i.test(ua)) return 'android';
  return 'other';
}

export function detectBrowserEnvironment(ua: string, hints: EnvironmentHints): BrowserEnvironment {
  const os = detectOs(ua, hints.maxTouchPoints);
  const inApp = IN_APP.find(([, pattern]) => pattern.test(ua))?.[0] ?? null;
  let risky: RiskyBrowser | null = null;
  if (!inApp && os === 'android') {
    risky = RISKY.find(([, pattern]) => pattern.test(ua))?.[0] ?? null;
    if (!risky) {
      const chrome = /\b(?:Chrome|Chromium)\/(\d+)/.exec(ua);
      const firefox = /\bFirefox\/\d+/.test(ua);
      if (!firefox && (!chrome || Number(chrome[1]) < MIN_CHROME)) risky = 'old-engine';
    }
  }
  const iosTab = os === 'ios' && !hints.standalone && !inApp;
  return {
    os,
    inApp,
    iosTab,
    standalone: hints.standalone,
    risky,
    storageAtRisk: inApp !== null || iosTab || risky !== null,
  };
}
