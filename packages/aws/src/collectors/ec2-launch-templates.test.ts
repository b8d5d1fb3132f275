import {
  DescribeLaunchTemplatesCommand,
  DescribeLaunchTemplateVersionsCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { ec2LaunchTemplatesCollector } from './ec2-launch-templates.js';

const ec2 = mockClient(EC2Client);
const REGION = 'eu-west-1';
const ARN = `arn:aws:ec2:${REGION}:${TEST_ACCOUNT_ID}`;

beforeEach(() => ec2.reset());
afterAll(() => ec2.restore());

function context(): CollectorContext {
  const { api } = mockedApi();
  return { api, accountId: TEST_ACCOUNT_ID, partition: 'aws', region: REGION, sleep: async () => {} };
}

describe('ec2LaunchTemplatesCollector', () => {
  it('lists every page and reads the default version of each template', async () => {
    ec2
      .on(DescribeLaunchTemplatesCommand, { NextToken: undefined })
      .resolves({
        LaunchTemplates: [{ LaunchTemplateId: 'lt-1', LaunchTemplateName: 'web', DefaultVersionNumber: 3 }],
        NextToken: 'page-2',
      })
      .on(DescribeLaunchTemplatesCommand, { NextToken: 'page-2' })
      .resolves({ LaunchTemplates: [{ LaunchTemplateId: 'lt-2', LaunchTemplateName: 'batch' }] })
      .on(DescribeLaunchTemplateVersionsCommand, { LaunchTemplateId: 'lt-1' })
      .resolves({
        LaunchTemplateVersions: [
          {
            VersionNumber: 3,
            DefaultVersion: true,
            LaunchTemplateData: {
              MetadataOptions: { HttpTokens: 'required' },
              NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: true }],
              BlockDeviceMappings: [
                { DeviceName: '/dev/xvda', Ebs: { Encrypted: true } },
                { DeviceName: '/dev/xvdb', Ebs: { Encrypted: false } },
                { DeviceName: '/dev/xvdc', Ebs: {} },
                { DeviceName: '/dev/sdd', VirtualName: 'ephemeral0' },
              ],
            },
          },
        ],
      })
      .on(DescribeLaunchTemplateVersionsCommand, { LaunchTemplateId: 'lt-2' })
      .resolves({ LaunchTemplateVersions: [{ VersionNumber: 1, LaunchTemplateData: {} }] });

    await expect(ec2LaunchTemplatesCollector.collect(context())).resolves.toEqual([
      {
        arn: `${ARN}:launch-template/lt-1`,
        id: 'lt-1',
        name: 'web',
        defaultVersion: {
          ok: true,
          value: {
            versionNumber: 3,
            metadataHttpTokens: 'required',
            associatesPublicIp: true,
            unencryptedEbsDevices: ['/dev/xvdb'],
          },
        },
      },
      {
        arn: `${ARN}:launch-template/lt-2`,
        id: 'lt-2',
        name: 'batch',
        defaultVersion: {
          ok: true,
          value: {
            versionNumber: 1,
            metadataHttpTokens: null,
            associatesPublicIp: false,
            unencryptedEbsDevices: [],
          },
        },
      },
    ]);
    const reads = ec2.commandCalls(DescribeLaunchTemplateVersionsCommand).map((call) => call.args[0].input);
    expect(reads).toEqual([
      { LaunchTemplateId: 'lt-1', Versions: ['$Default'] },
      { LaunchTemplateId: 'lt-2', Versions: ['$Default'] },
    ]);
    expect(ec2.commandCalls(DescribeLaunchTemplatesCommand)[0]?.args[0].input).toEqual({ MaxResults: 200 });
  });

  it('keeps an unreadable default version as that template error, with its code', async () => {
    ec2
      .on(DescribeLaunchTemplatesCommand)
      .resolves({ LaunchTemplates: [{ LaunchTemplateId: 'lt-1' }, { LaunchTemplateId: 'lt-2' }] })
      .on(DescribeLaunchTemplateVersionsCommand, { LaunchTemplateId: 'lt-1' })
      .rejects(awsError('UnauthorizedOperation', 403))
      .on(DescribeLaunchTemplateVersionsCommand, { LaunchTemplateId: 'lt-2' })
      .resolves({ LaunchTemplateVersions: [{ VersionNumber: 2, LaunchTemplateData: {} }] });
    const templates = await ec2LaunchTemplatesCollector.collect(context());
    expect(templates.map((template) => [template.name, template.defaultVersion.ok])).toEqual([
      ['lt-1', false],
      ['lt-2', true],
    ]);
    expect(templates[0]?.defaultVersion).toEqual({
      ok: false,
      code: 'UnauthorizedOperation',
      operation: 'ec2:DescribeLaunchTemplateVersions',
    });
  });

  it('fails the slice with the code of a denied listing', async () => {
    ec2.on(DescribeLaunchTemplatesCommand).rejects(awsError('AccessDenied', 403));
    await expect(ec2LaunchTemplatesCollector.collect(context())).rejects.toMatchObject({
      code: 'AccessDenied',
      operation: 'ec2:DescribeLaunchTemplates',
    });
  });
});
