import type { ChildProcess, SpawnOptions } from 'node:child_process';

export interface ProcessSpec {
  readonly name: string;
  /** Arguments of the node binary: node options, then the entry point (or -e for a script). */
  readonly args: readonly string[];
}

export interface SignalSource {
  on(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
  off(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
}

export declare function supervise(
  specs: readonly ProcessSpec[],
  options: {
    readonly cwd: string;
    readonly env: Readonly<Record<string, string | undefined>>;
    readonly log?: (line: string) => void;
    readonly signals?: SignalSource;
    readonly spawn?: (command: string, args: readonly string[], options: SpawnOptions) => ChildProcess;
  },
): Promise<number>;
