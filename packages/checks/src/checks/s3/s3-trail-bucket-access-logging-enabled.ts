import type { CloudTrailTrail } from '../../inventory/cloudtrail.js';
import { unreadableField } from '../../inventory/read-result.js';
import type { S3Bucket } from '../../inventory/s3.js';
import { defineCheck } from '../../model/check-definition.js';
import { type CheckResult, error, fail, manual, pass } from '../../model/check-result.js';
import { accountRegionResource } from '../../model/resource.js';
import { type PolicyStatement, statementCoversAction } from '../../policy/policy-document.js';
import { bucketResource } from './bucket-policy.js';

/** Trail names by the bucket they deliver to, in a stable order. */
function trailsByBucket(trails: readonly CloudTrailTrail[]): Map<string, string[]> {
  const byBucket = new Map<string, string[]>();
  for (const trail of trails) {
    if (!trail.s3BucketName) continue;
    const names = byBucket.get(trail.s3BucketName) ?? [];
    if (!names.includes(trail.name)) names.push(trail.name);
    byBucket.set(trail.s3BucketName, names);
  }
  return byBucket;
}

/** A bucket policy that lets CloudTrail write log files: trails of any account may deliver there. */
function admitsCloudTrail(statements: readonly PolicyStatement[] | null): boolean {
  return (statements ?? []).some(
    (statement) =>
      statement.effect === 'Allow' &&
      (statement.principals?.['Service'] ?? []).includes('cloudtrail.amazonaws.com') &&
      statementCoversAction(statement, 's3:PutObject'),
  );
}

/** "trail a" or "trails a, b". */
function describeTrails(names: readonly string[]): string {
  return `${names.length > 1 ? 'trails' : 'trail'} ${names.join(', ')}`;
}

function judgeLogging(bucket: S3Bucket, trailNames: readonly string[]): CheckResult {
  const resource = bucketResource(bucket);
  if (!bucket.logging.ok) {
    return unreadableField(resource, bucket.logging, `the server access logging of bucket ${bucket.name}`);
  }
  const what =
    trailNames.length > 0
      ? `Bucket ${bucket.name} (CloudTrail bucket of ${describeTrails(trailNames)})`
      : `Bucket ${bucket.name} (its policy lets CloudTrail deliver log files to it)`;
  const evidence = { trails: trailNames };
  if (!bucket.logging.value) return fail(resource, `${what} has server access logging disabled.`, evidence);
  const { targetBucket } = bucket.logging.value;
  return pass(resource, `${what} delivers server access logs to ${targetBucket}.`, {
    ...evidence,
    targetBucket,
  });
}

/**
 * CIS 4.4: server access logging on the S3 buckets CloudTrail delivers to, judged in the account that holds
 * them. A bucket of the account is a CloudTrail bucket when one of its own trails or one of the management
 * account's organization trails delivers to it, or when its policy lets cloudtrail.amazonaws.com write to
 * it (how a central log-archive bucket is recognised: the member trails delivering there are not visible
 * from its account). A bucket whose policy cannot be read may be one: ERROR. A bucket of the account's own
 * trail held by another account cannot be read here: MANUAL, naming it; it is judged in its owner account.
 */
export const s3TrailBucketAccessLoggingEnabled = defineCheck({
  id: 's3-trail-bucket-access-logging-enabled',
  title: 'The S3 buckets CloudTrail delivers to have server access logging enabled',
  service: 's3',
  severity: 'low',
  scope: 'global',
  requires: ['cloudtrail.trails', 's3.buckets'],
  orgRequires: ['cloudtrail.trails'],
  compliance: { 'cis-aws-7.0.0': ['4.4'], 'account-checklist': ['11'] },
  remediation: {
    text: 'Enable server access logging on the CloudTrail bucket, delivering to a separate logging bucket.',
    cli: `aws s3api put-bucket-logging --bucket <trail bucket> --bucket-logging-status '{"LoggingEnabled":{"TargetBucket":"<log bucket>","TargetPrefix":"<trail bucket>/"}}'`,
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html',
  },
  evaluate(ctx) {
    const buckets = ctx.slice('s3.buckets');
    const results: CheckResult[] = [];

    const ownTrails: CloudTrailTrail[] = [];
    for (const { region, result } of ctx.slicesByRegion('cloudtrail.trails')) {
      if (result.ok) ownTrails.push(...result.value);
      else if (!result.error.notApplicable) {
        // A trail homed there could deliver to a bucket of another account that this check never names.
        results.push(
          error(
            accountRegionResource(ctx.account.partition, ctx.account.id, region),
            result.error.code,
            `Could not read the trails homed in ${region}: ${result.error.operation} failed with ${result.error.code}.`,
          ),
        );
      }
    }
    const organization = ctx.orgSlicesByRegion('cloudtrail.trails');
    const organizationTrails = organization.ok
      ? organization.value.flatMap(({ result }) =>
          result.ok ? result.value.filter((trail) => trail.isOrganizationTrail) : [],
        )
      : [];
    const own = trailsByBucket(ownTrails);
    const viaOrganization = trailsByBucket(organizationTrails);

    const held = new Set(buckets.map((bucket) => bucket.name));
    for (const [bucketName, trailNames] of own) {
      if (held.has(bucketName)) continue;
      results.push(
        manual(
          bucketResource({ arn: `arn:${ctx.account.partition}:s3:::${bucketName}` }),
          `${trailNames.length > 1 ? 'Trails' : 'Trail'} ${trailNames.join(', ')} of this account ${trailNames.length > 1 ? 'deliver' : 'delivers'} to bucket ${bucketName}, which another account owns (it is not among this account's buckets). Check server access logging on ${bucketName} in the account that owns it; orgscan judges it there when that account is scanned.`,
          { bucket: bucketName, trails: trailNames },
        ),
      );
    }

    for (const bucket of buckets) {
      const trailNames = [
        ...new Set([...(own.get(bucket.name) ?? []), ...(viaOrganization.get(bucket.name) ?? [])]),
      ];
      if (trailNames.length === 0) {
        if (!bucket.policy.ok) {
          results.push(
            unreadableField(
              bucketResource(bucket),
              bucket.policy,
              `the policy of bucket ${bucket.name}, which tells whether CloudTrail delivers to it`,
            ),
          );
          continue;
        }
        if (!admitsCloudTrail(bucket.policy.value)) continue;
      }
      results.push(judgeLogging(bucket, trailNames));
    }

    if (results.length === 0) {
      return [
        pass(
          ctx.scopeResource,
          'No bucket of this account receives CloudTrail logs: no trail of the account or of the organization delivers to one, and no bucket policy lets CloudTrail write.',
        ),
      ];
    }
    return results;
  },
});
