/** Render the whole app with the safety layer (lock, guide, banners), as src/app/app.tsx does. */
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { AppRoutes } from '../app/router';
import { SafetyGate } from '../app/safety/safety-gate';
import '../app/safety/safety-start';
import { resetSafetyForTests } from '../app/safety/safety-store';
import { I18nProvider } from '../i18n/i18n';

export function renderSafeApp(route = '/') {
  resetSafetyForTests();
  return render(
    <I18nProvider>
      <MemoryRouter initialEntries={[route]}>
        <SafetyGate>
          <AppRoutes />
        </SafetyGate>
      </MemoryRouter>
    </I18nProvider>,
  );
}
