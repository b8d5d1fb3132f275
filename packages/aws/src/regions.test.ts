import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { discoverRegions } from './regions.js';
import { awsError, mockedApi } from './test-support/mock-api.js';

const ec2 = mockClient(EC2Client);

beforeEach(() => {
  ec2.reset();
});

afterAll(() => {
  ec2.restore();
});

describe('discoverRegions', () => {
  it('splits regions by opt-in status, sorted', async () => {
    ec2.on(DescribeRegionsCommand).resolves({
      Regions: [
        { RegionName: 'us-east-1', OptInStatus: 'opt-in-not-required' },
        { RegionName: 'me-south-1', OptInStatus: 'not-opted-in' },
        { RegionName: 'eu-west-1', OptInStatus: 'opt-in-not-required' },
        { RegionName: 'af-south-1', OptInStatus: 'opted-in' },
        { RegionName: 'ap-east-1', OptInStatus: 'not-opted-in' },
      ],
    });

    await expect(discoverRegions(mockedApi().api, 'us-east-1')).resolves.toEqual({
      enabled: ['af-south-1', 'eu-west-1', 'us-east-1'],
      notEnabled: ['ap-east-1', 'me-south-1'],
      otherPartitions: [],
    });
  });

  it('asks for all regions, in the home region', async () => {
    ec2.on(DescribeRegionsCommand).resolves({ Regions: [] });
    const { api, stats } = mockedApi();

    await discoverRegions(api, 'eu-central-1');

    expect(ec2.commandCalls(DescribeRegionsCommand)[0]?.args[0].input).toEqual({ AllRegions: true });
    expect([...stats.byRequest.keys()]).toEqual(['eu-central-1|ec2:DescribeRegions|{"AllRegions":true}']);
  });

  it('treats a region without an opt-in status as enabled and skips unnamed entries', async () => {
    ec2.on(DescribeRegionsCommand).resolves({
      Regions: [{ RegionName: 'us-west-2' }, { OptInStatus: 'opted-in' }],
    });

    await expect(discoverRegions(mockedApi().api, 'us-east-1')).resolves.toEqual({
      enabled: ['us-west-2'],
      notEnabled: [],
      otherPartitions: [],
    });
  });

  it('ignores the regions of other partitions an endpoint lists to an aws scan', async () => {
    ec2.on(DescribeRegionsCommand).resolves({
      Regions: [
        { RegionName: 'us-east-1', OptInStatus: 'opt-in-not-required' },
        { RegionName: 'us-gov-west-1', OptInStatus: 'opt-in-not-required' },
        { RegionName: 'cn-north-1', OptInStatus: 'opt-in-not-required' },
        { RegionName: 'us-iso-east-1', OptInStatus: 'opt-in-not-required' },
        { RegionName: 'eu-west-1', OptInStatus: 'opt-in-not-required' },
        { RegionName: 'not-a-region', OptInStatus: 'opt-in-not-required' },
      ],
    });

    await expect(discoverRegions(mockedApi().api, 'us-east-1')).resolves.toEqual({
      enabled: ['eu-west-1', 'us-east-1'],
      notEnabled: [],
      otherPartitions: ['cn-north-1', 'not-a-region', 'us-gov-west-1', 'us-iso-east-1'],
    });
  });

  it('scans only GovCloud regions when the home region is in GovCloud', async () => {
    ec2.on(DescribeRegionsCommand).resolves({
      Regions: [
        { RegionName: 'us-gov-west-1', OptInStatus: 'opt-in-not-required' },
        { RegionName: 'us-gov-east-1', OptInStatus: 'opt-in-not-required' },
        { RegionName: 'us-east-1', OptInStatus: 'opt-in-not-required' },
      ],
    });

    await expect(discoverRegions(mockedApi().api, 'us-gov-west-1')).resolves.toEqual({
      enabled: ['us-gov-east-1', 'us-gov-west-1'],
      notEnabled: [],
      otherPartitions: ['us-east-1'],
    });
  });

  it('propagates UnauthorizedOperation', async () => {
    ec2.on(DescribeRegionsCommand).rejects(awsError('UnauthorizedOperation', 403));

    await expect(discoverRegions(mockedApi().api, 'us-east-1')).rejects.toMatchObject({
      code: 'UnauthorizedOperation',
      kind: 'access-denied',
      operation: 'ec2:DescribeRegions',
    });
  });
});
