/**
 * The AWS partitions and the shape of their region names, as the SDK's endpoint rules know them
 * (partitions.json `regionRegex`). A partition is a separate AWS: its own accounts, credentials and
 * endpoints, so a scan of one never reaches regions of another.
 */
const PARTITION_REGIONS = [
  { partition: 'aws', regionPattern: /^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$/ },
  { partition: 'aws-us-gov', regionPattern: /^us-gov-\w+-\d+$/ },
  { partition: 'aws-cn', regionPattern: /^cn-\w+-\d+$/ },
  { partition: 'aws-iso', regionPattern: /^us-iso-\w+-\d+$/ },
  { partition: 'aws-iso-b', regionPattern: /^us-isob-\w+-\d+$/ },
  { partition: 'aws-iso-e', regionPattern: /^eu-isoe-\w+-\d+$/ },
  { partition: 'aws-iso-f', regionPattern: /^us-isof-\w+-\d+$/ },
  { partition: 'aws-eusc', regionPattern: /^eusc-(de)-\w+-\d+$/ },
] as const;

export type AwsPartition = (typeof PARTITION_REGIONS)[number]['partition'];

/** The partition a region name belongs to; null for a name no partition has (not an AWS region). */
export function partitionOfRegion(region: string): AwsPartition | null {
  return PARTITION_REGIONS.find(({ regionPattern }) => regionPattern.test(region))?.partition ?? null;
}
