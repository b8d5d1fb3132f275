import { DEFAULT_REGIONS as AWS_DEFAULT_REGIONS, DEMO_ACCOUNTS } from '@orgscan/aws';

/** [account, check, resource id, status]: one expected finding of the demo organization scan. */
export type ExpectedFinding = [accountId: string, checkId: string, resourceId: string, status: string];

export const acct = (id: string) => `arn:aws:account::${id}:account`;
export const acctRegion = (id: string, region: string) => `arn:aws:account::${id}:account/${region}`;
export const user = (id: string, name: string) => `arn:aws:iam::${id}:user/${name}`;
export const key = (id: string, name: string, slot: number) => `${user(id, name)}/access-key-${slot}`;

/** The accounts a scan enters (not the denied-role or suspended ones). */
export const SCANNED_ACCOUNTS = Object.values(DEMO_ACCOUNTS).filter(
  (id) => id !== DEMO_ACCOUNTS.devExperiments && id !== DEMO_ACCOUNTS.retiredApp,
);

/**
 * dev-sandbox's region an SCP denies (every call there answers AccessDenied "…in a service control
 * policy"): denied by policy, so not evaluated — no finding there but its one `region-denied-by-policy`.
 */
export const SCP_DENIED_REGION = 'sa-east-1';

/** The 17 regions every demo account has enabled (dev-sandbox also opted in to eu-south-1). */
export const DEFAULT_REGIONS: readonly string[] = AWS_DEFAULT_REGIONS;
