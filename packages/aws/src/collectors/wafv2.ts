import { GetWebACLCommand, ListWebACLsCommand } from '@aws-sdk/client-wafv2';
import type { Wafv2WebAcl } from '@orgscan/checks';
import type { RegionalCollector } from './collector.js';
import { collectList } from './list-collector.js';
import { readField } from './read-field.js';

/** CloudFront's web ACLs (scope CLOUDFRONT) are managed through us-east-1 only. */
const CLOUDFRONT_SCOPE_REGION = 'us-east-1';

/**
 * The region's WAFv2 web ACLs (ListWebACLs, all pages, per scope), each with its rule count (GetWebACL):
 * scope REGIONAL in every region, and scope CLOUDFRONT too in us-east-1.
 */
export const wafv2WebAclsCollector: RegionalCollector<'wafv2.webAcls'> = {
  slice: 'wafv2.webAcls',
  collect: async ({ api, region }) => {
    const scopes: Wafv2WebAcl['scope'][] =
      region === CLOUDFRONT_SCOPE_REGION ? ['REGIONAL', 'CLOUDFRONT'] : ['REGIONAL'];
    const perScope = await Promise.all(
      scopes.map((scope) =>
        collectList({
          // 100 is the largest page ListWebACLs accepts.
          listPage: (marker) =>
            api.call(
              region,
              'wafv2',
              new ListWebACLsCommand({ Scope: scope, Limit: 100, NextMarker: marker }),
            ),
          nextToken: (page) => page.NextMarker,
          items: (page) => page.WebACLs,
          entry: async (summary): Promise<Wafv2WebAcl | null> => {
            const { ARN: arn, Name: name, Id: id } = summary;
            if (!arn || !name || !id) return null;
            const ruleCount = await readField('wafv2:GetWebACL', async () => {
              const answer = await api.call(
                region,
                'wafv2',
                new GetWebACLCommand({ Name: name, Id: id, Scope: scope }),
              );
              return answer.WebACL?.Rules?.length ?? 0;
            });
            if (!ruleCount.ok && ruleCount.code === 'WAFNonexistentItemException') return null; // deleted since the listing
            return { arn, name, scope, ruleCount };
          },
        }),
      ),
    );
    return perScope.flat();
  },
};
