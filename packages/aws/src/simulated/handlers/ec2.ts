import type { SimulatedHandler } from './handler.js';

export const ec2Handlers: Record<string, SimulatedHandler> = {
  'ec2:DescribeRegions': ({ org, caller }) => ({
    Regions: org.regions.map((region) => ({
      RegionName: region.name,
      Endpoint: `ec2.${region.name}.amazonaws.com`,
      OptInStatus: !region.optIn
        ? 'opt-in-not-required'
        : caller.optInRegionsEnabled.includes(region.name)
          ? 'opted-in'
          : 'not-opted-in',
    })),
  }),
};
