import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';

export const securityhubHubEnabled = defineCheck({
  id: 'securityhub-hub-enabled',
  title: 'AWS Security Hub is enabled in every region',
  service: 'securityhub',
  severity: 'medium',
  scope: 'regional',
  requires: ['securityhub.hub'],
  compliance: { 'cis-aws-7.0.0': ['5.16'], 'account-checklist': ['15'] },
  remediation: {
    text: 'Enable Security Hub in the region (for an organization, from the delegated administrator with central configuration, so new accounts are enrolled automatically).',
    cli: 'aws securityhub enable-security-hub --enable-default-standards --region <region>',
    url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-settingup.html',
  },
  evaluate(ctx) {
    const hub = ctx.slice('securityhub.hub');
    if (hub === null) {
      return [fail(ctx.scopeResource, `Security Hub is not enabled in ${ctx.region}.`)];
    }
    const since = hub.subscribedAt ? ` since ${hub.subscribedAt}` : '';
    return [
      pass(ctx.scopeResource, `Security Hub is enabled in ${ctx.region}${since}.`, {
        hubArn: hub.hubArn,
        subscribedAt: hub.subscribedAt,
      }),
    ];
  },
});
