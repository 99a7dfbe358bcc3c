/**
 * The rule check over the whole log, off the main thread: reading 10,000 entries and checking
 * them takes a few hundred milliseconds on a cheap phone, which would freeze the screen if
 * done where React renders. The worker opens its own connection to the same database, reads
 * and checks, and posts back only the findings (never the log itself).
 */
import { runConductCheck } from './conduct-check-data';
import { getDb } from './db';
import type { CheckReply, CheckRequest } from './conduct-check-protocol';

const post = (reply: CheckReply) => (self as unknown as { postMessage(m: CheckReply): void }).postMessage(reply);

self.addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  const { id } = event.data;
  runConductCheck(getDb()).then(
    (result) => post({ id, result }),
    // Only a code crosses back: an error message could quote stored text.
    () => post({ id, failed: true }),
  );
});
