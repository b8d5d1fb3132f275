import {
  DescribeDocumentPermissionCommand,
  DescribeInstanceInformationCommand,
  GetServiceSettingCommand,
  ListDocumentsCommand,
} from '@aws-sdk/client-ssm';
import type { SsmDocumentSharing } from '@orgscan/checks';
import { allPages } from '../pagination.js';
import type { CollectorContext, RegionalCollector } from './collector.js';
import { collectList } from './list-collector.js';
import { readField } from './read-field.js';

/** The largest pages ListDocuments, DescribeDocumentPermission and DescribeInstanceInformation accept. */
const MAX_DOCUMENTS = 50;
const MAX_PERMISSIONS = 200;
const MAX_INSTANCES = 50;

/** The service settings the FSBP SSM checks judge. */
export const AUTOMATION_LOG_DESTINATION = '/ssm/automation/customer-script-log-destination';
export const DOCUMENT_PUBLIC_SHARING = '/ssm/documents/console/public-sharing-permission';

/** Who a document is shared with, every page of DescribeDocumentPermission. */
async function documentSharing({ api, region }: CollectorContext, name: string): Promise<SsmDocumentSharing> {
  const pages = await allPages(
    (token) =>
      api.call(
        region,
        'ssm',
        new DescribeDocumentPermissionCommand({
          Name: name,
          PermissionType: 'Share',
          MaxResults: MAX_PERMISSIONS,
          NextToken: token,
        }),
      ),
    (page) => page.NextToken || undefined,
  );
  const accounts = pages.flatMap((page) => page.AccountIds ?? []);
  return { public: accounts.includes('all'), accountIds: accounts.filter((account) => account !== 'all') };
}

/** The documents the account owns (Owner Self: never AWS's or shared ones), each with its sharing. */
export const ssmDocumentsCollector: RegionalCollector<'ssm.documents'> = {
  slice: 'ssm.documents',
  collect: (ctx) =>
    collectList({
      listPage: (token) =>
        ctx.api.call(
          ctx.region,
          'ssm',
          new ListDocumentsCommand({
            Filters: [{ Key: 'Owner', Values: ['Self'] }],
            MaxResults: MAX_DOCUMENTS,
            NextToken: token,
          }),
        ),
      nextToken: (page) => page.NextToken || undefined,
      items: (page) => page.DocumentIdentifiers,
      entry: async (document) => {
        if (!document.Name) return null;
        const name = document.Name;
        return {
          arn: `arn:${ctx.partition}:ssm:${ctx.region}:${ctx.accountId}:document/${name}`,
          name,
          sharing: await readField('ssm:DescribeDocumentPermission', () => documentSharing(ctx, name)),
        };
      },
    }),
};

/** Two settings of the region, each read on its own so one refusal does not hide the other. */
export const ssmServiceSettingsCollector: RegionalCollector<'ssm.serviceSettings'> = {
  slice: 'ssm.serviceSettings',
  async collect({ api, region }) {
    const setting = (id: string) =>
      readField('ssm:GetServiceSetting', async () => {
        const answer = await api.call(region, 'ssm', new GetServiceSettingCommand({ SettingId: id }));
        return answer.ServiceSetting?.SettingValue ?? '';
      });
    const [automationLogDestination, documentPublicSharing] = await Promise.all([
      setting(AUTOMATION_LOG_DESTINATION),
      setting(DOCUMENT_PUBLIC_SHARING),
    ]);
    return { automationLogDestination, documentPublicSharing };
  },
};

/** The nodes Systems Manager manages in the region, every page. */
export const ssmManagedInstancesCollector: RegionalCollector<'ssm.managedInstances'> = {
  slice: 'ssm.managedInstances',
  async collect({ api, region }) {
    const pages = await allPages(
      (token) =>
        api.call(
          region,
          'ssm',
          new DescribeInstanceInformationCommand({ MaxResults: MAX_INSTANCES, NextToken: token }),
        ),
      (page) => page.NextToken || undefined,
    );
    return pages
      .flatMap((page) => page.InstanceInformationList ?? [])
      .filter((node) => node.InstanceId)
      .map((node) => ({ instanceId: node.InstanceId!, pingStatus: node.PingStatus ?? 'unknown' }));
  },
};
