/** What `orgscan` exits with; --help and docs/cli.md say the same. */
export const EXIT = {
  /** The scan ran (completed, incomplete or partial) and no --fail-on gate tripped. */
  ok: 0,
  /** --fail-on: an open (unmuted) FAIL at or above the severity exists. */
  gate: 1,
  /** Bad options or input files: nothing was scanned. */
  usage: 2,
  /** The scan itself could not run (Organizations or credentials unreadable, no account could be entered). */
  scanFailed: 3,
  /** Interrupted (Ctrl-C): what finished was written, marked incomplete. */
  interrupted: 130,
} as const;

/** Bad options or input: the message says which and why; exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The scan could not run; the message names the cause (with the AWS code); exit 3. */
export class ScanFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScanFailedError';
  }
}
