import { StrictMode, type ComponentProps, type ReactNode } from 'react';
import { I18nProvider } from '../i18n/i18n';
import { SafetyGate } from './safety/safety-gate';
import { AppRoutes } from './router';

/** The whole app inside a router the caller chooses (browser on the client, static at build time). */
export function App({
  router: Router,
  messages,
}: {
  router: (props: { children: ReactNode }) => ReactNode;
  /** A complete catalogue to start with (the build's prerender of every page but the Chinese "/"). */
  messages?: ComponentProps<typeof I18nProvider>['initial'];
}) {
  return (
    <StrictMode>
      <I18nProvider initial={messages}>
        <Router>
          <SafetyGate>
            <AppRoutes />
          </SafetyGate>
        </Router>
      </I18nProvider>
    </StrictMode>
  );
}
