import type { AwsCallError } from './aws-error.js';

interface RegionTally {
  /** Calls that ended in anything but a denial by an organization policy (an answer, another error). */
  notDeniedByPolicy: number;
  /** The first call denied by an organization policy, kept for its code and message. */
  firstPolicyDenial: AwsCallError | null;
}

/**
 * How the calls made in each region ended, to tell a region an organization policy denies (a service
 * control policy denying the regions the organization does not use) from one that answers: the region is
 * denied when every call made there was denied by such a policy. It is learnt from the calls the scan makes
 * anyway, so it costs no call of its own.
 */
export class RegionCallOutcomes {
  private readonly byRegion = new Map<string, RegionTally>();

  record(region: string, error: AwsCallError | null): void {
    const tally = this.byRegion.get(region) ?? { notDeniedByPolicy: 0, firstPolicyDenial: null };
    if (error?.deniedByScp) tally.firstPolicyDenial ??= error;
    else tally.notDeniedByPolicy += 1;
    this.byRegion.set(region, tally);
  }

  /** The first denial when every call made in the region was denied by an organization policy; else null. */
  deniedByPolicy(region: string): AwsCallError | null {
    const tally = this.byRegion.get(region);
    return tally && tally.notDeniedByPolicy === 0 ? tally.firstPolicyDenial : null;
  }
}
