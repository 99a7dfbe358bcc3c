// Probe for tests/lint/layering.test.ts: imports cycle-b, which imports this file back.
import { b } from './cycle-b';

export const a = (): number => b() + 1;
