import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type AssumeRoleParams,
  assumedRoleCredentials,
  memberRoleArn,
  scanSessionName,
} from './assume-role.js';
import { AwsCallError } from './aws-error.js';
import { awsError, mockedApi } from './test-support/mock-api.js';

const sts = mockClient(STSClient);

beforeEach(() => {
  sts.reset();
});

afterAll(() => {
  sts.restore();
});

const ROLE_ARN = 'arn:aws:iam::222222222222:role/OrgScanReadOnly';
const T0 = Date.parse('2026-06-01T00:00:00Z');
const HOUR = 3_600_000;
const MINUTE = 60_000;

function params(clock: { now: number }, overrides: Partial<AssumeRoleParams> = {}): AssumeRoleParams {
  return {
    roleArn: ROLE_ARN,
    externalId: 'ext-123',
    sessionName: 'orgscan-scan-1',
    region: 'eu-west-1',
    durationSeconds: 3600,
    refreshBeforeExpiryMs: 5 * MINUTE,
    now: () => clock.now,
    ...overrides,
  };
}

/** AssumeRole answers numbered 1, 2, ... each valid for one hour from the clock's current time. */
function mockAssumeRole(clock: { now: number }): void {
  let issued = 0;
  sts.on(AssumeRoleCommand).callsFake(async () => {
    issued += 1;
    return {
      Credentials: {
        AccessKeyId: `ASIA${issued}`,
        SecretAccessKey: `secret-${issued}`,
        SessionToken: `token-${issued}`,
        Expiration: new Date(clock.now + HOUR),
      },
      AssumedRoleUser: { Arn: `${ROLE_ARN}/session`, AssumedRoleId: 'AROAEXAMPLE:session' },
    };
  });
}

describe('assumedRoleCredentials', () => {
  it('sends RoleArn, RoleSessionName, DurationSeconds and ExternalId, in the given region', async () => {
    const clock = { now: T0 };
    mockAssumeRole(clock);
    const { api, stats } = mockedApi();

    const credentials = await assumedRoleCredentials(api, params(clock))();

    expect(sts.commandCalls(AssumeRoleCommand)[0]?.args[0].input).toEqual({
      RoleArn: ROLE_ARN,
      RoleSessionName: 'orgscan-scan-1',
      DurationSeconds: 3600,
      ExternalId: 'ext-123',
    });
    expect(credentials).toEqual({
      accessKeyId: 'ASIA1',
      secretAccessKey: 'secret-1',
      sessionToken: 'token-1',
      expiration: new Date(T0 + HOUR),
    });
    expect([...stats.byRequest.keys()][0]).toMatch(/^eu-west-1\|sts:AssumeRole\|/);
  });

  it('omits ExternalId when there is none', async () => {
    const clock = { now: T0 };
    mockAssumeRole(clock);

    await assumedRoleCredentials(mockedApi().api, params(clock, { externalId: null }))();

    const input = sts.commandCalls(AssumeRoleCommand)[0]?.args[0].input;
    expect(input).toBeDefined();
    expect(input).not.toHaveProperty('ExternalId');
  });

  it('reuses the credentials while they are fresh', async () => {
    const clock = { now: T0 };
    mockAssumeRole(clock);
    const provider = assumedRoleCredentials(mockedApi().api, params(clock));

    const first = await provider();
    clock.now = T0 + 54 * MINUTE;
    const second = await provider();

    expect(second).toBe(first);
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(1);
  });

  it('assumes the role again once within refreshBeforeExpiryMs of expiry', async () => {
    const clock = { now: T0 };
    mockAssumeRole(clock);
    const provider = assumedRoleCredentials(mockedApi().api, params(clock));

    await provider();
    clock.now = T0 + 55 * MINUTE;
    const refreshed = await provider();

    expect(refreshed.accessKeyId).toBe('ASIA2');
    expect(refreshed.expiration).toEqual(new Date(T0 + 55 * MINUTE + HOUR));
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(2);
  });

  it('shares one AssumeRole call between concurrent callers', async () => {
    const clock = { now: T0 };
    mockAssumeRole(clock);
    const provider = assumedRoleCredentials(mockedApi().api, params(clock));

    const all = await Promise.all([provider(), provider(), provider()]);

    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(1);
    expect(all.map((credentials) => credentials.accessKeyId)).toEqual(['ASIA1', 'ASIA1', 'ASIA1']);
  });

  it('shares one refresh between concurrent callers near expiry', async () => {
    const clock = { now: T0 };
    mockAssumeRole(clock);
    const provider = assumedRoleCredentials(mockedApi().api, params(clock));
    await provider();

    clock.now = T0 + 58 * MINUTE;
    const all = await Promise.all([provider(), provider()]);

    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(2);
    expect(all.map((credentials) => credentials.accessKeyId)).toEqual(['ASIA2', 'ASIA2']);
  });

  it('propagates AccessDenied, and tries again on the next call', async () => {
    const clock = { now: T0 };
    sts
      .on(AssumeRoleCommand)
      .rejectsOnce(
        awsError(
          'AccessDenied',
          403,
          `User: arn:aws:sts::111111111111:assumed-role/Scanner/x is not authorized to perform: sts:AssumeRole on resource: ${ROLE_ARN}`,
        ),
      )
      .resolves({
        Credentials: {
          AccessKeyId: 'ASIAOK',
          SecretAccessKey: 's',
          SessionToken: 't',
          Expiration: new Date(T0 + HOUR),
        },
      });
    const provider = assumedRoleCredentials(mockedApi().api, params(clock));

    const failure = provider();
    await expect(failure).rejects.toBeInstanceOf(AwsCallError);
    await expect(failure).rejects.toMatchObject({
      code: 'AccessDenied',
      kind: 'access-denied',
      operation: 'sts:AssumeRole',
    });
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(1);

    await expect(provider()).resolves.toMatchObject({ accessKeyId: 'ASIAOK' });
  });

  it('fails when AssumeRole returns no credentials', async () => {
    const clock = { now: T0 };
    sts.on(AssumeRoleCommand).resolves({});

    await expect(assumedRoleCredentials(mockedApi().api, params(clock))()).rejects.toThrow(
      `AssumeRole returned no credentials for ${ROLE_ARN}`,
    );
  });
});

describe('memberRoleArn', () => {
  it('builds the role ARN in the partition', () => {
    expect(memberRoleArn('aws', '222222222222', 'OrgScanReadOnly')).toBe(
      'arn:aws:iam::222222222222:role/OrgScanReadOnly',
    );
    expect(memberRoleArn('aws-us-gov', '222222222222', 'OrgScan')).toBe(
      'arn:aws-us-gov:iam::222222222222:role/OrgScan',
    );
  });
});

describe('scanSessionName', () => {
  it('prefixes the scan id', () => {
    expect(scanSessionName('00000000-0000-4000-8000-000000000001')).toBe(
      'orgscan-00000000-0000-4000-8000-000000000001',
    );
  });

  it('replaces characters a session name may not contain', () => {
    expect(scanSessionName('scan 1/2:ü*#')).toBe('orgscan-scan-1-2----');
  });

  it('keeps the characters a session name may contain', () => {
    expect(scanSessionName('a_B+c=d,e.f@g-1')).toBe('orgscan-a_B+c=d,e.f@g-1');
  });

  it('truncates to 64 characters', () => {
    const name = scanSessionName('x'.repeat(100));
    expect(name).toHaveLength(64);
    expect(name).toBe(`orgscan-${'x'.repeat(56)}`);
    expect(name).toMatch(/^[\w+=,.@-]{2,64}$/);
  });
});
