import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const ENTRY_POINTS = {
  api: join(repoRoot, 'apps/api/dist/server.js'),
  worker: join(repoRoot, 'apps/worker/dist/main.js'),
} as const;

export interface OrgscanProcess {
  readonly child: ChildProcess;
  /** Log lines (stdout) and error output (stderr) seen so far. */
  readonly stdout: string[];
  readonly stderr: string[];
  /** Resolves with the exit code (or the signal name) once the process has exited. */
  readonly exited: Promise<number | string>;
  stop(signal?: NodeJS.Signals): Promise<number | string>;
}

/**
 * Runs a built entry point (npm test builds before testing) as a real process with exactly `env`
 * (plus PATH), the way it runs in production.
 */
export function startOrgscanProcess(
  entry: keyof typeof ENTRY_POINTS,
  env: Record<string, string>,
): OrgscanProcess {
  const child = spawn(process.execPath, [ENTRY_POINTS[entry]], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: string[] = [];
  const stderr: string[] = [];
  const collect = (into: string[]) => {
    let partial = '';
    return (chunk: Buffer) => {
      const text = partial + chunk.toString('utf8');
      const lines = text.split('\n');
      partial = lines.pop() ?? '';
      into.push(...lines.filter(Boolean));
    };
  };
  child.stdout?.on('data', collect(stdout));
  child.stderr?.on('data', collect(stderr));
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
  });
  return {
    child,
    stdout,
    stderr,
    exited,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** A DATABASE_URL that puts the process in one schema (each test file has its own). */
export function databaseUrlForSchema(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('options', `-c search_path=${schema}`);
  return parsed.toString();
}
