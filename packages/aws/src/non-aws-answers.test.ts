import { DescribeRegionsCommand } from '@aws-sdk/client-ec2';
import { GetAccountSummaryCommand } from '@aws-sdk/client-iam';
import { ListAccountsCommand } from '@aws-sdk/client-organizations';
import { HeadBucketCommand, ListBucketsCommand } from '@aws-sdk/client-s3';
import { type Finding, findCheck, runChecks } from '@orgscan/checks';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AwsCallError } from './aws-error.js';
import { collectInventory } from './collect-inventory.js';
import {
  htmlErrorPage,
  type LocalAnswer,
  startLocalHttpEndpoint,
} from './test-support/local-http-endpoint.js';
import { mockedApi } from './test-support/mock-api.js';

/**
 * An AWS-compatible endpoint behind a proxy that answers with its own HTML error pages: the answers reach
 * the real SDK clients (no mocks), so each protocol's parser meets the HTML.
 */
let answer: LocalAnswer = htmlErrorPage(500);
let endpoint: Awaited<ReturnType<typeof startLocalHttpEndpoint>>;

beforeAll(async () => {
  endpoint = await startLocalHttpEndpoint(() => answer);
  vi.stubEnv('AWS_ENDPOINT_URL', endpoint.url);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await endpoint.close();
});

async function failureOf(call: Promise<unknown>): Promise<AwsCallError> {
  const error = await call.then(
    () => null,
    (rejected: unknown) => rejected,
  );
  expect(error).toBeInstanceOf(AwsCallError);
  return error as AwsCallError;
}

/** One attempt per call: these tests are about the code, not the retries. */
const oneAttempt = () =>
  mockedApi({ retry: { throttleAttempts: 1, transientAttempts: 1, baseDelayMs: 1, maxDelayMs: 1 } });

describe('an HTML error page instead of an AWS error answer', () => {
  it.each([
    ['query protocol (IAM)', 'iam', new GetAccountSummaryCommand({})],
    ['EC2 protocol', 'ec2', new DescribeRegionsCommand({})],
    ['JSON protocol (Organizations)', 'organizations', new ListAccountsCommand({})],
    ['REST-XML protocol (S3)', 's3', new ListBucketsCommand({})],
    ['bodiless answer to a HEAD request (S3)', 's3', new HeadBucketCommand({ Bucket: 'logs' })],
  ] as const)('gives HTTP500 with the status in the message over the %s', async (_, service, command) => {
    answer = htmlErrorPage(500);
    const error = await failureOf(oneAttempt().api.call('us-east-1', service, command as never));

    expect(error.code).toBe('HTTP500');
    expect(error.httpStatus).toBe(500);
    expect(error.kind).toBe('transient');
    expect(error.message).toMatch(/^HTTP 500 answer without an AWS error/);
  });

  it('names the status it was given (502 from a gateway)', async () => {
    answer = htmlErrorPage(502);
    const error = await failureOf(
      oneAttempt().api.call('us-east-1', 'organizations', new ListAccountsCommand({})),
    );
    expect(error.code).toBe('HTTP502');
    expect(error.message).toContain('HTTP 502');
    expect(error.message).toContain('text/html');
  });

  it('keeps the AWS code of a real AWS error answer on the same endpoint', async () => {
    answer = {
      status: 500,
      contentType: 'application/x-amz-json-1.1',
      body: JSON.stringify({ __type: 'ServiceException', message: 'try again' }),
    };
    const error = await failureOf(
      oneAttempt().api.call('us-east-1', 'organizations', new ListAccountsCommand({})),
    );
    expect(error.code).toBe('ServiceException');
    expect(error.kind).toBe('transient');
  });

  it('puts the code and the status in the ERROR finding of a check that needed the call', async () => {
    answer = htmlErrorPage(503);
    const { api } = oneAttempt();
    const inventory = await collectInventory({
      api,
      accountId: '123456789012',
      partition: 'aws',
      homeRegion: 'us-east-1',
      regions: [],
      slices: ['iam.passwordPolicy'],
      sleep: async () => {},
    });
    const check = findCheck('iam-password-policy-length-14');
    expect(check).toBeDefined();
    const findings: Finding[] = runChecks({
      checks: [check!],
      inventory,
      account: { id: '123456789012', name: null, email: null, partition: 'aws', isManagementAccount: false },
      org: { organizationId: null, managementAccountId: null },
      now: new Date('2026-01-01T00:00:00Z'),
    });
    expect(findings).toHaveLength(1);
    for (const finding of findings) {
      expect(finding.status).toBe('ERROR');
      expect(finding.errorCode).toBe('HTTP503');
      expect(finding.message).toContain('HTTP 503');
    }
  });
});
