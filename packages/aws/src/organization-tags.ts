import type { AwsApi } from './aws-api.js';
import { allPages } from './pagination.js';
import { mapWithConcurrency } from './semaphore.js';

export type AccountTags = Readonly<Record<string, string>>;

/** Tag lookups in flight: Organizations' own rate is low, the limiter guards the rest. */
const TAG_CONCURRENCY = 4;

/**
 * The tags of each account (organizations:ListTagsForResource, every page), for organizations whose scans
 * are scoped by account tags. Called from the management (or delegated-admin) account.
 */
export async function listAccountTags(
  api: AwsApi,
  region: string,
  accountIds: readonly string[],
): Promise<Map<string, AccountTags>> {
  // Loaded on first use: importing @orgscan/aws does not load the SDK.
  const { ListTagsForResourceCommand } = await import('@aws-sdk/client-organizations');
  const tags = await mapWithConcurrency(accountIds, TAG_CONCURRENCY, async (accountId) => {
    const pages = await allPages(
      (NextToken) =>
        api.call(
          region,
          'organizations',
          new ListTagsForResourceCommand({ ResourceId: accountId, NextToken }),
        ),
      (page) => page.NextToken,
    );
    const entries = pages
      .flatMap((page) => page.Tags ?? [])
      .flatMap((tag) => (tag.Key !== undefined ? [[tag.Key, tag.Value ?? ''] as const] : []));
    return [accountId, Object.fromEntries(entries)] as const;
  });
  return new Map(tags);
}
