/**
 * What the browser says about itself: the user agent, whether it runs from the home screen,
 * and touch points (iPadOS Safari reports a Mac user agent). The only part of the browser-risk
 * check that reads the browser, kept tiny; src/domain/browser-risk/browser-env.ts judges it.
 */
export interface BrowserHints {
  userAgent: string;
  /** `matchMedia('(display-mode: standalone)')` or `navigator.standalone` */
  standalone: boolean;
  maxTouchPoints: number;
}

export function readBrowserHints(): BrowserHints {
  if (typeof navigator === 'undefined') return { userAgent: '', standalone: false, maxTouchPoints: 0 };
  const standalone =
    (typeof matchMedia === 'function' && matchMedia('(display-mode: standalone)').matches) ||
    (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return { userAgent: navigator.userAgent, standalone, maxTouchPoints: navigator.maxTouchPoints ?? 0 };
}
