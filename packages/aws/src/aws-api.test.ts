import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import {
  GetAccountSummaryCommand,
  GetUserCommand,
  IAMClient,
  NoSuchEntityException,
  ServiceFailureException,
} from '@aws-sdk/client-iam';
import {
  ListAccountsForParentCommand,
  OrganizationsClient,
  TooManyRequestsException,
} from '@aws-sdk/client-organizations';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AttemptEvent } from './aws-api.js';
import { AwsCallError } from './aws-error.js';
import type { RateLimiter, RateLimitKey } from './rate-limiter.js';
import { DEFAULT_RETRY_BUDGET, RetryBudget } from './retry-budget.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID, TEST_RETRY } from './test-support/mock-api.js';

const iam = mockClient(IAMClient);
const ec2 = mockClient(EC2Client);
const organizations = mockClient(OrganizationsClient);

beforeEach(() => {
  iam.reset();
  ec2.reset();
  organizations.reset();
});

afterAll(() => {
  iam.restore();
  ec2.restore();
  organizations.restore();
});

const throttling = () => awsError('Throttling', 400, 'Rate exceeded');
const accessDenied = () => awsError('AccessDenied', 403, 'not authorized');

/** Lets every pending promise callback run (no timers involved). */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('AwsApi memoization', () => {
  it('sends identical requests once and shares the answer', async () => {
    iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: { Users: 3 } });
    const { api, stats } = mockedApi();

    const first = await api.call('us-east-1', 'iam', new GetAccountSummaryCommand({}));
    const second = await api.call('us-east-1', 'iam', new GetAccountSummaryCommand({}));

    expect(iam.commandCalls(GetAccountSummaryCommand)).toHaveLength(1);
    expect(second).toBe(first);
    expect(second.SummaryMap?.Users).toBe(3);
    expect(stats.calls).toBe(1);
    // The request was asked for twice but sent once: no repeated request.
    expect(stats.maxSameRequest()).toBe(1);
  });

  it('sends concurrent identical requests once', async () => {
    iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: { Users: 3 } });
    const { api } = mockedApi();

    const answers = await Promise.all(
      [1, 2, 3].map(() => api.call('us-east-1', 'iam', new GetAccountSummaryCommand({}))),
    );

    expect(iam.commandCalls(GetAccountSummaryCommand)).toHaveLength(1);
    expect(answers[1]).toBe(answers[0]);
    expect(answers[2]).toBe(answers[0]);
  });

  it('treats parameters in a different key order as the same request', async () => {
    organizations.on(ListAccountsForParentCommand).resolves({ Accounts: [] });
    const { api } = mockedApi();

    await api.call(
      'us-east-1',
      'organizations',
      new ListAccountsForParentCommand({ ParentId: 'r-1', NextToken: 't1' }),
    );
    await api.call(
      'us-east-1',
      'organizations',
      new ListAccountsForParentCommand({ NextToken: 't1', ParentId: 'r-1' }),
    );

    expect(organizations.commandCalls(ListAccountsForParentCommand)).toHaveLength(1);
  });

  it('sends requests with different parameters separately', async () => {
    iam.on(GetUserCommand, { UserName: 'alice' }).resolves({ User: userNamed('alice') });
    iam.on(GetUserCommand, { UserName: 'bob' }).resolves({ User: userNamed('bob') });
    const { api, stats } = mockedApi();

    const alice = await api.call('us-east-1', 'iam', new GetUserCommand({ UserName: 'alice' }));
    const bob = await api.call('us-east-1', 'iam', new GetUserCommand({ UserName: 'bob' }));

    expect(alice.User?.UserName).toBe('alice');
    expect(bob.User?.UserName).toBe('bob');
    expect(iam.commandCalls(GetUserCommand)).toHaveLength(2);
    expect(stats.maxSameRequest()).toBe(1);
  });

  it('sends the same request in different regions separately', async () => {
    ec2.on(DescribeRegionsCommand).resolves({ Regions: [] });
    const { api } = mockedApi();

    await api.call('us-east-1', 'ec2', new DescribeRegionsCommand({ AllRegions: true }));
    await api.call('eu-west-1', 'ec2', new DescribeRegionsCommand({ AllRegions: true }));

    expect(ec2.commandCalls(DescribeRegionsCommand)).toHaveLength(2);
  });

  it('shares a failure with later identical requests without sending again', async () => {
    iam.on(GetAccountSummaryCommand).rejects(accessDenied());
    const { api } = mockedApi();

    await expect(api.call('us-east-1', 'iam', new GetAccountSummaryCommand({}))).rejects.toMatchObject({
      code: 'AccessDenied',
    });
    await expect(api.call('us-east-1', 'iam', new GetAccountSummaryCommand({}))).rejects.toMatchObject({
      code: 'AccessDenied',
    });
    expect(iam.commandCalls(GetAccountSummaryCommand)).toHaveLength(1);
  });

  it('callFresh sends every time', async () => {
    iam
      .on(GetAccountSummaryCommand)
      .resolvesOnce({ SummaryMap: { Users: 1 } })
      .resolves({ SummaryMap: { Users: 2 } });
    const { api, stats } = mockedApi();

    const first = await api.callFresh('us-east-1', 'iam', new GetAccountSummaryCommand({}));
    const second = await api.callFresh('us-east-1', 'iam', new GetAccountSummaryCommand({}));

    expect(first.SummaryMap?.Users).toBe(1);
    expect(second.SummaryMap?.Users).toBe(2);
    expect(stats.calls).toBe(2);
    expect(stats.maxSameRequest()).toBe(2);
  });
});

