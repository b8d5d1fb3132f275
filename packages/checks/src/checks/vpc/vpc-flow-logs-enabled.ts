import type { Ec2FlowLog } from '../../inventory/ec2.js';
import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { vpcResource } from '../ec2/ec2-resources.js';

/** CIS asks for rejected traffic at least: REJECT or ALL. */
function capturesRejected(flowLog: Ec2FlowLog): boolean {
  return flowLog.trafficType === 'REJECT' || flowLog.trafficType === 'ALL';
}

export const vpcFlowLogsEnabled = defineCheck({
  id: 'vpc-flow-logs-enabled',
  title: 'Every VPC has an active flow log capturing rejected traffic',
  service: 'vpc',
  severity: 'medium',
  scope: 'regional',
  requires: ['ec2.vpcs', 'ec2.flowLogs'],
  compliance: { 'cis-aws-7.0.0': ['4.7'], 'account-checklist': ['17'], 'aws-fsbp': ['EC2.6'] },
  remediation: {
    text: 'Create a flow log on the VPC with traffic type REJECT (or ALL) delivered to CloudWatch Logs or S3, and make sure its delivery role or bucket policy lets it write.',
    cli: 'aws ec2 create-flow-logs --resource-type VPC --resource-ids <vpc-id> --traffic-type REJECT --log-destination-type s3 --log-destination arn:aws:s3:::<bucket>',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html',
  },
  evaluate(ctx) {
    const vpcs = ctx.slice('ec2.vpcs');
    const flowLogs = ctx.slice('ec2.flowLogs');
    if (vpcs.length === 0) return [pass(ctx.scopeResource, `No VPCs in ${ctx.region}.`)];
    return vpcs.map((vpc) => {
      const active = flowLogs.filter((log) => log.resourceId === vpc.id && log.status === 'ACTIVE');
      const capturing = active.filter(capturesRejected);
      const delivering = capturing.filter((log) => log.deliverLogsStatus !== 'FAILED');
      const evidence = {
        isDefault: vpc.isDefault,
        activeFlowLogs: active.map((log) => log.id),
        trafficTypes: active.map((log) => log.trafficType ?? 'unknown'),
      };
      const resource = vpcResource(vpc);
      const first = delivering[0];
      if (first) {
        return pass(
          resource,
          `VPC ${vpc.id} has flow log ${first.id} capturing ${first.trafficType} traffic.`,
          evidence,
        );
      }
      if (capturing.length > 0) {
        return fail(
          resource,
          `VPC ${vpc.id}: flow log ${capturing.map((log) => log.id).join(', ')} fails to deliver its logs.`,
          evidence,
        );
      }
      if (active.length > 0) {
        return fail(
          resource,
          `VPC ${vpc.id} logs only accepted traffic; rejected traffic (REJECT or ALL) is not captured.`,
          evidence,
        );
      }
      return fail(resource, `VPC ${vpc.id} has no active flow log.`, evidence);
    });
  },
});
