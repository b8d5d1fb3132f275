import { apiConfigSchema, loadConfigOrExit, shutdownOnSignals } from '@orgscan/core';
import { createApiRuntime } from './api-runtime.js';

/** Process entry of the API: configuration → runtime → listen; on SIGTERM/SIGINT, close within 10 s. */
async function main(): Promise<void> {
  const config = loadConfigOrExit(apiConfigSchema, process.env);
  const runtime = await createApiRuntime(config);
  shutdownOnSignals(
    async (signal) => {
      runtime.logger.info({ signal }, 'shutting down: finishing in-flight requests');
      await runtime.close();
    },
    { deadlineMs: 10_000 },
  );
  await runtime.listen();
}

main().catch((error: unknown) => {
  console.error('api failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
