import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** USER_HZ: the unit of /proc/<pid>/stat times, 100 on every Linux architecture Node runs on. */
const CLOCK_TICKS_PER_SECOND = 100;

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface RunningProcess {
  readonly name: string;
  readonly child: ChildProcess;
  readonly output: string[];
  /** Peak resident set size so far (VmHWM), in MB; null once the process is gone. */
  peakRssMb(): number | null;
  /** CPU time used so far, user + system, in seconds (/proc/<pid>/stat); null once the process is gone. */
  cpuSeconds(): number | null;
  stop(): Promise<void>;
}

/**
 * Starts a built orgscan entry point (apps/<name>/dist/...) with exactly `env` plus PATH, `nodeArgs`
 * (such as the heap size a deployment gives that process) before the entry point and `args` after it.
 */
export function startProcess(
  name: string,
  entry: string,
  env: Record<string, string>,
  nodeArgs: readonly string[] = [],
  args: readonly string[] = [],
): RunningProcess {
  const child = spawn(process.execPath, [...nodeArgs, join(repoRoot, entry), ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  // Keeps the first lines (start-up) and the most recent ones, never the whole run.
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString('utf8'));
    if (output.length > 400) output.splice(100, 1);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    name,
    child,
    output,
    peakRssMb() {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const match = /VmHWM:\s+(\d+) kB/.exec(status);
        return match ? Math.round(Number(match[1]) / 1024) : null;
      } catch {
        return null;
      }
    },
    cpuSeconds() {
      try {
        // Fields after the parenthesised command name: utime and stime are the 12th and 13th.
        const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
      } catch {
        return null;
      }
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
