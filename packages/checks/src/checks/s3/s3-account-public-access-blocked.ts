import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { settingsOff } from './public-access-block.js';

/**
 * CIS 3.1.4 (Security Hub S3.1): the account-level S3 Block Public Access, with all four settings on,
 * keeps every bucket of the account, present and future, from being made public. Judged on its own, so an
 * account with no buckets, or whose buckets each block public access, is still told when the account-level
 * setting is off (s3-bucket-public-access-blocked judges the buckets).
 */
export const s3AccountPublicAccessBlocked = defineCheck({
  id: 's3-account-public-access-blocked',
  title: 'S3 Block Public Access is fully on at the account level',
  service: 's3',
  severity: 'high',
  scope: 'global',
  requires: ['s3control.publicAccessBlock'],
  compliance: { 'cis-aws-7.0.0': ['3.1.4'], 'account-checklist': ['11', '18'], 'aws-fsbp': ['S3.1'] },
  remediation: {
    text: 'Turn on all four Block Public Access settings for the account (S3 console, Block Public Access settings for this account); buckets that must be public belong in an account of their own.',
    cli: 'aws s3control put-public-access-block --account-id <account> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html',
  },
  evaluate(ctx) {
    // Unreadable (AccessDenied, ...): ctx.slice ends the evaluation as ERROR with the AWS code.
    const block = ctx.slice('s3control.publicAccessBlock');
    const off = settingsOff(block);
    if (block === null) {
      return [
        fail(
          ctx.scopeResource,
          'The account has never configured S3 Block Public Access: all four settings are off.',
          {
            configured: false,
            settingsOff: off,
          },
        ),
      ];
    }
    if (off.length > 0) {
      return [
        fail(ctx.scopeResource, `The account-level S3 Block Public Access has ${off.join(', ')} off.`, {
          configured: true,
          settingsOff: off,
        }),
      ];
    }
    return [
      pass(ctx.scopeResource, 'The account-level S3 Block Public Access has all four settings on.', {
        configured: true,
        settingsOff: [],
      }),
    ];
  },
});
