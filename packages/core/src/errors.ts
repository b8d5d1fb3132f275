/** Errors the services raise on purpose; the api maps each to a problem response. */

export class NotFoundError extends Error {
  constructor(
    readonly resource: string,
    readonly id: string,
  ) {
    super(`${resource} ${id} not found`);
    this.name = 'NotFoundError';
  }
}

/** The request is well-formed but asks for something that does not exist or cannot be done. */
export class InvalidRequestError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'InvalidRequestError';
  }
}

/** AWS Organizations could not be read (denied, throttled out, unreachable): nothing was enqueued. */
export class OrganizationsUnavailableError extends Error {
  constructor(
    readonly code: string,
    readonly operation: string,
    readonly retryable: boolean,
  ) {
    super(`AWS Organizations could not be read: ${operation} failed with ${code}`);
    this.name = 'OrganizationsUnavailableError';
  }
}

/** The request is valid but the resource is not in a state that allows it (cancel a finished scan, say). */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

/**
 * The scan exists (its summary, accounts and lifecycle changes are kept) but its per-scan findings were
 * dropped by the retention rule (FINDINGS_RETENTION_SCANS): answered 410 Gone, never an empty page.
 */
export class FindingsExpiredError extends Error {
  constructor(
    readonly scanId: string,
    readonly expiredAt: Date,
  ) {
    super(
      `the findings of scan ${scanId} were dropped on ${expiredAt.toISOString()} by the retention rule ` +
        '(FINDINGS_RETENTION_SCANS); its summary and lifecycle changes are kept',
    );
    this.name = 'FindingsExpiredError';
  }
}
