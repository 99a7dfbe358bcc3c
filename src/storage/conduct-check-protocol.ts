/** Messages between the page and the rule-check worker (conduct-check.worker.ts). */
import type { LogCheck } from '../domain/conduct/check-log';

export interface CheckRequest {
  id: number;
}

export type CheckReply = { id: number; result: LogCheck } | { id: number; failed: true };
