import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { supervise } from './supervise.mjs';

/** A stand-in process: `script` runs under node, then says "ready" (its signal handlers are in place). */
const proc = (name: string, script: string) => ({ name, args: ['-e', `${script}; console.log('ready')`] });
const RUNS_UNTIL_STOPPED = "process.on('SIGTERM', () => process.exit(0)); setInterval(() => {}, 1000)";

function run(specs: ReturnType<typeof proc>[]) {
  const lines: string[] = [];
  const signals = new EventEmitter();
  const ready: Promise<void>[] = [];
  const done = supervise(specs, {
    cwd: process.cwd(),
    env: { PATH: process.env.PATH },
    log: (line) => lines.push(line),
    signals,
    spawn: (command: string, args: readonly string[], options: SpawnOptions): ChildProcess => {
      const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'ignore'] });
      ready.push(new Promise((resolve) => child.stdout?.once('data', () => resolve())));
      return child;
    },
  });
  return { done, lines, signals, allReady: () => Promise.all(ready) };
}

describe('dev stack supervision', () => {
  it('a process that fails to start stops the others and the stack exits with its code', async () => {
    const { done, lines } = run([proc('api', 'process.exit(3)'), proc('worker', RUNS_UNTIL_STOPPED)]);
    expect(await done).toBe(3);
    expect(lines[0]).toBe('orgscan dev: api exited (3)');
    expect(lines[1]).toMatch(/^orgscan dev: worker exited \((0|SIGTERM)\)$/);
  });

  it('a process that dies, even with exit code 0, is a failure of the stack', async () => {
    const { done } = run([proc('api', RUNS_UNTIL_STOPPED), proc('worker', 'setTimeout(() => {}, 50)')]);
    expect(await done).toBe(1);
  });

  it('a signal stops every process; the stack succeeds when they all stop cleanly', async () => {
    const { done, signals, lines, allReady } = run([
      proc('api', RUNS_UNTIL_STOPPED),
      proc('worker', RUNS_UNTIL_STOPPED),
    ]);
    await allReady();
    signals.emit('SIGINT');
    expect(await done).toBe(0);
    expect(lines.sort()).toEqual(['orgscan dev: api exited (0)', 'orgscan dev: worker exited (0)']);
  });

  it('a process that fails while stopping makes the stack fail', async () => {
    const { done, signals, allReady } = run([
      proc('api', "process.on('SIGTERM', () => process.exit(4)); setInterval(() => {}, 1000)"),
      proc('worker', RUNS_UNTIL_STOPPED),
    ]);
    await allReady();
    signals.emit('SIGTERM');
    expect(await done).toBe(4);
  });
});
