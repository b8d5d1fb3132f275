import { loadConfigOrExit, shutdownOnSignals, workerConfigSchema } from '@orgscan/core';
import { createWorkerRuntime } from './worker-runtime.js';

/**
 * Process entry of a worker: configuration → runtime → start; on SIGTERM/SIGINT, stop taking jobs, give
 * running ones SHUTDOWN_GRACE_MS, hand the rest back to the queue and close.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit(workerConfigSchema, process.env);
  const runtime = await createWorkerRuntime(config);
  shutdownOnSignals(async (signal) => {
    runtime.logger.info(
      { signal, graceMs: config.SHUTDOWN_GRACE_MS },
      'shutting down: no new jobs, finishing active ones',
    );
    const outcome = await runtime.close();
    runtime.logger.info({ outcome }, 'worker stopped');
  });
  try {
    await runtime.start();
  } catch (error) {
    await runtime.close();
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error('worker failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
