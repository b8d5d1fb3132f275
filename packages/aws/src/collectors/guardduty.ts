import { GetDetectorCommand, ListDetectorsCommand } from '@aws-sdk/client-guardduty';
import type { GuardDutyDetector, GuardDutyFeature } from '@orgscan/checks';
import type { CollectorContext, RegionalCollector } from './collector.js';
import { collectList } from './list-collector.js';
import { readField } from './read-field.js';

async function collectDetector(
  { api, region, accountId, partition }: CollectorContext,
  id: string,
): Promise<GuardDutyDetector> {
  const details = await readField('guardduty:GetDetector', async () => {
    const output = await api.call(region, 'guardduty', new GetDetectorCommand({ DetectorId: id }));
    const features: Record<string, GuardDutyFeature> = {};
    for (const feature of output.Features ?? []) {
      if (!feature.Name) continue;
      features[feature.Name] = {
        enabled: feature.Status === 'ENABLED',
        additional: Object.fromEntries(
          (feature.AdditionalConfiguration ?? []).flatMap((configuration) =>
            configuration.Name ? [[configuration.Name, configuration.Status === 'ENABLED']] : [],
          ),
        ),
      };
    }
    return { status: output.Status ?? 'UNKNOWN', features };
  });
  return { id, arn: `arn:${partition}:guardduty:${region}:${accountId}:detector/${id}`, details };
}

/** The region's GuardDuty detector (ListDetectors, all pages; at most one) with its status and features. */
export const guardDutyDetectorsCollector: RegionalCollector<'guardduty.detectors'> = {
  slice: 'guardduty.detectors',
  collect: (ctx) =>
    collectList({
      listPage: (token) =>
        ctx.api.call(ctx.region, 'guardduty', new ListDetectorsCommand({ NextToken: token })),
      nextToken: (page) => page.NextToken || undefined,
      items: (page) => page.DetectorIds,
      entry: (id) => collectDetector(ctx, id),
    }),
};
