import { DescribeHubCommand, SecurityHubClient } from '@aws-sdk/client-securityhub';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { AwsCallError } from '../aws-error.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { securityHubHubCollector } from './securityhub.js';

const securityHub = mockClient(SecurityHubClient);

beforeEach(() => {
  securityHub.reset();
});

afterAll(() => {
  securityHub.restore();
});

const REGION = 'eu-west-1';

function context(): { ctx: CollectorContext; stats: ReturnType<typeof mockedApi>['stats'] } {
  const { api, stats } = mockedApi();
  return {
    ctx: { api, accountId: TEST_ACCOUNT_ID, partition: 'aws', region: REGION, sleep: async () => {} },
    stats,
  };
}

describe('securityHubHubCollector', () => {
  it('keeps the hub ARN and subscription time', async () => {
    const hubArn = `arn:aws:securityhub:${REGION}:${TEST_ACCOUNT_ID}:hub/default`;
    securityHub.on(DescribeHubCommand).resolves({ HubArn: hubArn, SubscribedAt: '2025-03-01T10:00:00.000Z' });

    await expect(securityHubHubCollector.collect(context().ctx)).resolves.toEqual({
      hubArn,
      subscribedAt: '2025-03-01T10:00:00.000Z',
    });
  });

  it('reads "not subscribed" (InvalidAccessException) as not enabled, without retrying', async () => {
    securityHub
      .on(DescribeHubCommand)
      .rejects(
        awsError(
          'InvalidAccessException',
          401,
          `Account ${TEST_ACCOUNT_ID} is not subscribed to AWS Security Hub`,
        ),
      );
    const { ctx, stats } = context();

    await expect(securityHubHubCollector.collect(ctx)).resolves.toBeNull();
    expect(stats.retries).toBe(0);
  });

  it('keeps any other InvalidAccessException an error', async () => {
    securityHub.on(DescribeHubCommand).rejects(awsError('InvalidAccessException', 401, 'something else'));
    await expect(securityHubHubCollector.collect(context().ctx)).rejects.toMatchObject({
      code: 'InvalidAccessException',
    });
  });

  it('propagates AccessDenied as an AwsCallError with the code', async () => {
    securityHub
      .on(DescribeHubCommand)
      .rejects(awsError('AccessDeniedException', 403, 'not authorized to perform: securityhub:DescribeHub'));
    const failure = securityHubHubCollector.collect(context().ctx);
    await expect(failure).rejects.toBeInstanceOf(AwsCallError);
    await expect(failure).rejects.toMatchObject({
      code: 'AccessDeniedException',
      kind: 'access-denied',
      operation: 'securityhub:DescribeHub',
    });
  });

  it('propagates a missing regional endpoint (ENOTFOUND) for collectInventory to read as not offered', async () => {
    const host = `securityhub.${REGION}.amazonaws.com`;
    securityHub
      .on(DescribeHubCommand)
      .rejects(
        Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND', hostname: host }),
      );
    await expect(securityHubHubCollector.collect(context().ctx)).rejects.toMatchObject({
      code: 'ENOTFOUND',
      operation: 'securityhub:DescribeHub',
    });
  });
});
