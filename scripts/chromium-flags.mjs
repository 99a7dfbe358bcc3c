// How every tool here launches Debian's headless Chromium: the e2e harness
// (tests/e2e/support/browser.ts), the browser benchmark and the Lighthouse audit.
// Without the --disable-background-networking family Chromium keeps trying to reach outside
// hosts, which a closed network refuses. '--headless' is the new headless mode.

/** The browser to drive: $CHROME_PATH, else Debian's Chromium. */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]);
