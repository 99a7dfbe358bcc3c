/**
 * `React.lazy` for screens that are not on the first screen: loads the component's chunk and
 * the full message catalogue together, so the screen never renders before its text exists.
 *
 * `preload()` starts the load early (start-up preloads the route in the address bar). Once
 * loaded, the screen renders directly instead of through `lazy`: a lazy component that has
 * already resolved still suspends once, and React holds a revealed Suspense boundary back
 * for up to 300 ms, which a repeat visit to a deep link would otherwise pay every time.
 */
import { createElement, lazy, useState, type ComponentType, type FunctionComponent } from 'react';
import { ensureFullCatalogue } from './catalogue-store';

export type PreloadableScreen<P> = FunctionComponent<P> & { preload: () => Promise<unknown> };

export function lazyWithMessages<P extends object>(load: () => Promise<ComponentType<P>>): PreloadableScreen<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= Promise.all([load(), ensureFullCatalogue()]).then(([component]) => (loaded = component)));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  const Screen = (props: P) => {
    // Chosen once per mount: switching from `Lazy` to the loaded component would remount it.
    const [component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return createElement<P>(component, props);
  };
  Screen.preload = () =>
    preload().catch(() => {
      // A chunk that fails to load is reported when the screen renders (route error boundary).
      loading = undefined;
    });
  return Screen;
}
