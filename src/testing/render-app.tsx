/** Render the whole app at a route (in zh-CN, whatever the test DOM's language), on the current test database. */
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { AppRoutes } from '../app/router';
import { sourceCatalogue } from '../i18n/source-catalogue';
import { I18nProvider } from '../i18n/i18n';

export function renderApp(route = '/') {
  return render(
    <I18nProvider initial={{ locale: 'zh-CN', catalogue: sourceCatalogue }}>
      <MemoryRouter initialEntries={[route]}>
        <AppRoutes />
      </MemoryRouter>
    </I18nProvider>,
  );
}
