import type { AwsApi } from './aws-api.js';

export interface RegionDiscovery {
  /** Regions the account can use: enabled by default or opted in. */
  readonly enabled: readonly string[];
  /** Opt-in regions the account has not enabled; nothing is scanned there. */
  readonly notEnabled: readonly string[];
}

/** Which regions the account has enabled (EC2 DescribeRegions with AllRegions), sorted. */
export async function discoverRegions(api: AwsApi, homeRegion: string): Promise<RegionDiscovery> {
  // Loaded on first use: importing @orgscan/aws does not load the SDK.
  const { DescribeRegionsCommand } = await import('@aws-sdk/client-ec2');
  const output = await api.call(homeRegion, 'ec2', new DescribeRegionsCommand({ AllRegions: true }));
  const enabled: string[] = [];
  const notEnabled: string[] = [];
  for (const region of output.Regions ?? []) {
    if (!region.RegionName) continue;
    const optIn = region.OptInStatus ?? 'opt-in-not-required';
    (optIn === 'opt-in-not-required' || optIn === 'opted-in' ? enabled : notEnabled).push(region.RegionName);
  }
  return { enabled: enabled.sort(), notEnabled: notEnabled.sort() };
}
