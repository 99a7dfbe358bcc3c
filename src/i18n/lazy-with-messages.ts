/**
 * `React.lazy` for screens that are not on the first screen: loads the component's chunk and
 * the full message catalogue together, so the screen never renders before its text exists.
 */
import { lazy, type ComponentType } from 'react';
import { ensureFullCatalogue } from './catalogue-store';

export function lazyWithMessages<P>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    const [component] = await Promise.all([load(), ensureFullCatalogue()]);
    return { default: component };
  });
}
