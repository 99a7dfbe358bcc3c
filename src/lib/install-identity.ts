/**
 * The name and icon the app gets when installed ("Add to Home Screen").
 *
 * A web app manifest cannot change at runtime, and an installed app's name and icon are
 * fixed by the phone at install time. What we can do is choose, before installing, which
 * manifest the page links to: `/manifest.webmanifest` (上岸) or
 * `/manifest-neutral.webmanifest` (记事, a plain icon). Both have the same `id` and
 * `start_url`, so it is the same app either way. iOS ignores the manifest's name and icon
 * and reads `apple-mobile-web-app-title` and `apple-touch-icon` when the user adds the
 * page, so those are swapped too. The choice is kept in localStorage so it is applied on
 * every page load before the user can install. The document title follows, because it is
 * what the browser's tab list and the app switcher show.
 */
export type InstallIdentity = 'default' | 'neutral';

export const IDENTITY_STORAGE_KEY = 'shore.identity';

const ASSETS: Record<InstallIdentity, { manifest: string; icon: string; title: string }> = {
  default: { manifest: '/manifest.webmanifest', icon: '/icons/apple-touch-icon.png', title: '上岸 · 逾期自助工具' },
  neutral: { manifest: '/manifest-neutral.webmanifest', icon: '/icons/neutral-apple-touch-icon.png', title: '记事' },
};
const NEUTRAL_SHORT_NAME = '记事';

export function readInstallIdentity(): InstallIdentity {
  try {
    return localStorage.getItem(IDENTITY_STORAGE_KEY) === 'neutral' ? 'neutral' : 'default';
  } catch {
    return 'default';
  }
}

function setLink(rel: string, href: string): void {
  let link = document.head.querySelector<HTMLLinkElement>(`link[rel="${rel}"]`);
  if (!link) {
    link = document.createElement('link');
    link.rel = rel;
    document.head.append(link);
  }
  if (link.getAttribute('href') !== href) link.setAttribute('href', href);
}

function setMeta(name: string, content: string | null): void {
  let meta = document.head.querySelector<HTMLMetaElement>(`meta[name="${name}"]`);
  if (content === null) {
    meta?.remove();
    return;
  }
  if (!meta) {
    meta = document.createElement('meta');
    meta.name = name;
    document.head.append(meta);
  }
  meta.content = content;
}

/** Point the page at the chosen manifest and icons. Safe to call on every load. */
export function applyInstallIdentity(identity: InstallIdentity = readInstallIdentity()): void {
  if (typeof document === 'undefined') return;
  const assets = ASSETS[identity];
  setLink('manifest', assets.manifest);
  setLink('apple-touch-icon', assets.icon);
  setMeta('apple-mobile-web-app-title', identity === 'neutral' ? NEUTRAL_SHORT_NAME : null);
  if (identity === 'neutral' || document.title === ASSETS.neutral.title) document.title = assets.title;
}

export function saveInstallIdentity(identity: InstallIdentity): void {
  try {
    if (identity === 'neutral') localStorage.setItem(IDENTITY_STORAGE_KEY, 'neutral');
    else localStorage.removeItem(IDENTITY_STORAGE_KEY);
  } catch {
    // storage unavailable: applies for this page load only
  }
  applyInstallIdentity(identity);
}
