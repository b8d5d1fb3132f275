import type { Static, TObject } from '@sinclair/typebox';
import { ConfigError, loadConfig } from '../config/load-config.js';

/**
 * The configuration of a process entry point. An invalid environment prints every problem (keys, never
 * values) and exits 1 before anything is opened.
 */
export function loadConfigOrExit<S extends TObject>(
  schema: S,
  env: Readonly<Record<string, string | undefined>>,
): Static<S> {
  try {
    return loadConfig(schema, env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

export interface ShutdownOnSignalsOptions {
  /** After this long the process exits 1 whatever is still closing; absent: no deadline. */
  readonly deadlineMs?: number;
}

/**
 * On the first SIGTERM or SIGINT, runs `stop` once, then exits: 0 when it finished, 1 when it failed or the
 * deadline passed first. Further signals while stopping are ignored (a second Ctrl-C does not cut a
 * graceful shutdown short; the deadline does).
 */
export function shutdownOnSignals(
  stop: (signal: NodeJS.Signals) => Promise<void>,
  options: ShutdownOnSignalsOptions = {},
): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const deadline =
      options.deadlineMs === undefined ? undefined : setTimeout(() => process.exit(1), options.deadlineMs);
    stop(signal).then(
      () => {
        clearTimeout(deadline);
        process.exit(0);
      },
      (error: unknown) => {
        console.error('shutdown failed:', error instanceof Error ? error.message : error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
