import { unreadableField } from '../../inventory/read-result.js';
import { defineCheck } from '../../model/check-definition.js';
import { type CheckResult, fail, pass } from '../../model/check-result.js';
import { bucketResource } from './bucket-policy.js';
import { settingsOff } from './public-access-block.js';

/**
 * CIS 3.1.4: the account-level Block Public Access with all four settings on covers every bucket; otherwise
 * every bucket must have all four on itself. One result per bucket.
 */
export const s3BucketPublicAccessBlocked = defineCheck({
  id: 's3-bucket-public-access-blocked',
  title: 'S3 Block Public Access is fully on for the account or for every bucket',
  service: 's3',
  severity: 'high',
  scope: 'global',
  requires: ['s3.buckets', 's3control.publicAccessBlock'],
  compliance: { 'cis-aws-7.0.0': ['3.1.4'], 'account-checklist': ['18'], 'aws-fsbp': ['S3.8'] },
  remediation: {
    text: 'Turn on all four Block Public Access settings for the account (S3 console, Block Public Access settings for this account), or on each bucket.',
    cli: 'aws s3control put-public-access-block --account-id <account> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
  },
  evaluate(ctx) {
    const buckets = ctx.slice('s3.buckets');
    const account = ctx.sliceResult('s3control.publicAccessBlock');
    const accountOff = account.ok ? settingsOff(account.value) : null;
    if (buckets.length === 0) {
      return [
        pass(ctx.scopeResource, 'The account has no S3 buckets.', {
          accountLevelSettingsOff: accountOff ?? [],
        }),
      ];
    }
    return buckets.map((bucket): CheckResult => {
      const resource = bucketResource(bucket);
      if (accountOff?.length === 0) {
        return pass(
          resource,
          `Bucket ${bucket.name} is covered by the account-level Block Public Access (all four settings on).`,
          {
            accountLevel: true,
          },
        );
      }
      if (!bucket.publicAccessBlock.ok) {
        return unreadableField(
          resource,
          bucket.publicAccessBlock,
          `the Block Public Access of bucket ${bucket.name}`,
        );
      }
      const bucketOff = settingsOff(bucket.publicAccessBlock.value);
      if (bucketOff.length === 0) {
        return pass(resource, `Bucket ${bucket.name} has all four Block Public Access settings on.`, {
          accountLevel: false,
        });
      }
      // The bucket alone is not enough; the account-level setting decides, so it must be known.
      if (!account.ok) {
        return unreadableField(resource, account.error, 'the account-level Block Public Access');
      }
      return fail(
        resource,
        `Bucket ${bucket.name} has Block Public Access ${bucketOff.length === 4 ? 'off' : `without ${bucketOff.join(', ')}`}, and the account-level setting is not fully on.`,
        { bucketSettingsOff: bucketOff, accountLevelSettingsOff: accountOff ?? [] },
      );
    });
  },
});
