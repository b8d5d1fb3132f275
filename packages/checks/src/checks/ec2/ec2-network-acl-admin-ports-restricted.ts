import type { Ec2NetworkAcl, Ec2NetworkAclEntry } from '../../inventory/ec2.js';
import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { networkAclResource } from './ec2-resources.js';
import {
  ADMIN_PORT_PROBES,
  coversProbe,
  type InternetSource,
  type PortProbe,
  probeLabel,
  WORLD_IPV4,
  WORLD_IPV6,
} from './port-probe.js';

/**
 * The entry that decides a probe from the whole internet, as AWS evaluates inbound entries: in rule-number
 * order, the first match wins. Entries for narrower ranges are skipped: they neither admit the whole
 * internet nor stop the rest of it. Returns the entry only when it allows.
 */
function admittingEntry(
  acl: Ec2NetworkAcl,
  probe: PortProbe,
  source: InternetSource,
): Ec2NetworkAclEntry | undefined {
  const deciding = acl.entries
    .filter((entry) => !entry.egress)
    .filter((entry) => (source === WORLD_IPV4 ? entry.cidrIpv4 : entry.cidrIpv6) === source)
    .filter((entry) => coversProbe(entry, probe))
    .sort((a, b) => a.ruleNumber - b.ruleNumber)[0];
  return deciding?.action === 'allow' ? deciding : undefined;
}

export const ec2NetworkAclAdminPortsRestricted = defineCheck({
  id: 'ec2-network-acl-admin-ports-restricted',
  title: 'No network ACL admits SSH (22) or RDP (3389) from 0.0.0.0/0 or ::/0',
  service: 'ec2',
  severity: 'medium',
  scope: 'regional',
  requires: ['ec2.networkAcls'],
  compliance: { 'cis-aws-7.0.0': ['6.2'], 'aws-fsbp': ['EC2.21'] },
  remediation: {
    text: 'Add inbound DENY entries for ports 22 and 3389 from 0.0.0.0/0 and ::/0 numbered below any broader ALLOW entry (including ephemeral-port and default allow-all entries), or narrow the ALLOW entries to trusted networks.',
    cli: 'aws ec2 create-network-acl-entry --network-acl-id <acl-id> --ingress --rule-number 50 --protocol tcp --port-range From=22,To=22 --cidr-block 0.0.0.0/0 --rule-action deny',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html',
  },
  evaluate(ctx) {
    const acls = ctx.slice('ec2.networkAcls');
    if (acls.length === 0) return [pass(ctx.scopeResource, `No network ACLs in ${ctx.region}.`)];
    return acls.map((acl) => {
      const admitted: string[] = [];
      const rules = new Set<number>();
      for (const source of [WORLD_IPV4, WORLD_IPV6] as const) {
        for (const probe of ADMIN_PORT_PROBES) {
          const entry = admittingEntry(acl, probe, source);
          if (!entry) continue;
          admitted.push(`${probeLabel(probe)} from ${source}`);
          rules.add(entry.ruleNumber);
        }
      }
      const resource = networkAclResource(acl);
      const evidence = {
        vpcId: acl.vpcId,
        isDefault: acl.isDefault,
        admitted,
        allowingRules: [...rules].sort((a, b) => a - b).map(String),
      };
      if (admitted.length === 0) {
        return pass(
          resource,
          `Network ACL ${acl.id} admits no remote administration port from the internet.`,
          evidence,
        );
      }
      return fail(
        resource,
        `Network ACL ${acl.id} admits ${admitted.join(', ')} (rule ${evidence.allowingRules.join(', ')}).`,
        evidence,
      );
    });
  },
});