describe('AwsApi retries', () => {
  it('retries a throttled call and returns the eventual answer', async () => {
    iam
      .on(GetAccountSummaryCommand)
      .rejectsOnce(throttling())
      .rejectsOnce(throttling())
      .resolves({ SummaryMap: { Users: 5 } });
    const { api, stats, sleeps } = mockedApi();

    const output = await api.call('us-east-1', 'iam', new GetAccountSummaryCommand({}));

    expect(output.SummaryMap?.Users).toBe(5);
    expect(iam.commandCalls(GetAccountSummaryCommand)).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    expect(stats.toJSON()).toEqual({
      calls: 3,
      throttles: 2,
      retries: 2,
      errors: 0,
      maxSameRequest: 1,
      byOperation: { 'iam:GetAccountSummary': 3 },
    });
  });

  it('gives up after throttleAttempts with the throttling code', async () => {
    organizations.on(ListAccountsForParentCommand).rejects(
      new TooManyRequestsException({
        message: 'AWS Organizations can not complete your request',
        $metadata: {},
      }),
    );
    const { api, stats, sleeps } = mockedApi();

    const failure = api.call(
      'us-east-1',
      'organizations',
      new ListAccountsForParentCommand({ ParentId: 'r-1' }),
    );

    await expect(failure).rejects.toBeInstanceOf(AwsCallError);
    await expect(failure).rejects.toMatchObject({
      code: 'TooManyRequestsException',
      kind: 'throttled',
      operation: 'organizations:ListAccountsForParent',
    });
    expect(organizations.commandCalls(ListAccountsForParentCommand)).toHaveLength(
      TEST_RETRY.throttleAttempts,
    );
    expect(sleeps).toHaveLength(TEST_RETRY.throttleAttempts - 1);
    expect(stats.throttles).toBe(TEST_RETRY.throttleAttempts);
    expect(stats.retries).toBe(TEST_RETRY.throttleAttempts - 1);
    expect(stats.errors).toBe(1);
  });

  it('retries a 5xx failure transientAttempts times', async () => {
    iam
      .on(GetAccountSummaryCommand)
      .rejects(
        new ServiceFailureException({ message: 'internal failure', $metadata: { httpStatusCode: 500 } }),
      );
    const { api, stats } = mockedApi();

    await expect(api.call('us-east-1', 'iam', new GetAccountSummaryCommand({}))).rejects.toMatchObject({
      code: 'ServiceFailureException',
      kind: 'transient',
      httpStatus: 500,
    });
    expect(iam.commandCalls(GetAccountSummaryCommand)).toHaveLength(TEST_RETRY.transientAttempts);
    expect(stats.throttles).toBe(0);
    expect(stats.retries).toBe(TEST_RETRY.transientAttempts - 1);
    expect(stats.errors).toBe(1);
  });

  it('recovers from an unmodelled 503', async () => {
    iam
      .on(GetAccountSummaryCommand)
      .rejectsOnce(awsError('ServiceUnavailable', 503))
      .resolves({ SummaryMap: { Users: 1 } });
    const { api, stats } = mockedApi();

    await expect(api.call('us-east-1', 'iam', new GetAccountSummaryCommand({}))).resolves.toMatchObject({
      SummaryMap: { Users: 1 },
    });
    expect(stats.retries).toBe(1);
    expect(stats.errors).toBe(0);
  });

  it('does not retry AccessDenied', async () => {
    iam.on(GetAccountSummaryCommand).rejects(accessDenied());
    const { api, stats, sleeps } = mockedApi();

    await expect(api.call('us-east-1', 'iam', new GetAccountSummaryCommand({}))).rejects.toMatchObject({
      code: 'AccessDenied',
      kind: 'access-denied',
      httpStatus: 403,
    });
    expect(iam.commandCalls(GetAccountSummaryCommand)).toHaveLength(1);
    expect(sleeps).toEqual([]);
    expect(stats.retries).toBe(0);
    expect(stats.errors).toBe(1);
  });

  it('drops the cached session and retries after ExpiredToken', async () => {
    iam
      .on(GetAccountSummaryCommand)
      .rejectsOnce(awsError('ExpiredToken', 400, 'The security token included in the request is expired'))
      .resolves({ SummaryMap: { Users: 1 } });
    let invalidations = 0;
    const { api, stats } = mockedApi({
      identity: {
        accountId: TEST_ACCOUNT_ID,
        credentials: async () => ({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' }),
        invalidateCredentials: () => {
          invalidations += 1;
        },
      },
    });

    await expect(api.call('us-east-1', 'iam', new GetAccountSummaryCommand({}))).resolves.toMatchObject({
      SummaryMap: { Users: 1 },
    });
    expect(invalidations).toBe(1);
    expect(stats.retries).toBe(1);
  });

  it('does not retry NoSuchEntity', async () => {
    iam.on(GetUserCommand).rejects(new NoSuchEntityException({ message: 'no user', $metadata: {} }));
    const { api } = mockedApi();

    await expect(
      api.call('us-east-1', 'iam', new GetUserCommand({ UserName: 'ghost' })),
    ).rejects.toMatchObject({ kind: 'not-found' });
    expect(iam.commandCalls(GetUserCommand)).toHaveLength(1);
  });

  it('waits the full backoff ceiling base·2^(n-1), capped at maxDelayMs, when jitter is at its top', async () => {
    iam.on(GetAccountSummaryCommand).rejects(throttling());
    const { api, sleeps } = mockedApi({
      retry: { throttleAttempts: 7, transientAttempts: 1, baseDelayMs: 100, maxDelayMs: 1_000 },
      random: () => 0.999_999_9,
    });

    await expect(api.call('us-east-1', 'iam', new GetAccountSummaryCommand({}))).rejects.toThrow();
    expect(sleeps).toEqual([100, 200, 400, 800, 1_000, 1_000]);
  });

  it('waits nothing when jitter is at its bottom', async () => {
    iam.on(GetAccountSummaryCommand).rejects(throttling());
    const { api, sleeps } = mockedApi({ random: () => 0 });

    await expect(api.call('us-east-1', 'iam', new GetAccountSummaryCommand({}))).rejects.toThrow();
    expect(sleeps).toEqual([0, 0, 0]);
  });

  it('keeps every jittered delay within [0, min(max, base·2^(n-1))]', async () => {
    iam.on(GetAccountSummaryCommand).rejects(throttling());
    const retry = { throttleAttempts: 12, transientAttempts: 1, baseDelayMs: 50, maxDelayMs: 2_000 };
    const { api, sleeps } = mockedApi({ retry });

    await expect(api.call('us-east-1', 'iam', new GetAccountSummaryCommand({}))).rejects.toThrow();

    expect(sleeps).toHaveLength(11);
    sleeps.forEach((delay, index) => {
      const ceiling = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** index);
      expect(Number.isInteger(delay)).toBe(true);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThanOrEqual(ceiling);
    });
    // Jitter: the seeded source does not give the same delay every time.
    expect(new Set(sleeps).size).toBeGreaterThan(1);
  });
});

describe('AwsApi accounting', () => {
  it('counts calls per operation, retries included', async () => {
    iam.on(GetAccountSummaryCommand).rejectsOnce(throttling()).resolves({ SummaryMap: {} });
    iam.on(GetUserCommand).resolves({ User: userNamed('alice') });
    ec2.on(DescribeRegionsCommand).resolves({ Regions: [] });
    const { api, stats } = mockedApi();

    await api.call('us-east-1', 'iam', new GetAccountSummaryCommand({}));
    await api.call('us-east-1', 'iam', new GetUserCommand({ UserName: 'alice' }));
    await api.call('us-east-1', 'iam', new GetUserCommand({ UserName: 'bob' }));
    await api.call('eu-west-1', 'ec2', new DescribeRegionsCommand({}));
    await api.call('eu-west-1', 'ec2', new DescribeRegionsCommand({}));

    expect(stats.toJSON()).toEqual({
      calls: 5,
      throttles: 1,
      retries: 1,
      errors: 0,
      maxSameRequest: 1,
      byOperation: { 'iam:GetAccountSummary': 2, 'iam:GetUser': 2, 'ec2:DescribeRegions': 1 },
    });
  });

  it('acquires the rate limiter for every attempt with account, region, service and operation', async () => {
    iam.on(GetAccountSummaryCommand).rejectsOnce(throttling()).resolves({ SummaryMap: {} });
    const keys: RateLimitKey[] = [];
    const limiter: RateLimiter = {
      acquire: async (key) => {
        keys.push(key);
        return { waitedMs: 7 };
      },
    };
    const { api, stats } = mockedApi({ limiter });

    await api.call('us-east-1', 'iam', new GetAccountSummaryCommand({}));

    const expected = {
      accountId: TEST_ACCOUNT_ID,
      region: 'us-east-1',
      service: 'iam',
      operation: 'GetAccountSummary',
    };
    expect(keys).toEqual([expected, expected]);
    expect(stats.limiterWaitMs).toBe(14);
  });

  it('reports each attempt and its outcome', async () => {
    iam
      .on(GetAccountSummaryCommand)
      .rejectsOnce(throttling())
      .rejectsOnce(awsError('InternalError', 500))
      .resolves({ SummaryMap: {} });
    const events: AttemptEvent[] = [];
    const { api } = mockedApi({ onAttempt: (event) => events.push(event) });

    await api.call('us-east-1', 'iam', new GetAccountSummaryCommand({}));

    expect(events.map((event) => [event.service, event.operation, event.outcome])).toEqual([
      ['iam', 'GetAccountSummary', 'throttled'],
      ['iam', 'GetAccountSummary', 'error'],
      ['iam', 'GetAccountSummary', 'ok'],
    ]);
  });

  it('keeps at most maxConcurrentCalls requests in flight', async () => {
    const release: Array<() => void> = [];
    let inFlight = 0;
    let maxInFlight = 0;
    iam.on(GetUserCommand).callsFake(async (input: { UserName: string }) => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise<void>((resolve) => release.push(resolve));
      inFlight -= 1;
      return { User: userNamed(input.UserName) };
    });
    const { api } = mockedApi({ maxConcurrentCalls: 2 });

    const names = ['a', 'b', 'c', 'd', 'e'];
    const all = Promise.all(
      names.map((UserName) => api.call('us-east-1', 'iam', new GetUserCommand({ UserName }))),
    );
    await settle();
    expect(inFlight).toBe(2);
    while (release.length > 0) {
      for (const resolve of release.splice(0)) resolve();
      await settle();
    }

    const users = await all;
    expect(users.map((output) => output.User?.UserName)).toEqual(names);
    expect(maxInFlight).toBe(2);
  });
});

