import { AccountClient, GetAlternateContactCommand } from '@aws-sdk/client-account';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { AwsCallError } from '../aws-error.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import { accountSecurityContactCollector } from './account.js';
import type { CollectorContext } from './collector.js';

const account = mockClient(AccountClient);

beforeEach(() => {
  account.reset();
});

afterAll(() => {
  account.restore();
});

function context(): { ctx: CollectorContext; stats: ReturnType<typeof mockedApi>['stats'] } {
  const { api, stats } = mockedApi();
  return {
    ctx: { api, accountId: TEST_ACCOUNT_ID, partition: 'aws', region: 'us-east-1', sleep: async () => {} },
    stats,
  };
}

describe('accountSecurityContactCollector', () => {
  it('asks for the SECURITY contact and keeps only that it exists and its e-mail domain', async () => {
    account.on(GetAlternateContactCommand).resolves({
      AlternateContact: {
        AlternateContactType: 'SECURITY',
        EmailAddress: 'Jane.Doe@Corp.Example',
        Name: 'Jane Doe',
        PhoneNumber: '+1-555-0100',
        Title: 'CISO',
      },
    });
    const { ctx } = context();

    await expect(accountSecurityContactCollector.collect(ctx)).resolves.toEqual({
      registered: true,
      emailDomain: 'corp.example',
    });
    expect(account.commandCalls(GetAlternateContactCommand)[0]?.args[0].input).toEqual({
      AlternateContactType: 'SECURITY',
    });
  });

  it('reads ResourceNotFoundException as "no contact registered", without retrying', async () => {
    account
      .on(GetAlternateContactCommand)
      .rejects(
        awsError(
          'ResourceNotFoundException',
          404,
          'No contact of the inputted alternate contact type found.',
        ),
      );
    const { ctx, stats } = context();

    await expect(accountSecurityContactCollector.collect(ctx)).resolves.toEqual({
      registered: false,
      emailDomain: null,
    });
    expect(stats.retries).toBe(0);
  });

  it('propagates AccessDenied as an AwsCallError with the code', async () => {
    account
      .on(GetAlternateContactCommand)
      .rejects(
        awsError('AccessDeniedException', 403, 'not authorized to perform: account:GetAlternateContact'),
      );
    const failure = accountSecurityContactCollector.collect(context().ctx);

    await expect(failure).rejects.toBeInstanceOf(AwsCallError);
    await expect(failure).rejects.toMatchObject({
      code: 'AccessDeniedException',
      kind: 'access-denied',
      operation: 'account:GetAlternateContact',
    });
  });
});
