/**
 * Wraps the whole app. Composes the app lock (features/app-lock) and the in-app-browser
 * guide (features/browser-risk) over it. Starts the safety checks once, keeps "hide amounts" in force, and
 * while the app is locked (or the in-app-browser guide is up) hides everything underneath:
 * `hidden` takes it off the screen and out of the accessibility tree, `inert` out of focus.
 * The app stays mounted underneath, so a half-written entry is not lost when the phone
 * locks; it is only shown again after the right PIN.
 */
import { Suspense, useEffect, type ReactNode } from 'react';
import { AmountsVisibility } from '../../i18n/i18n';
import { lazyWithMessages } from '../../i18n/lazy-with-messages';
import { useAutoLock } from '../../features/app-lock/use-auto-lock';
import { closeGuide, lockNow, markUnlocked, useSafety } from './safety-store';
import './safety.css';

// Loaded only when needed (most people never see either), with their messages. While they
// load, the app underneath is already hidden: `covered` does not wait for them.
const LockScreen = lazyWithMessages(() => import('../../features/app-lock/lock-screen').then((m) => m.LockScreen));
const InAppGuide = lazyWithMessages(() => import('../../features/browser-risk/in-app-guide').then((m) => m.InAppGuide));

export function SafetyGate({ children }: { children: ReactNode }) {
  const s = useSafety();
  useEffect(() => {
    void import('./safety-start').then((m) => m.startSafety());
  }, []);
  useAutoLock(s.lockEnabled && !s.locked, s.lockOptions, lockNow);

  const covered = s.locked || (s.guideOpen && s.env !== null);
  // Print views keep a copy of their document outside the app (components/print); while
  // locked, that copy must not reach paper either (safety.css).
  useEffect(() => {
    document.documentElement.classList.toggle('app-covered', covered);
  }, [covered]);
  return (
    <AmountsVisibility hidden={s.hideAmounts}>
      <div className="safety-content" hidden={covered} inert={covered}>
        {children}
      </div>
      <Suspense fallback={null}>
        {s.locked ? (
          <LockScreen onUnlocked={markUnlocked} />
        ) : s.guideOpen && s.env ? (
          <InAppGuide env={s.env} onClose={closeGuide} />
        ) : null}
      </Suspense>
    </AmountsVisibility>
  );
}
