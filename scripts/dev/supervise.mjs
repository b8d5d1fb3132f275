// Runs the processes of the dev stack side by side and decides how the stack ends.
import { spawn as spawnChild } from 'node:child_process';

/**
 * Starts one Node process per spec (`args` after the node binary) and resolves, once every one has
 * exited, with the exit code of the whole stack:
 * - a process that exits while nothing asked it to (it failed to start, or died) stops the others
 *   (SIGTERM) and makes the stack fail: its own exit code, or 1 if it exited 0 or by a signal;
 * - SIGINT or SIGTERM (from `signals`) stops every process; the stack then succeeds (0) unless one of
 *   them exits with a non-zero code (one still starting may be ended by the signal itself: that is a stop).
 * The code is never overwritten by a process that exits later (a clean stop after a failure stays a failure).
 */
export function supervise(specs, options) {
  const { cwd, env, log = console.log, signals = process, spawn = spawnChild } = options;
  return new Promise((resolve) => {
    let stopping = false;
    let failure = null;
    const running = new Set();
    const stopAll = () => {
      for (const child of running) child.kill('SIGTERM');
    };
    const ended = (name, child, code, signal) => {
      if (!running.delete(child)) return;
      log(`orgscan dev: ${name} exited (${signal ?? code})`);
      if (!stopping) {
        // Nothing asked it to stop: it failed to start or died.
        failure ??= code && code !== 0 ? code : 1;
        stopping = true;
        stopAll();
      } else if (code !== null && code !== 0) {
        // Told to stop but it failed doing so (a process killed by the stop signal itself stopped as asked).
        failure ??= code;
      }
      if (running.size === 0) {
        for (const event of ['SIGINT', 'SIGTERM']) signals.off(event, onSignal);
        resolve(failure ?? 0);
      }
    };
    const onSignal = () => {
      stopping = true;
      stopAll();
    };
    for (const event of ['SIGINT', 'SIGTERM']) signals.on(event, onSignal);
    for (const spec of specs) {
      const child = spawn(process.execPath, spec.args, { cwd, env, stdio: 'inherit' });
      running.add(child);
      child.once('exit', (code, signal) => ended(spec.name, child, code, signal));
      child.once('error', (error) => {
        log(`orgscan dev: ${spec.name} could not start: ${error.message}`);
        ended(spec.name, child, 1, null);
      });
    }
  });
}
