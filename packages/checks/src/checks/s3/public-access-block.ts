import type { S3PublicAccessBlock } from '../../inventory/s3.js';

/** The four Block Public Access settings, in the order AWS lists them. */
export const PUBLIC_ACCESS_BLOCK_SETTINGS: ReadonlyArray<keyof S3PublicAccessBlock> = [
  'blockPublicAcls',
  'ignorePublicAcls',
  'blockPublicPolicy',
  'restrictPublicBuckets',
];

/** The settings that are off; all four when nothing is configured. */
export function settingsOff(block: S3PublicAccessBlock | null): string[] {
  return PUBLIC_ACCESS_BLOCK_SETTINGS.filter((setting) => !block?.[setting]);
}
