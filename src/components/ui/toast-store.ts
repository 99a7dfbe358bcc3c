/**
 * One small store for transient messages (saved, deleted with undo, errors). Messages are
 * translation keys plus values, never raw record contents.
 *
 * One toast at a time: a new one takes the place of the one showing, except that an error or
 * a question waiting for an answer is never pushed away by a passing notice (the notice waits
 * its turn). Notices close by themselves; errors and questions stay until closed or answered.
 */
import { useSyncExternalStore } from 'react';
import type { MessageKey, MessageVars } from '../../i18n/catalogue';

export interface Toast {
  id: number;
  message: MessageKey;
  vars?: MessageVars;
  action?: { label: MessageKey; run: () => void | Promise<void> };
  /** The close button's label (default 关闭). */
  closeLabel?: MessageKey;
  tone?: 'info' | 'error';
  /** A question (e.g. 新版本可用：更新 / 稍后): stays like an error until answered. */
  asks?: boolean;
}

/** How long a notice stays when the caller does not say. */
export const TOAST_MS = 5000;

const stays = (t: Toast) => t.tone === 'error' || t.asks === true;

let current: Toast | null = null;
let waiting: { toast: Toast; timeoutMs: number }[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

function show(toast: Toast, timeoutMs: number): void {
  clearTimeout(timer);
  current = toast;
  if (!stays(toast)) timer = setTimeout(() => dismissToast(toast.id), timeoutMs > 0 ? timeoutMs : TOAST_MS);
}

export function showToast(toast: Omit<Toast, 'id'>, timeoutMs = TOAST_MS): number {
  const next: Toast = { ...toast, id: nextId++ };
  if (current !== null && stays(current) && !stays(next)) {
    waiting = [...waiting.filter((w) => w.toast.message !== next.message), { toast: next, timeoutMs }];
  } else {
    if (current !== null && stays(current)) waiting = [{ toast: current, timeoutMs: 0 }, ...waiting];
    show(next, timeoutMs);
  }
  emit();
  return next.id;
}

export function dismissToast(id: number): void {
  if (current?.id === id) {
    clearTimeout(timer);
    current = null;
    const [first, ...rest] = waiting;
    waiting = rest;
    if (first) show(first.toast, first.timeoutMs);
  } else {
    waiting = waiting.filter((w) => w.toast.id !== id);
  }
  emit();
}

/** The toast showing now, or null. */
export function useToast(): Toast | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
    () => current,
  );
}
