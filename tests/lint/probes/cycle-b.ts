// Probe for tests/lint/layering.test.ts: closes the cycle with cycle-a.
import { a } from './cycle-a';

export const b = (): number => (a.length > 0 ? 1 : 0);