describe('AwsApi retry budget', () => {
  const failing500 = () => awsError('InternalError', 500, 'We encountered an internal error');

  it('draws the retries of every call from one budget: once spent, a 5xx fails at its first attempt', async () => {
    iam.on(GetUserCommand).rejects(failing500());
    const budget = new RetryBudget({ capacity: 2, refillPerSuccess: 0 });
    const { api, stats } = mockedApi({ retryBudget: budget });

    for (const UserName of ['a', 'b', 'c', 'd']) {
      await expect(api.call('us-east-1', 'iam', new GetUserCommand({ UserName }))).rejects.toMatchObject({
        code: 'InternalError',
      });
    }

    // 4 calls, 2 retries in all (the first call spends the budget): not 4 × transientAttempts.
    expect(iam.commandCalls(GetUserCommand)).toHaveLength(4 + 2);
    expect(stats.retries).toBe(2);
    expect(stats.errors).toBe(4);
  });

  it('shares the budget between AwsApi instances given the same one (one account scan)', async () => {
    iam.on(GetAccountSummaryCommand).rejects(failing500());
    const budget = new RetryBudget({ capacity: 1, refillPerSuccess: 0 });
    const first = mockedApi({ retryBudget: budget });
    const second = mockedApi({ retryBudget: budget });

    await expect(first.api.call('us-east-1', 'iam', new GetAccountSummaryCommand({}))).rejects.toThrow();
    await expect(second.api.call('us-east-1', 'iam', new GetAccountSummaryCommand({}))).rejects.toThrow();

    expect(first.stats.retries + second.stats.retries).toBe(1);
  });

  it('earns retries back with successful calls', async () => {
    iam.on(GetUserCommand, { UserName: 'broken' }).rejects(failing500());
    iam.on(GetUserCommand, { UserName: 'fine' }).resolves({ User: userNamed('fine') });
    const budget = new RetryBudget({ capacity: 1, refillPerSuccess: 1 });
    const { api, stats } = mockedApi({ retryBudget: budget });

    await expect(api.call('us-east-1', 'iam', new GetUserCommand({ UserName: 'broken' }))).rejects.toThrow();
    expect(stats.retries).toBe(1);
    await api.call('us-east-1', 'iam', new GetUserCommand({ UserName: 'fine' }));
    await expect(api.call('eu-west-1', 'iam', new GetUserCommand({ UserName: 'broken' }))).rejects.toThrow();
    expect(stats.retries).toBe(2);
  });

  it('does not spend the budget on throttling', async () => {
    iam.on(GetAccountSummaryCommand).rejectsOnce(throttling()).resolves({ SummaryMap: {} });
    const budget = new RetryBudget({ capacity: 1, refillPerSuccess: 0 });
    const { api } = mockedApi({ retryBudget: budget });

    await api.call('us-east-1', 'iam', new GetAccountSummaryCommand({}));
    expect(budget.remaining).toBe(1);
  });

  it('gives each AwsApi without a shared budget the default one', async () => {
    iam.on(GetUserCommand).rejects(failing500());
    const { api, stats } = mockedApi();

    for (let call = 0; call < DEFAULT_RETRY_BUDGET.capacity + 5; call += 1) {
      await expect(
        api.call('us-east-1', 'iam', new GetUserCommand({ UserName: `u${call}` })),
      ).rejects.toThrow();
    }
    expect(stats.retries).toBe(DEFAULT_RETRY_BUDGET.capacity);
  });
});

function userNamed(name: string) {
  return {
    UserName: name,
    UserId: `AIDA${name.toUpperCase()}`,
    Path: '/',
    Arn: `arn:aws:iam::${TEST_ACCOUNT_ID}:user/${name}`,
    CreateDate: new Date('2024-01-01T00:00:00Z'),
  };
}
