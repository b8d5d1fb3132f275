import type { AwsApi } from './aws-api.js';
import { partitionOfRegion } from './partitions.js';

export interface RegionDiscovery {
  /** Regions the account can use: enabled by default or opted in. */
  readonly enabled: readonly string[];
  /** Opt-in regions the account has not enabled; nothing is scanned there. */
  readonly notEnabled: readonly string[];
  /**
   * Regions the answer listed that are not of the scan's partition (an AWS-compatible endpoint listing
   * GovCloud or China regions to an `aws` scan): ignored, nothing is scanned there.
   */
  readonly otherPartitions: readonly string[];
}

/**
 * Which regions the account has enabled (EC2 DescribeRegions with AllRegions), sorted. Only regions of the
 * home region's partition count: that is the partition the credentials and endpoints belong to (the
 * scanner's configured AWS_HOME_REGION/AWS_PARTITION pair: us-east-1 for aws, us-gov-west-1 for aws-us-gov).
 */
export async function discoverRegions(api: AwsApi, homeRegion: string): Promise<RegionDiscovery> {
  // Loaded on first use: importing @orgscan/aws does not load the SDK.
  const { DescribeRegionsCommand } = await import('@aws-sdk/client-ec2');
  const output = await api.call(homeRegion, 'ec2', new DescribeRegionsCommand({ AllRegions: true }));
  const partition = partitionOfRegion(homeRegion);
  const enabled: string[] = [];
  const notEnabled: string[] = [];
  const otherPartitions: string[] = [];
  for (const region of output.Regions ?? []) {
    if (!region.RegionName) continue;
    if (partitionOfRegion(region.RegionName) !== partition) {
      otherPartitions.push(region.RegionName);
      continue;
    }
    const optIn = region.OptInStatus ?? 'opt-in-not-required';
    (optIn === 'opt-in-not-required' || optIn === 'opted-in' ? enabled : notEnabled).push(region.RegionName);
  }
  return { enabled: enabled.sort(), notEnabled: notEnabled.sort(), otherPartitions: otherPartitions.sort() };
}
