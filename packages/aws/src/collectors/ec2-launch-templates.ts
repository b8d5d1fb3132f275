import {
  DescribeLaunchTemplatesCommand,
  DescribeLaunchTemplateVersionsCommand,
  type ResponseLaunchTemplateData,
} from '@aws-sdk/client-ec2';
import type { Ec2LaunchTemplateVersion } from '@orgscan/checks';
import type { RegionalCollector } from './collector.js';
import { ec2Arn } from './ec2.js';
import { collectList } from './list-collector.js';
import { readField } from './read-field.js';

/** The largest page DescribeLaunchTemplates accepts. */
const MAX_RESULTS = 200;

/** The launch settings the checks judge, from one version's data. */
export function launchTemplateVersion(
  versionNumber: number,
  data: ResponseLaunchTemplateData | undefined,
): Ec2LaunchTemplateVersion {
  const tokens = data?.MetadataOptions?.HttpTokens;
  return {
    versionNumber,
    metadataHttpTokens: tokens === 'required' || tokens === 'optional' ? tokens : null,
    associatesPublicIp: (data?.NetworkInterfaces ?? []).some((eni) => eni.AssociatePublicIpAddress === true),
    unencryptedEbsDevices: (data?.BlockDeviceMappings ?? [])
      .filter((mapping) => mapping.Ebs?.Encrypted === false)
      .map((mapping) => mapping.DeviceName ?? '(unnamed device)'),
  };
}

/** The region's launch templates (all pages), then the default version of each, read on its own. */
export const ec2LaunchTemplatesCollector: RegionalCollector<'ec2.launchTemplates'> = {
  slice: 'ec2.launchTemplates',
  collect: (ctx) =>
    collectList({
      listPage: (token) =>
        ctx.api.call(
          ctx.region,
          'ec2',
          new DescribeLaunchTemplatesCommand({ MaxResults: MAX_RESULTS, NextToken: token }),
        ),
      nextToken: (page) => page.NextToken || undefined,
      items: (page) => page.LaunchTemplates,
      entry: async (template) => {
        if (!template.LaunchTemplateId) return null;
        const id = template.LaunchTemplateId;
        const defaultVersion = await readField('ec2:DescribeLaunchTemplateVersions', async () => {
          const answer = await ctx.api.call(
            ctx.region,
            'ec2',
            new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: id, Versions: ['$Default'] }),
          );
          const version = answer.LaunchTemplateVersions?.[0];
          return launchTemplateVersion(
            version?.VersionNumber ?? template.DefaultVersionNumber ?? 1,
            version?.LaunchTemplateData,
          );
        });
        return {
          arn: ec2Arn(ctx, `launch-template/${id}`),
          id,
          name: template.LaunchTemplateName ?? id,
          defaultVersion,
        };
      },
    }),
};
