import type { CloudTrailTrail } from '../../inventory/cloudtrail.js';
import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import {
  coveringTrails,
  exclusionGap,
  managementCoverageGap,
  shortfalls,
  trailLabel,
  unreadableError,
} from './trail-coverage.js';

/** CIS 4.1 asks for every management event: a trail leaving out KMS or RDS Data API events falls short. */
const gap = (trail: CloudTrailTrail) => managementCoverageGap(trail) ?? exclusionGap(trail, 'any');

export const cloudtrailMultiRegionTrailEnabled = defineCheck({
  id: 'cloudtrail-multi-region-trail-enabled',
  title: 'A multi-region trail is logging all management events',
  service: 'cloudtrail',
  severity: 'high',
  scope: 'global',
  requires: ['cloudtrail.trails'],
  orgRequires: ['cloudtrail.trails'],
  compliance: { 'cis-aws-7.0.0': ['4.1'], 'account-checklist': ['11'], 'aws-fsbp': ['CloudTrail.1'] },
  remediation: {
    text:
      'Create a multi-region trail (an organization trail in the management account covers every member) that ' +
      'records all read and write management events without excluded event sources, and keep it logging.',
    cli: 'aws cloudtrail create-trail --name <name> --s3-bucket-name <bucket> --is-multi-region-trail && aws cloudtrail start-logging --name <name>',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-create-and-update-a-trail.html',
  },
  evaluate(ctx) {
    const { items: trails, unreadable } = coveringTrails(ctx);
    const covering = trails.find((view) => gap(view.trail) === null);
    if (covering) {
      const message = covering.viaOrganization
        ? `Covered by organization trail ${covering.trail.arn}: multi-region, logging, all management events.`
        : `${trailLabel(covering, true)} is multi-region, logging and records all management events.`;
      return [
        pass(ctx.scopeResource, message, {
          trailArn: covering.trail.arn,
          organizationTrail: covering.viaOrganization || covering.trail.isOrganizationTrail,
        }),
      ];
    }
    const finding = 'No multi-region trail is logging all management events';
    if (unreadable.length > 0) return [unreadableError(ctx, unreadable, finding)];
    return [
      fail(ctx.scopeResource, `${finding}${shortfalls(trails, gap)}.`, {
        trailsExamined: trails.length,
      }),
    ];
  },
});
