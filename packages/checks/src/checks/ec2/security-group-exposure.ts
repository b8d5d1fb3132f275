import type { Ec2SecurityGroup } from '../../inventory/ec2.js';
import type { EvaluationContext } from '../../model/check-definition.js';
import { type CheckResult, fail, pass } from '../../model/check-result.js';
import { securityGroupLabel, securityGroupResource } from './ec2-resources.js';
import { coversProbe, type InternetSource, type PortProbe, probeLabel, WORLD_IPV4 } from './port-probe.js';

/**
 * The probes (as 'tcp/22' labels) that an inbound rule of the group admits from the whole internet `source`.
 * Only rules naming 0.0.0.0/0 or ::/0 count: prefix lists and referenced groups are the owner's own networks.
 */
export function probesOpenToInternet(
  group: Ec2SecurityGroup,
  probes: readonly PortProbe[],
  source: InternetSource,
): string[] {
  const fromSource = group.ingress.filter((rule) =>
    (source === WORLD_IPV4 ? rule.ipv4Ranges : rule.ipv6Ranges).includes(source),
  );
  return probes.filter((probe) => fromSource.some((rule) => coversProbe(rule, probe))).map(probeLabel);
}

/**
 * One result per security group of the region: FAIL when an inbound rule admits any probe from any of the
 * internet sources, naming each port and source; PASS otherwise; one PASS on the region when it has none.
 */
export function judgeSecurityGroupExposure(
  ctx: EvaluationContext,
  probes: readonly PortProbe[],
  sources: readonly InternetSource[],
  traffic: string,
): CheckResult[] {
  const groups = ctx.slice('ec2.securityGroups');
  if (groups.length === 0) return [pass(ctx.scopeResource, `No security groups in ${ctx.region}.`)];
  const fromWhere = sources.join(' or ');
  return groups.map((group) => {
    const open = sources.flatMap((source) =>
      probesOpenToInternet(group, probes, source).map((label) => `${label} from ${source}`),
    );
    const resource = securityGroupResource(group);
    const evidence = { vpcId: group.vpcId, openToInternet: open };
    if (open.length > 0) {
      return fail(
        resource,
        `Security group ${securityGroupLabel(group)} admits ${open.join(', ')}.`,
        evidence,
      );
    }
    return pass(
      resource,
      `Security group ${securityGroupLabel(group)} admits no ${traffic} from ${fromWhere}.`,
      evidence,
    );
  });
}
