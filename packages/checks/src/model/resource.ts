/** The thing a finding is about. `id` is an ARN where AWS has one, so it is unique across accounts. */
export interface ResourceRef {
  readonly id: string;
  readonly type: string;
}

/** The resource type of the account itself. */
export const ACCOUNT_RESOURCE_TYPE = 'AwsAccount';
/** The resource type of a regional setting of the account. */
export const ACCOUNT_REGION_RESOURCE_TYPE = 'AwsAccountRegion';

/**
 * The account itself, used for account-wide settings and for "nothing to evaluate" results. Its id is the
 * account's ARN in AWS Account Management (service `account`, resource type `account`), the one ARN AWS
 * gives an account without naming its organization: a member's id must not change when the organization
 * (or its management account) does, since the finding fingerprint includes it.
 */
export function accountResource(partition: string, accountId: string): ResourceRef {
  return { id: `arn:${partition}:account::${accountId}:account`, type: ACCOUNT_RESOURCE_TYPE };
}

/**
 * A regional setting of the account (EBS default encryption, a regional service switch). AWS has no ARN for
 * it; its id is the account's ARN with the region as a path below it, so it stays unique per region, parses
 * as an ARN of the account, and a glob written for the account (`…:account*`) covers its regions too.
 */
export function accountRegionResource(partition: string, accountId: string, region: string): ResourceRef {
  return {
    id: `${accountResource(partition, accountId).id}/${region}`,
    type: ACCOUNT_REGION_RESOURCE_TYPE,
  };
}
