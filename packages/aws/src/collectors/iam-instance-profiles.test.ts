import { IAMClient, ListInstanceProfilesCommand } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AwsApi } from '../aws-api.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { iamInstanceProfilesCollector } from './iam-instance-profiles.js';

const iamMock = mockClient(IAMClient);

beforeEach(() => {
  iamMock.reset();
});

afterAll(() => {
  iamMock.restore();
});

const context = (api: AwsApi): CollectorContext => ({
  api,
  accountId: TEST_ACCOUNT_ID,
  partition: 'aws',
  region: 'us-east-1',
  sleep: async () => {},
});

const ARN = `arn:aws:iam::${TEST_ACCOUNT_ID}`;
const CREATED = new Date('2025-01-01T00:00:00Z');

function profile(name: string, roles: string[]) {
  return {
    InstanceProfileName: name,
    InstanceProfileId: `AIPA${name.toUpperCase()}`,
    Arn: `${ARN}:instance-profile/${name}`,
    Path: '/',
    CreateDate: CREATED,
    Roles: roles.map((role) => ({
      RoleName: role,
      RoleId: `AROA${role.toUpperCase()}`,
      Arn: `${ARN}:role/${role}`,
      Path: '/',
      CreateDate: CREATED,
    })),
  };
}

describe('iamInstanceProfilesCollector', () => {
  it('lists every page (Marker while IsTruncated) and keeps the roles each profile holds', async () => {
    iamMock
      .on(ListInstanceProfilesCommand)
      .resolves({ InstanceProfiles: [profile('web', ['web-role'])], IsTruncated: true, Marker: 'm2' })
      .on(ListInstanceProfilesCommand, { Marker: 'm2' })
      .resolves({ InstanceProfiles: [profile('empty', [])], IsTruncated: false, Marker: 'ignored' });
    const { api, stats } = mockedApi();

    expect(await iamInstanceProfilesCollector.collect(context(api))).toEqual([
      { arn: `${ARN}:instance-profile/web`, name: 'web', roleArns: [`${ARN}:role/web-role`] },
      { arn: `${ARN}:instance-profile/empty`, name: 'empty', roleArns: [] },
    ]);
    expect(stats.byOperation.get('iam:ListInstanceProfiles')).toBe(2);
  });

  it('fails the slice with the AWS code when ListInstanceProfiles is denied', async () => {
    iamMock.on(ListInstanceProfilesCommand).rejects(awsError('AccessDenied', 403));
    await expect(iamInstanceProfilesCollector.collect(context(mockedApi().api))).rejects.toMatchObject({
      code: 'AccessDenied',
      operation: 'iam:ListInstanceProfiles',
    });
  });
});
