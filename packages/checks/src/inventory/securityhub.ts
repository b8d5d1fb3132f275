/** The region's Security Hub subscription (DescribeHub); the slice is null when the account is not subscribed. */
export interface SecurityHubHub {
  readonly hubArn: string;
  /** ISO timestamp; null when AWS does not say. */
  readonly subscribedAt: string | null;
}
