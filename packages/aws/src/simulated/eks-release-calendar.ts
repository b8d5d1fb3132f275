import type { ClusterVersionInformation } from '@aws-sdk/client-eks';

/**
 * The day the simulated EKS release calendar describes. A snapshot, not the clock: a demo cluster keeps its
 * verdict whatever day the tests run, where a calendar aged by the clock would turn a PASS into a FAIL the
 * day a version leaves standard support.
 */
export const CALENDAR_AS_OF = '2026-12-07';

/**
 * Kubernetes minor versions with the end of their standard (14 months) and extended (12 more) support,
 * shaped like the EKS release calendar around the snapshot day; dates are approximate. Newest last.
 */
const VERSIONS: readonly { version: string; endOfStandard: string; endOfExtended: string }[] = [
  { version: '1.23', endOfStandard: '2023-10-11', endOfExtended: '2024-10-11' },
  { version: '1.24', endOfStandard: '2024-01-31', endOfExtended: '2025-01-31' },
  { version: '1.25', endOfStandard: '2024-05-01', endOfExtended: '2025-05-01' },
  { version: '1.26', endOfStandard: '2024-06-11', endOfExtended: '2025-06-11' },
  { version: '1.27', endOfStandard: '2024-07-24', endOfExtended: '2025-07-24' },
  { version: '1.28', endOfStandard: '2024-11-26', endOfExtended: '2025-11-26' },
  { version: '1.29', endOfStandard: '2025-03-23', endOfExtended: '2026-03-23' },
  { version: '1.30', endOfStandard: '2025-07-23', endOfExtended: '2026-07-23' },
  { version: '1.31', endOfStandard: '2025-11-26', endOfExtended: '2026-11-26' },
  { version: '1.32', endOfStandard: '2026-03-23', endOfExtended: '2027-03-23' },
  { version: '1.33', endOfStandard: '2026-07-29', endOfExtended: '2027-07-29' },
  { version: '1.34', endOfStandard: '2026-12-02', endOfExtended: '2027-12-02' },
  { version: '1.35', endOfStandard: '2027-03-26', endOfExtended: '2028-03-26' },
  { version: '1.36', endOfStandard: '2027-07-28', endOfExtended: '2028-07-28' },
];

/** The version CreateCluster gives a cluster created without one: the newest but one, as EKS does. */
export const DEFAULT_EKS_VERSION = '1.35';

/** Each calendar version as DescribeClusterVersions describes it on CALENDAR_AS_OF. */
export function calendarVersions(): ClusterVersionInformation[] {
  return VERSIONS.map(({ version, endOfStandard, endOfExtended }) => {
    const versionStatus =
      CALENDAR_AS_OF < endOfStandard
        ? 'STANDARD_SUPPORT'
        : CALENDAR_AS_OF < endOfExtended
          ? 'EXTENDED_SUPPORT'
          : 'UNSUPPORTED';
    return {
      clusterVersion: version,
      clusterType: 'eks',
      defaultVersion: version === DEFAULT_EKS_VERSION,
      endOfStandardSupportDate: new Date(`${endOfStandard}T00:00:00Z`),
      endOfExtendedSupportDate: new Date(`${endOfExtended}T00:00:00Z`),
      versionStatus,
    };
  });
}
