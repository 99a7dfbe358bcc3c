/**
 * One small store for transient messages (saved, deleted with undo, errors). Messages are
 * translation keys plus values, never raw record contents.
 */
import { useSyncExternalStore } from 'react';
import type { MessageKey, MessageVars } from '../../i18n/catalogue';

export interface Toast {
  id: number;
  message: MessageKey;
  vars?: MessageVars;
  action?: { label: MessageKey; run: () => void | Promise<void> };
  tone?: 'info' | 'error';
}

let toasts: readonly Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export function showToast(toast: Omit<Toast, 'id'>, timeoutMs = 8000): number {
  const id = nextId++;
  toasts = [...toasts, { ...toast, id }];
  emit();
  if (timeoutMs > 0) setTimeout(() => dismissToast(id), timeoutMs);
  return id;
}

export function dismissToast(id: number): void {
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

export function useToasts(): readonly Toast[] {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => toasts,
    () => toasts,
  );
}
