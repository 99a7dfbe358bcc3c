/**
 * False while React renders on the server or hydrates prerendered HTML, true from the render
 * right after (and on every client render that is not a hydration). Prerendered forms use it
 * to stay disabled until the app has taken over, so nothing can be typed that would be lost.
 */
import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
