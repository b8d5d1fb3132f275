import { unreadableField } from '../../inventory/read-result.js';
import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';

/**
 * FSBP SSM.7: the region blocks public sharing of SSM documents (service setting
 * /ssm/documents/console/public-sharing-permission is Disable), so no document can be made public by
 * mistake.
 */
export const ssmDocumentPublicSharingBlocked = defineCheck({
  id: 'ssm-document-public-sharing-blocked',
  title: 'Public sharing of SSM documents is blocked in every region',
  service: 'ssm',
  severity: 'critical',
  scope: 'regional',
  requires: ['ssm.serviceSettings'],
  compliance: { 'aws-fsbp': ['SSM.7'] },
  remediation: {
    text: 'Turn on block public sharing for SSM documents in the region.',
    cli: 'aws ssm update-service-setting --setting-id /ssm/documents/console/public-sharing-permission --setting-value Disable',
    url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/documents-ssm-sharing.html#block-public-access',
  },
  evaluate(ctx) {
    const setting = ctx.slice('ssm.serviceSettings').documentPublicSharing;
    if (!setting.ok)
      return [unreadableField(ctx.scopeResource, setting, 'the public sharing setting of SSM documents')];
    const evidence = { publicSharingPermission: setting.value };
    return setting.value === 'Disable'
      ? [pass(ctx.scopeResource, `Public sharing of SSM documents is blocked in ${ctx.region}.`, evidence)]
      : [
          fail(
            ctx.scopeResource,
            `SSM documents can be shared publicly in ${ctx.region} (${setting.value}).`,
            evidence,
          ),
        ];
  },
});
