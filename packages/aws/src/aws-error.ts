/**
 * How orgscan reacts to an AWS error:
 * - throttled: retried with backoff inside the AWS layer
 * - transient: retried a few times (network, timeouts, 5xx), within the account scan's retry budget
 * - access-denied: not retried; becomes an ERROR finding with the code (IAM deny or SCP deny), except in a
 *   region where every call was denied by an SCP: that region is denied by policy (RegionCallOutcomes)
 * - expired-credentials: the session is refreshed, then the call retried
 * - not-found / other: not retried; the caller decides (NoSuchEntity can mean "no policy")
 */
export type AwsErrorKind =
  | 'throttled'
  | 'transient'
  | 'access-denied'
  | 'expired-credentials'
  | 'not-found'
  | 'other';

const THROTTLE_CODES = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottled',
  'RequestThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'SlowDown',
  'ProvisionedThroughputExceededException',
  'BandwidthLimitExceeded',
  'EC2ThrottledException',
  'PriorRequestNotComplete',
]);

const ACCESS_DENIED_CODES = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'UnauthorizedAccess',
  'AuthorizationError',
  'AuthorizationErrorException',
  'AWSOrganizationsNotInUseException',
  'OptInRequired',
  'SubscriptionRequiredException',
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'AuthFailure',
  'SignatureDoesNotMatch',
]);

const EXPIRED_CODES = new Set(['ExpiredToken', 'ExpiredTokenException', 'RequestExpired']);

const TRANSIENT_CODES = new Set([
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'InternalError',
  'InternalFailure',
  'InternalServerError',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'ServiceException',
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
]);

const NOT_FOUND_CODES = new Set([
  'NoSuchEntity',
  'NoSuchEntityException',
  'ResourceNotFoundException',
  'NotFound',
]);

/** The error of a failed AWS call, classified, with the operation it came from. Carries no credentials. */
export class AwsCallError extends Error {
  constructor(
    readonly code: string,
    readonly kind: AwsErrorKind,
    readonly operation: string,
    message: string,
    readonly httpStatus: number | null,
  ) {
    super(message);
    this.name = 'AwsCallError';
  }

  /** Denied by a service control policy rather than by the role's own permissions. */
  get deniedByScp(): boolean {
    return this.kind === 'access-denied' && /service control policy/i.test(this.message);
  }
}

interface SdkErrorShape {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  $fault?: unknown;
  $metadata?: { httpStatusCode?: unknown };
  $response?: { headers?: Record<string, unknown> };
}

/**
 * Names the SDK gives an error answer that carried no AWS error code: a body without one (a HEAD answer,
 * an empty body) becomes "Unknown"/"UnknownError", or the bare status number.
 */
const CODELESS_NAMES = new Set(['Unknown', 'UnknownError', 'Error']);

export function classifyAwsError(error: unknown, operation: string): AwsCallError {
  if (error instanceof AwsCallError) return error;
  const shape = (typeof error === 'object' && error !== null ? error : {}) as SdkErrorShape;
  const httpStatus =
    typeof shape.$metadata?.httpStatusCode === 'number' ? shape.$metadata.httpStatusCode : null;
  const message = typeof shape.message === 'string' ? shape.message : String(error);
  if (httpStatus !== null && isNonAwsAnswer(shape)) {
    const code = `HTTP${httpStatus}`;
    return new AwsCallError(
      code,
      kindOf(code, httpStatus, shape.$fault),
      operation,
      nonAwsAnswerMessage(httpStatus, shape, message),
      httpStatus,
    );
  }
  const code = String(shape.name && shape.name !== 'Error' ? shape.name : (shape.code ?? 'UnknownError'));
  return new AwsCallError(code, kindOf(code, httpStatus, shape.$fault), operation, message, httpStatus);
}

/**
 * An HTTP answer that is not an AWS error answer: a proxy's or load balancer's HTML page, an empty body.
 * The SDK then either fails to parse the body (a SyntaxError or XML parse error: no `$fault`, which every
 * service exception has) or names the error after nothing (`Unknown`, the status number). The parser's
 * name says nothing about AWS, so the code comes from the HTTP status instead.
 */
function isNonAwsAnswer(shape: SdkErrorShape): boolean {
  if (shape.$fault === undefined) return true;
  const name = typeof shape.name === 'string' ? shape.name : '';
  return CODELESS_NAMES.has(name) || /^\d+$/.test(name);
}

function nonAwsAnswerMessage(httpStatus: number, shape: SdkErrorShape, sdkMessage: string): string {
  const contentType = shape.$response?.headers?.['content-type'];
  // The SDK's first line says what failed (the parser's complaint); the rest is a hint about its own fields.
  const reason = sdkMessage.split('\n')[0]?.trim();
  return (
    `HTTP ${httpStatus} answer without an AWS error` +
    (typeof contentType === 'string' ? ` (${contentType} body)` : '') +
    (reason && reason !== 'UnknownError' ? `: ${reason.slice(0, 200)}` : '')
  );
}

function kindOf(code: string, httpStatus: number | null, fault: unknown): AwsErrorKind {
  if (THROTTLE_CODES.has(code) || httpStatus === 429) return 'throttled';
  if (EXPIRED_CODES.has(code)) return 'expired-credentials';
  if (ACCESS_DENIED_CODES.has(code) || httpStatus === 403) return 'access-denied';
  if (NOT_FOUND_CODES.has(code)) return 'not-found';
  if (TRANSIENT_CODES.has(code) || fault === 'server' || (httpStatus !== null && httpStatus >= 500)) {
    return 'transient';
  }
  return 'other';
}
