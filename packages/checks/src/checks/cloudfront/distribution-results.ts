import type { CloudFrontDistribution, CloudFrontDistributionConfig } from '../../inventory/cloudfront.js';
import { unreadableField } from '../../inventory/read-result.js';
import type { EvaluationContext } from '../../model/check-definition.js';
import { type CheckResult, pass } from '../../model/check-result.js';
import type { ResourceRef } from '../../model/resource.js';

export function distributionResource(distribution: CloudFrontDistribution): ResourceRef {
  return { id: distribution.arn, type: 'AwsCloudFrontDistribution' };
}

/**
 * Judges each distribution by its configuration. `decide` returns null for a distribution the control
 * does not evaluate (an S3-origin rule on a distribution with custom origins only); an unreadable
 * configuration is that distribution's ERROR. With nothing judged, one PASS on the account says so.
 */
export function judgeDistributions(
  ctx: EvaluationContext,
  evaluated: string,
  decide: (
    config: CloudFrontDistributionConfig,
    resource: ResourceRef,
    distribution: CloudFrontDistribution,
  ) => CheckResult | null,
): CheckResult[] {
  const results: CheckResult[] = [];
  for (const distribution of ctx.slice('cloudfront.distributions')) {
    const resource = distributionResource(distribution);
    if (!distribution.config.ok) {
      results.push(
        unreadableField(
          resource,
          distribution.config,
          `the configuration of distribution ${distribution.id}`,
        ),
      );
      continue;
    }
    const result = decide(distribution.config.value, resource, distribution);
    if (result) results.push(result);
  }
  return results.length > 0 ? results : [pass(ctx.scopeResource, `No CloudFront distribution ${evaluated}.`)];
}
