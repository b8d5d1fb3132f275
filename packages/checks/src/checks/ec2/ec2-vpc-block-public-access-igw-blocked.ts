import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';

/** The modes that stop traffic from the internet through internet gateways (AWS's default for EC2.172). */
const BLOCKING_MODES = new Set(['block-bidirectional', 'block-ingress']);

/**
 * FSBP EC2.172: VPC Block Public Access blocks internet gateway traffic in the region, in both directions or
 * inbound (block-bidirectional or block-ingress), so no VPC can be opened to the internet by mistake.
 */
export const ec2VpcBlockPublicAccessIgwBlocked = defineCheck({
  id: 'ec2-vpc-block-public-access-igw-blocked',
  title: 'VPC Block Public Access blocks internet gateway traffic in every region',
  service: 'ec2',
  severity: 'medium',
  scope: 'regional',
  requires: ['ec2.vpcBlockPublicAccess'],
  compliance: { 'aws-fsbp': ['EC2.172'] },
  remediation: {
    text: 'Turn on VPC Block Public Access in the region (block-bidirectional, or block-ingress to keep egress-only access) and exclude the VPCs or subnets that must stay reachable.',
    cli: 'aws ec2 modify-vpc-block-public-access-options --internet-gateway-block-mode block-bidirectional',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-vpc-bpa.html',
  },
  evaluate(ctx) {
    const { internetGatewayBlockMode: mode } = ctx.slice('ec2.vpcBlockPublicAccess');
    const evidence = { internetGatewayBlockMode: mode };
    return BLOCKING_MODES.has(mode)
      ? [pass(ctx.scopeResource, `VPC Block Public Access is ${mode} in ${ctx.region}.`, evidence)]
      : [
          fail(
            ctx.scopeResource,
            `VPC Block Public Access does not block internet gateway traffic in ${ctx.region} (mode ${mode}).`,
            evidence,
          ),
        ];
  },
});
