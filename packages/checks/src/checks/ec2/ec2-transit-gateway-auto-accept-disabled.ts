import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';

/**
 * FSBP EC2.23: no transit gateway accepts attachment requests from other accounts automatically; each
 * attachment joins a network to the gateway's routing and deserves a review.
 */
export const ec2TransitGatewayAutoAcceptDisabled = defineCheck({
  id: 'ec2-transit-gateway-auto-accept-disabled',
  title: 'Transit gateways do not accept shared attachment requests automatically',
  service: 'ec2',
  severity: 'high',
  scope: 'regional',
  requires: ['ec2.transitGateways'],
  compliance: { 'aws-fsbp': ['EC2.23'] },
  remediation: {
    text: 'Turn off auto accept shared attachments on the transit gateway and accept attachment requests one by one.',
    cli: 'aws ec2 modify-transit-gateway --transit-gateway-id <tgw-id> --options AutoAcceptSharedAttachments=disable',
    url: 'https://docs.aws.amazon.com/vpc/latest/tgw/tgw-transit-gateways.html',
  },
  evaluate(ctx) {
    const gateways = ctx.slice('ec2.transitGateways');
    if (gateways.length === 0) return [pass(ctx.scopeResource, `No transit gateways in ${ctx.region}.`)];
    return gateways.map((gateway) => {
      const resource = { id: gateway.arn, type: 'AwsEc2TransitGateway' };
      const evidence = { autoAcceptSharedAttachments: gateway.autoAcceptSharedAttachments };
      return gateway.autoAcceptSharedAttachments
        ? fail(
            resource,
            `Transit gateway ${gateway.id} accepts shared attachment requests automatically.`,
            evidence,
          )
        : pass(
            resource,
            `Transit gateway ${gateway.id} requires shared attachments to be accepted.`,
            evidence,
          );
    });
  },
});
