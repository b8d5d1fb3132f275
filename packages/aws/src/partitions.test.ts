import { describe, expect, it } from 'vitest';
import { partitionOfRegion } from './partitions.js';

describe('partitionOfRegion', () => {
  it.each([
    ['us-east-1', 'aws'],
    ['eu-central-2', 'aws'],
    ['il-central-1', 'aws'],
    ['mx-central-1', 'aws'],
    ['us-gov-west-1', 'aws-us-gov'],
    ['us-gov-east-1', 'aws-us-gov'],
    ['cn-north-1', 'aws-cn'],
    ['cn-northwest-1', 'aws-cn'],
    ['us-iso-east-1', 'aws-iso'],
    ['us-isob-east-1', 'aws-iso-b'],
    ['eu-isoe-west-1', 'aws-iso-e'],
    ['us-isof-south-1', 'aws-iso-f'],
    ['eusc-de-east-1', 'aws-eusc'],
  ])('puts %s in %s', (region, partition) => {
    expect(partitionOfRegion(region)).toBe(partition);
  });

  it.each(['local', 'us-east', 'xx-east-1', 'US-EAST-1', ''])('knows no partition of "%s"', (region) => {
    expect(partitionOfRegion(region)).toBeNull();
  });
});
