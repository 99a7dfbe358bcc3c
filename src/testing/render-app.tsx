/** Render the whole app at a route, on a fresh fake-indexeddb database. */
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { AppRoutes } from '../app/router';
import { I18nProvider } from '../i18n/i18n';

export function renderApp(route = '/') {
  return render(
    <I18nProvider>
      <MemoryRouter initialEntries={[route]}>
        <AppRoutes />
      </MemoryRouter>
    </I18nProvider>,
  );
}
