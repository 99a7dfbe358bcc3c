/**
 * The slot for safety notices at the top of every screen. Most of the time nothing is due,
 * so the notices and their messages load only when one is (safety-notices.tsx): that keeps
 * them off the first screen's bundle.
 */
import { Suspense } from 'react';
import { lazyWithMessages } from '../../i18n/lazy-with-messages';
import { anyNoticeDue, useSafety } from './safety-store';

const SafetyNotices = lazyWithMessages(() => import('./safety-notices').then((m) => m.SafetyNotices));

export function SafetyBanners({ backupHref }: { backupHref: string }) {
  const s = useSafety();
  if (!anyNoticeDue(s)) return null;
  return (
    <Suspense fallback={null}>
      <SafetyNotices backupHref={backupHref} />
    </Suspense>
  );
}
