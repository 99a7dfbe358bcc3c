import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach } from 'vitest';
import { cleanup } from '@testing-library/react';

// happy-dom reports an English browser; pin the saved language to the zh-CN source so the
// English catalogue never swaps in half-way through a test (tests that want English set it).
beforeEach(() => {
  try {
    localStorage.setItem('shore.locale', 'zh-CN');
  } catch {
    // node environment: no localStorage
  }
});

afterEach(() => cleanup());
