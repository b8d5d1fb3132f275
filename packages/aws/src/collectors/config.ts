import {
  DescribeConfigurationAggregatorsCommand,
  DescribeConfigurationRecorderStatusCommand,
  DescribeConfigurationRecordersCommand,
} from '@aws-sdk/client-config-service';
import type { ConfigRecorderLastStatus } from '@orgscan/checks';
import { allPages } from '../pagination.js';
import type { RegionalCollector } from './collector.js';

const LAST_STATUSES: readonly ConfigRecorderLastStatus[] = ['Success', 'Pending', 'Failure', 'NotApplicable'];

/** The API spells these Success/Failure/Pending; some documentation shows them upper-case: accept both. */
function lastStatus(value: string | undefined): ConfigRecorderLastStatus | null {
  const upper = value?.toUpperCase();
  return LAST_STATUSES.find((status) => status.toUpperCase() === upper) ?? null;
}

/**
 * Customer-managed recorders with their status. Service-linked recorders (servicePrincipal set) are left
 * out: they record only what their service needs. The status is read only when there is a recorder.
 */
export const configRecordersCollector: RegionalCollector<'config.recorders'> = {
  slice: 'config.recorders',
  async collect({ api, region }) {
    const { ConfigurationRecorders: all = [] } = await api.call(
      region,
      'config',
      new DescribeConfigurationRecordersCommand({}),
    );
    const recorders = all.filter((recorder) => !recorder.servicePrincipal);
    if (recorders.length === 0) return [];
    const { ConfigurationRecordersStatus: statuses = [] } = await api.call(
      region,
      'config',
      new DescribeConfigurationRecorderStatusCommand({}),
    );
    return recorders.map((recorder) => {
      const status = statuses.find((candidate) => candidate.name === recorder.name);
      return {
        name: recorder.name ?? 'default',
        allSupported: recorder.recordingGroup?.allSupported ?? false,
        includeGlobalResourceTypes: recorder.recordingGroup?.includeGlobalResourceTypes ?? false,
        recording: status?.recording ?? null,
        lastStatus: lastStatus(status?.lastStatus),
        lastErrorCode: status?.lastErrorCode ?? null,
      };
    });
  },
};

export const configAggregatorsCollector: RegionalCollector<'config.aggregators'> = {
  slice: 'config.aggregators',
  async collect({ api, region }) {
    const pages = await allPages(
      (token) =>
        api.call(region, 'config', new DescribeConfigurationAggregatorsCommand({ NextToken: token })),
      (page) => page.NextToken,
    );
    return pages
      .flatMap((page) => page.ConfigurationAggregators ?? [])
      .map((aggregator) => ({
        name: aggregator.ConfigurationAggregatorName ?? '',
        arn: aggregator.ConfigurationAggregatorArn ?? '',
        organizationWide: aggregator.OrganizationAggregationSource !== undefined,
        allRegions: aggregator.OrganizationAggregationSource?.AllAwsRegions ?? false,
      }));
  },
};
