/**
 * Toasts: one at a time, in the bar over the bottom navigation (out of the page's flow),
 * notices closing by themselves, errors staying until closed, and "已可离线使用" shown once ever.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OFFLINE_READY_SHOWN_KEY, UpdateToast } from '../../../src/app/pwa/update-toast';
import { reportServiceWorker } from '../../../src/app/pwa/service-worker';
import { ToastRegion } from '../../../src/components/ui/toast-region';
import { dismissToast, showToast, TOAST_MS } from '../../../src/components/ui/toast-store';
import { I18nProvider } from '../../../src/i18n/i18n';
import { sourceCatalogue } from '../../../src/i18n/source-catalogue';

function renderToasts() {
  return render(
    <I18nProvider initial={{ locale: 'zh-CN', catalogue: sourceCatalogue }}>
      <p>页面内容</p>
      <ToastRegion />
      <UpdateToast />
    </I18nProvider>,
  );
}

const shown = () => [...document.querySelectorAll('.toast')].map((t) => t.querySelector('span')?.textContent);
const ids: number[] = [];
const toast = (...args: Parameters<typeof showToast>) => {
  const id = showToast(...args);
  ids.push(id);
  return id;
};

beforeEach(() => {
  window.localStorage.clear();
});
afterEach(() => {
  act(() => ids.splice(0).forEach(dismissToast));
  vi.useRealTimers();
});

describe('toasts', () => {
  it('shows one at a time: a newer notice takes the place of the older', () => {
    renderToasts();
    act(() => {
      toast({ message: 'debts.form.saved' });
      toast({ message: 'budget.saved' });
    });
    expect(shown()).toEqual([sourceCatalogue['budget.saved']]);
  });

  it('closes a notice by itself, but keeps an error until it is closed', () => {
    vi.useFakeTimers();
    renderToasts();
    act(() => {
      toast({ message: 'debts.form.saved' }, 3000);
    });
    expect(shown()).toHaveLength(1);
    act(() => {
      vi.advanceTimersByTime(3001);
    });
    expect(shown()).toEqual([]);

    act(() => {
      toast({ message: 'letters.output.copyFailed', tone: 'error' });
    });
    act(() => {
      vi.advanceTimersByTime(10 * 60 * 1000);
    });
    expect(shown()).toEqual([sourceCatalogue['letters.output.copyFailed']]);
    expect(screen.getByRole('alert')).toHaveTextContent(sourceCatalogue['letters.output.copyFailed']);
  });

  it('lets a notice wait behind an error instead of covering it, then shows it', async () => {
    const user = userEvent.setup();
    renderToasts();
    act(() => {
      toast({ message: 'letters.output.copyFailed', tone: 'error' });
      toast({ message: 'debts.form.saved' });
    });
    expect(shown()).toEqual([sourceCatalogue['letters.output.copyFailed']]);
    await user.click(screen.getByRole('button', { name: '关闭' }));
    expect(shown()).toEqual([sourceCatalogue['debts.form.saved']]);
  });

  it('a notice that says nothing about its own time still closes by itself', () => {
    vi.useFakeTimers();
    renderToasts();
    act(() => {
      toast({ message: 'budget.saved' }, 0);
    });
    act(() => {
      vi.advanceTimersByTime(TOAST_MS + 1);
    });
    expect(shown()).toEqual([]);
  });

  it('sits in a fixed region outside the page, after the content', () => {
    renderToasts();
    act(() => {
      toast({ message: 'budget.saved' });
    });
    const region = screen.getByRole('status');
    expect(region).toHaveClass('toast-region');
    expect(
      region.compareDocumentPosition(screen.getByText('页面内容')) & Node.DOCUMENT_POSITION_PRECEDING,
    ).toBeTruthy();
  });
});

describe('the offline-ready notice', () => {
  it('is shown once ever, closes by itself, and leaves only a flag that identifies no one', () => {
    vi.useFakeTimers();
    const first = renderToasts();
    act(() => reportServiceWorker({ offlineReady: true }));
    expect(shown()).toEqual([sourceCatalogue['pwa.offlineReady']]);
    expect(window.localStorage.getItem(OFFLINE_READY_SHOWN_KEY)).toBe('1');
    act(() => {
      vi.advanceTimersByTime(TOAST_MS + 1);
    });
    expect(shown()).toEqual([]);
    first.unmount();

    // A later visit: the service worker is installed again (e.g. after an update of the browser).
    renderToasts();
    act(() => reportServiceWorker({ offlineReady: true }));
    expect(shown()).toEqual([]);
  });

  it('asks about a new version in the same single bar, with 更新 and 稍后', () => {
    renderToasts();
    act(() => reportServiceWorker({ updateReady: true }));
    expect(shown()).toEqual([sourceCatalogue['pwa.updateAvailable']]);
    expect(screen.getByRole('button', { name: sourceCatalogue['pwa.update'] })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: sourceCatalogue['pwa.later'] })).toBeInTheDocument();
    act(() => {
      toast({ message: 'budget.saved' });
    });
    expect(shown()).toEqual([sourceCatalogue['pwa.updateAvailable']]);
    act(() => screen.getByRole('button', { name: sourceCatalogue['pwa.later'] }).click());
    expect(shown()).toEqual([sourceCatalogue['budget.saved']]);
  });
});
