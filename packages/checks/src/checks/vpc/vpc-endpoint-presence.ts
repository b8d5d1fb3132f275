import type { Ec2VpcEndpoint } from '../../inventory/ec2.js';
import type { EvaluationContext } from '../../model/check-definition.js';
import { type CheckResult, fail, pass } from '../../model/check-result.js';
import { vpcResource } from '../ec2/ec2-resources.js';

/** Endpoint states that no longer (or never did) carry traffic. */
const GONE_STATES = new Set(['deleting', 'deleted', 'rejected', 'failed', 'expired']);

/**
 * Whether the endpoint reaches `service` in the region: its name is com.amazonaws.<region>.<service>
 * (cn.com.amazonaws... in China), so the name must end with exactly that region and service.
 */
function reaches(endpoint: Ec2VpcEndpoint, region: string, service: string): boolean {
  return endpoint.serviceName.endsWith(`amazonaws.${region}.${service}`) && !GONE_STATES.has(endpoint.state);
}

/**
 * The FSBP "VPC endpoint for <service>" controls (EC2.10, EC2.55 to EC2.60, AWS's vpc-endpoint-enabled rule):
 * one result per VPC of the account, PASS when it has a live endpoint for the service, else FAIL; one PASS on
 * the region when it has no VPC. VPCs shared into the account are judged in their owner account.
 */
export function judgeVpcEndpointPresence(
  ctx: EvaluationContext,
  service: string,
  label: string,
  type?: 'Interface',
): CheckResult[] {
  const vpcs = ctx.slice('ec2.vpcs');
  const endpoints = ctx.slice('ec2.vpcEndpoints');
  if (vpcs.length === 0) return [pass(ctx.scopeResource, `No VPCs in ${ctx.region}.`)];
  const serviceName = `com.amazonaws.${ctx.region}.${service}`;
  const kind = type ? `${type.toLowerCase()} endpoint` : 'endpoint';
  return vpcs.map((vpc) => {
    const found = endpoints.filter(
      (endpoint) =>
        endpoint.vpcId === vpc.id &&
        reaches(endpoint, ctx.region, service) &&
        (type === undefined || endpoint.type === type),
    );
    const evidence = { serviceName, endpointIds: found.map((endpoint) => endpoint.id) };
    return found.length > 0
      ? pass(vpcResource(vpc), `VPC ${vpc.id} has the ${label} ${kind} ${found[0]!.id}.`, evidence)
      : fail(vpcResource(vpc), `VPC ${vpc.id} has no ${label} ${kind} (${serviceName}).`, evidence);
  });
}
