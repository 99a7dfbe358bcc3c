// npm run eval:messages: precision and recall of the message reader per behaviour, and false
// alarms on lawful messages, for each batch of tests/fixtures/messages/ (the tuned corpus and
// the held-out batch). Loads the TypeScript through Vite's module runner; prints, never fails.
import { createServer } from 'vite';

const server = await createServer({
  configFile: false,
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false },
  appType: 'custom',
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  const { loadMessageCases, evaluate, formatEvaluation } = await server.ssrLoadModule('/scripts/message-eval.ts');
  const cases = loadMessageCases();
  const batches = [...new Set(cases.map((c) => c.batch))];
  for (const batch of batches) {
    console.log(formatEvaluation(batch, evaluate(cases.filter((c) => c.batch === batch))));
    console.log('');
  }
  console.log(formatEvaluation('all', evaluate(cases)));
} finally {
  await server.close();
}
