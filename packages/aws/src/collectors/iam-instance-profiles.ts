import { ListInstanceProfilesCommand } from '@aws-sdk/client-iam';
import type { IamInstanceProfile } from '@orgscan/checks';
import type { GlobalCollector } from './collector.js';
import { collectList } from './list-collector.js';

/**
 * The account's instance profiles with the roles they hold (ListInstanceProfiles, all pages: the roles come
 * in the listing, so no per-profile read). CIS 2.16 needs them to tell an instance with credentials from one
 * whose profile is empty.
 */
export const iamInstanceProfilesCollector: GlobalCollector<'iam.instanceProfiles'> = {
  slice: 'iam.instanceProfiles',
  collect: ({ api, region }) =>
    collectList({
      listPage: (marker) => api.call(region, 'iam', new ListInstanceProfilesCommand({ Marker: marker })),
      // IAM pages with Marker while IsTruncated.
      nextToken: (page) => (page.IsTruncated ? page.Marker : undefined),
      items: (page) => page.InstanceProfiles,
      entry: (profile): IamInstanceProfile | null =>
        profile.Arn
          ? {
              arn: profile.Arn,
              name: profile.InstanceProfileName ?? profile.Arn,
              roleArns: (profile.Roles ?? []).flatMap((role) => (role.Arn ? [role.Arn] : [])),
            }
          : null,
    }),
};
