import type { AccountInventory, SliceError, SliceName } from '@orgscan/checks';
import type { AwsAccess } from './aws-access.js';
import { AwsCallError } from './aws-error.js';
import { CallStats } from './call-stats.js';
import { collectInventory } from './collect-inventory.js';
import { discoverRegions } from './regions.js';

export type ManagementContext = { readonly inventory: AccountInventory } | { readonly error: SliceError };

export interface ManagementContextParams {
  readonly managementAccountId: string;
  /** The scanning role in the management account (the same role members are scanned through). */
  readonly roleArn: string;
  readonly externalId: string | null;
  readonly scanId: string;
  readonly partition: string;
  /** The slices org-aware checks read (union of their `orgRequires`). */
  readonly slices: readonly SliceName[];
  readonly sleep: (ms: number) => Promise<void>;
}

/**
 * Collects, once per scan, what org-aware checks need from the management account (an organization
 * trail and its log group's filters and alarms, say). Every enabled region is read, whatever the scan's
 * region allow-list, because an organization trail may be homed anywhere. Failing to enter the account is
 * returned as an error, never thrown: members are then judged on their own configuration.
 */
export async function collectManagementContext(
  aws: AwsAccess,
  params: ManagementContextParams,
): Promise<ManagementContext> {
  const stats = new CallStats();
  try {
    const session = await aws.openMemberAccount(
      {
        accountId: params.managementAccountId,
        roleArn: params.roleArn,
        externalId: params.externalId,
        scanId: params.scanId,
      },
      stats,
    );
    try {
      const regions = await discoverRegions(session.api, aws.homeRegion);
      const inventory = await collectInventory({
        api: session.api,
        accountId: params.managementAccountId,
        partition: params.partition,
        homeRegion: aws.homeRegion,
        regions: regions.enabled,
        slices: params.slices,
        sleep: params.sleep,
      });
      return { inventory };
    } finally {
      session.close();
    }
  } catch (error) {
    if (error instanceof AwsCallError) {
      return { error: { code: error.code, message: error.message, operation: error.operation } };
    }
    throw error;
  }
}
