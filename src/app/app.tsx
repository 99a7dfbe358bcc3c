import { StrictMode, type ReactNode } from 'react';
import { I18nProvider } from '../i18n/i18n';
import { SafetyGate } from '../features/safety/safety-gate';
import { AppRoutes } from './router';

/** The whole app inside a router the caller chooses (browser on the client, static at build time). */
export function App({ router: Router }: { router: (props: { children: ReactNode }) => ReactNode }) {
  return (
    <StrictMode>
      <I18nProvider>
        <Router>
          <SafetyGate>
            <AppRoutes />
          </SafetyGate>
        </Router>
      </I18nProvider>
    </StrictMode>
  );
}
