import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
/** The built command, as `npx orgscan` runs it (npm test builds before testing). */
export const ORGSCAN = join(repoRoot, 'apps/cli/bin/orgscan.js');

export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunningCli {
  readonly child: ChildProcess;
  /** Resolves when stderr has shown text matching `pattern`. */
  waitForStderr(pattern: RegExp): Promise<void>;
  readonly done: Promise<CliRun>;
}

/** A fresh working directory for one run's reports. */
export function workDirectory(): string {
  return mkdtempSync(join(tmpdir(), 'orgscan-cli-'));
}

/**
 * Starts `orgscan <args>` as a child process with only PATH and `env` in its environment (no AWS settings
 * of the machine leak in), stdout and stderr piped (so no TTY: plain progress lines).
 */
export function startCli(
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string> },
): RunningCli {
  const child = spawn(process.execPath, [ORGSCAN, ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', HOME: options.cwd, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const waiters: Array<{ pattern: RegExp; resolve: () => void }> = [];
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
    for (const waiter of waiters.splice(0)) {
      if (waiter.pattern.test(stderr)) waiter.resolve();
      else waiters.push(waiter);
    }
  });
  const done = new Promise<CliRun>((resolve) => {
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return {
    child,
    done,
    waitForStderr: (pattern) =>
      pattern.test(stderr)
        ? Promise.resolve()
        : new Promise<void>((resolve, reject) => {
            waiters.push({ pattern, resolve });
            done.then(() => reject(new Error(`orgscan exited before stderr matched ${pattern}:\n${stderr}`)));
          }),
  };
}

export function runCli(
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<CliRun> {
  return startCli(args, options).done;
}
