import { NoSuchEntityException, ServiceFailureException } from '@aws-sdk/client-iam';
import {
  AccessDeniedException,
  AWSOrganizationsNotInUseException,
  ServiceException,
  TooManyRequestsException,
} from '@aws-sdk/client-organizations';
import { ExpiredTokenException } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { AwsCallError, type AwsErrorKind, classifyAwsError } from './aws-error.js';
import { awsError } from './test-support/mock-api.js';

describe('classifyAwsError', () => {
  it.each<[string, number, AwsErrorKind]>([
    ['Throttling', 400, 'throttled'],
    ['ThrottlingException', 400, 'throttled'],
    ['RequestLimitExceeded', 503, 'throttled'],
    ['SlowDown', 503, 'throttled'],
    ['ExpiredToken', 403, 'expired-credentials'],
    ['RequestExpired', 400, 'expired-credentials'],
    ['AccessDenied', 403, 'access-denied'],
    ['UnauthorizedOperation', 403, 'access-denied'],
    ['OptInRequired', 401, 'access-denied'],
    ['AuthFailure', 401, 'access-denied'],
    ['NoSuchEntity', 404, 'not-found'],
    ['ResourceNotFoundException', 400, 'not-found'],
    ['InternalError', 500, 'transient'],
    ['ServiceUnavailable', 503, 'transient'],
    ['RequestTimeout', 408, 'transient'],
    ['ValidationError', 400, 'other'],
    ['InvalidParameterValue', 400, 'other'],
  ])('classifies %s (HTTP %i) as %s', (code, status, kind) => {
    const error = classifyAwsError(awsError(code, status), 'iam:GetAccountSummary');
    expect(error).toBeInstanceOf(AwsCallError);
    expect(error.code).toBe(code);
    expect(error.kind).toBe(kind);
    expect(error.httpStatus).toBe(status);
    expect(error.operation).toBe('iam:GetAccountSummary');
    expect(error.message).toBe(`simulated ${code}`);
  });

  it.each<[Error, AwsErrorKind]>([
    [new NoSuchEntityException({ message: 'none', $metadata: {} }), 'not-found'],
    [new ServiceFailureException({ message: 'boom', $metadata: {} }), 'transient'],
    [new TooManyRequestsException({ message: 'slow', $metadata: {} }), 'throttled'],
    [new AccessDeniedException({ message: 'no', $metadata: {} }), 'access-denied'],
    [new AWSOrganizationsNotInUseException({ message: 'no org', $metadata: {} }), 'access-denied'],
    [new ServiceException({ message: 'down', $metadata: {} }), 'transient'],
    [new ExpiredTokenException({ message: 'old', $metadata: {} }), 'expired-credentials'],
  ])('classifies the SDK exception %s as %s, with its name as the code', (error, kind) => {
    const classified = classifyAwsError(error, 'op');
    expect(classified.code).toBe(error.name);
    expect(classified.code).toMatch(/Exception$/);
    expect(classified.kind).toBe(kind);
  });

  it('treats HTTP 429 as throttling whatever the code', () => {
    expect(classifyAwsError(awsError('SomethingNew', 429), 'op').kind).toBe('throttled');
  });

  it('treats any 5xx as transient', () => {
    expect(classifyAwsError(awsError('SomethingNew', 502), 'op').kind).toBe('transient');
    expect(classifyAwsError(awsError('SomethingNew', 599), 'op').kind).toBe('transient');
  });

  it('treats an unknown code with HTTP 403 as access denied', () => {
    expect(classifyAwsError(awsError('SomethingNew', 403), 'op').kind).toBe('access-denied');
  });

  it('uses `code` of Node network errors, whose name is just "Error"', () => {
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    const error = classifyAwsError(reset, 'op');
    expect(error.code).toBe('ECONNRESET');
    expect(error.kind).toBe('transient');
    expect(error.httpStatus).toBeNull();
  });

  it('classifies an SDK TimeoutError as transient', () => {
    const timeout = Object.assign(new Error('Connection timed out after 1000 ms'), { name: 'TimeoutError' });
    expect(classifyAwsError(timeout, 'op').kind).toBe('transient');
  });

  it('gives UnknownError/other for things that are not errors', () => {
    const error = classifyAwsError('plain string', 'op');
    expect(error.code).toBe('UnknownError');
    expect(error.kind).toBe('other');
    expect(error.message).toBe('plain string');
  });

  it('returns an AwsCallError unchanged', () => {
    const original = new AwsCallError('AccessDenied', 'access-denied', 'iam:X', 'denied', 403);
    expect(classifyAwsError(original, 'other:Op')).toBe(original);
  });

  it('recognises a denial by a service control policy', () => {
    const scp = classifyAwsError(
      awsError(
        'AccessDenied',
        403,
        'User: arn:aws:sts::123456789012:assumed-role/OrgScan/s is not authorized to perform: ' +
          'iam:GetAccountSummary with an explicit deny in a service control policy',
      ),
      'iam:GetAccountSummary',
    );
    expect(scp.kind).toBe('access-denied');
    expect(scp.deniedByScp).toBe(true);
  });

  it('does not call an identity-policy denial an SCP denial', () => {
    const denied = classifyAwsError(
      awsError(
        'AccessDenied',
        403,
        'is not authorized to perform: iam:GetAccountSummary because no ' +
          'identity-based policy allows the iam:GetAccountSummary action',
      ),
      'op',
    );
    expect(denied.deniedByScp).toBe(false);
  });

  it('does not call a non-denial mentioning service control policies an SCP denial', () => {
    const other = classifyAwsError(
      awsError('ValidationError', 400, 'service control policy is invalid'),
      'op',
    );
    expect(other.deniedByScp).toBe(false);
  });
});

describe('classifyAwsError of an answer that is not an AWS error', () => {
  it('codes a body the SDK could not parse (no $fault) after the HTTP status', () => {
    const unparsed = Object.assign(new SyntaxError(`Unexpected token '<'\n  Deserialization error: ...`), {
      $metadata: { httpStatusCode: 502 },
      $response: { headers: { 'content-type': 'text/html' } },
    });
    const error = classifyAwsError(unparsed, 'organizations:ListAccounts');
    expect(error.code).toBe('HTTP502');
    expect(error.kind).toBe('transient');
    expect(error.httpStatus).toBe(502);
    expect(error.message).toBe(`HTTP 502 answer without an AWS error (text/html body): Unexpected token '<'`);
  });

  it.each(['Unknown', 'UnknownError', '500'])('codes an answer the SDK named %s after the status', (name) => {
    const codeless = Object.assign(new Error('UnknownError'), {
      name,
      $fault: 'server',
      $metadata: { httpStatusCode: 500 },
    });
    const error = classifyAwsError(codeless, 's3:HeadBucket');
    expect(error.code).toBe('HTTP500');
    expect(error.message).toBe('HTTP 500 answer without an AWS error');
  });

  it('judges such an answer by its status: 403 is a denial, 400 is not retried', () => {
    const page = (status: number) =>
      Object.assign(new Error('@aws-sdk XML parse error'), { $metadata: { httpStatusCode: status } });
    expect(classifyAwsError(page(403), 'op')).toMatchObject({ code: 'HTTP403', kind: 'access-denied' });
    expect(classifyAwsError(page(400), 'op')).toMatchObject({ code: 'HTTP400', kind: 'other' });
  });

  it('leaves network errors, which have no HTTP status, to their own code', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(classifyAwsError(refused, 'op').code).toBe('ECONNREFUSED');
  });
});
