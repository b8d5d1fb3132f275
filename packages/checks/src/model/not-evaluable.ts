/**
 * Thrown from evaluate() when the data is there but cannot decide the check (a credential report without
 * its root row, say). The runner records an ERROR result with this code instead of guessing.
 */
export class NotEvaluableError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'NotEvaluableError';
  }
}
