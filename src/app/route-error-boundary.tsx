/**
 * Catches a crash in a screen. It shows a calm message and a reload button, and never the
 * error's details: they could contain debt data, and this screen may be seen by others.
 */
import { Component, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

function CrashMessage() {
  const { t } = useI18n();
  return (
    <div className="page" role="alert">
      <p>{t('error.route')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('error.reload')}
      </button>
    </div>
  );
}

export class RouteErrorBoundary extends Component<{ children: ReactNode }, { crashed: boolean }> {
  state = { crashed: false };
  static getDerivedStateFromError() {
    return { crashed: true };
  }
  render() {
    return this.state.crashed ? <CrashMessage /> : this.props.children;
  }
}
