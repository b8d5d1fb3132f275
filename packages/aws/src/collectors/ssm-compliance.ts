import { ListResourceComplianceSummariesCommand } from '@aws-sdk/client-ssm';
import type { SsmComplianceSummary } from '@orgscan/checks';
import { allPages } from '../pagination.js';
import type { RegionalCollector } from './collector.js';

/** The largest page ListResourceComplianceSummaries accepts. */
const MAX_RESULTS = 50;

/** The compliance types the FSBP checks judge: Patch Manager and State Manager associations. */
const JUDGED_TYPES = new Set(['Patch', 'Association']);

function isJudged(type: string | undefined): type is SsmComplianceSummary['complianceType'] {
  return type !== undefined && JUDGED_TYPES.has(type);
}

/**
 * The patch and association compliance of the region's managed nodes: one listing of every compliance
 * summary (a filter takes one type at a time, so one unfiltered listing reads both at once), keeping the
 * Patch and Association summaries of managed instances.
 */
export const ssmComplianceSummariesCollector: RegionalCollector<'ssm.complianceSummaries'> = {
  slice: 'ssm.complianceSummaries',
  async collect({ api, region }) {
    const pages = await allPages(
      (token) =>
        api.call(
          region,
          'ssm',
          new ListResourceComplianceSummariesCommand({ MaxResults: MAX_RESULTS, NextToken: token }),
        ),
      (page) => page.NextToken || undefined,
    );
    return pages
      .flatMap((page) => page.ResourceComplianceSummaryItems ?? [])
      .filter((item) => item.ResourceId && item.ResourceType === 'ManagedInstance')
      .flatMap((item) =>
        isJudged(item.ComplianceType)
          ? [
              {
                resourceId: item.ResourceId!,
                complianceType: item.ComplianceType,
                status: item.Status ?? 'unknown',
              },
            ]
          : [],
      );
  },
};
