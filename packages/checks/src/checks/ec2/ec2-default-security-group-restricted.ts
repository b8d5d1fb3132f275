import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { securityGroupResource } from './ec2-resources.js';

export const ec2DefaultSecurityGroupRestricted = defineCheck({
  id: 'ec2-default-security-group-restricted',
  title: 'The default security group of every VPC has no inbound and no outbound rules',
  service: 'ec2',
  severity: 'medium',
  scope: 'regional',
  requires: ['ec2.securityGroups'],
  compliance: { 'cis-aws-7.0.0': ['6.5'], 'aws-fsbp': ['EC2.2'] },
  remediation: {
    text: "Move resources to purpose-made security groups, then delete every inbound and outbound rule of each VPC's default security group, so anything launched without a group choice gets no traffic.",
    cli: 'aws ec2 revoke-security-group-ingress --group-id <default-sg-id> --ip-permissions \'[{"IpProtocol":"-1","UserIdGroupPairs":[{"GroupId":"<default-sg-id>"}]}]\' && aws ec2 revoke-security-group-egress --group-id <default-sg-id> --ip-permissions \'[{"IpProtocol":"-1","IpRanges":[{"CidrIp":"0.0.0.0/0"}]}]\'',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html',
  },
  evaluate(ctx) {
    const defaults = ctx.slice('ec2.securityGroups').filter((group) => group.isDefault);
    if (defaults.length === 0)
      return [pass(ctx.scopeResource, `No VPC default security group in ${ctx.region}.`)];
    return defaults.map((group) => {
      const resource = securityGroupResource(group);
      const evidence = {
        vpcId: group.vpcId,
        inboundRules: group.ingress.length,
        outboundRules: group.egress.length,
      };
      const where = `Default security group ${group.id}${group.vpcId ? ` of ${group.vpcId}` : ''}`;
      if (group.ingress.length === 0 && group.egress.length === 0) {
        return pass(resource, `${where} has no rules.`, evidence);
      }
      return fail(
        resource,
        `${where} has ${group.ingress.length} inbound and ${group.egress.length} outbound rule(s).`,
        evidence,
      );
    });
  },
});
