/** The thing a finding is about. `id` is an ARN where AWS has one, so it is unique across accounts. */
export interface ResourceRef {
  readonly id: string;
  readonly type: string;
}

/** The account itself, used for account-wide settings and for "nothing to evaluate" results. */
export function accountResource(partition: string, accountId: string): ResourceRef {
  return { id: `arn:${partition}::${accountId}:account`, type: 'AwsAccount' };
}

/** A regional setting of the account (EBS default encryption, a regional service switch). */
export function accountRegionResource(partition: string, accountId: string, region: string): ResourceRef {
  return { id: `arn:${partition}::${accountId}:account/${region}`, type: 'AwsAccountRegion' };
}
