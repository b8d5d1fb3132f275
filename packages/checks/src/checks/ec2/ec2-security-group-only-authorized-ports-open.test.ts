import { describe, expect, it } from 'vitest';
import { ec2SecurityGroup, ec2SgRule, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { Ec2SecurityGroup } from '../../inventory/ec2.js';
import { ec2SecurityGroupOnlyAuthorizedPortsOpen as check } from './ec2-security-group-only-authorized-ports-open.js';

const REGION = 'eu-west-1';
const withGroups = (...groups: Ec2SecurityGroup[]) =>
  new InventoryBuilder().regional(REGION, 'ec2.securityGroups', groups).build();
const world = { ipv4Ranges: ['0.0.0.0/0'] };
const world6 = { ipv6Ranges: ['::/0'] };

describe('ec2-security-group-only-authorized-ports-open', () => {
  it('passes on the region when it has no security groups', () => {
    expect(evaluate(check, withGroups())).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion' },
    ]);
  });

  it('passes groups opening only 80 and 443 to the internet, and any port to private ranges', () => {
    const findings = evaluate(
      check,
      withGroups(
        ec2SecurityGroup('sg-web', {
          ingress: [
            ec2SgRule({ fromPort: 80, toPort: 80, ...world }),
            ec2SgRule({ fromPort: 443, toPort: 443, ...world6 }),
            ec2SgRule({ fromPort: 22, toPort: 22, ipv4Ranges: ['10.0.0.0/8'] }),
            ec2SgRule({ protocol: '-1', fromPort: null, toPort: null, referencedGroupIds: ['sg-web'] }),
            ec2SgRule({ protocol: 'icmp', fromPort: 8, toPort: -1, ...world }),
          ],
        }),
      ),
    );
    expect(findings).toMatchObject([{ status: 'PASS', evidence: { unauthorizedFromInternet: [] } }]);
  });

  it('fails any other port, range, UDP or all-traffic rule from 0.0.0.0/0 or ::/0', () => {
    const findings = evaluate(
      check,
      withGroups(
        ec2SecurityGroup('sg-ssh', { ingress: [ec2SgRule({ fromPort: 22, toPort: 22, ...world })] }),
        ec2SecurityGroup('sg-range', { ingress: [ec2SgRule({ fromPort: 80, toPort: 443, ...world6 })] }),
        ec2SecurityGroup('sg-dns', {
          ingress: [ec2SgRule({ protocol: 'udp', fromPort: 53, toPort: 53, ...world })],
        }),
        ec2SecurityGroup('sg-all', {
          ingress: [ec2SgRule({ protocol: '-1', fromPort: null, toPort: null, ...world })],
        }),
        ec2SecurityGroup('sg-tcp-any', { ingress: [ec2SgRule({ fromPort: null, toPort: null, ...world })] }),
      ),
    );
    expect(findings.map((f) => [f.status, f.evidence?.unauthorizedFromInternet])).toEqual([
      ['FAIL', ['tcp/22 from 0.0.0.0/0']],
      ['FAIL', ['tcp/80-443 from ::/0']],
      ['FAIL', ['udp/53 from 0.0.0.0/0']],
      ['FAIL', ['all traffic from 0.0.0.0/0']],
      ['FAIL', ['tcp/0-65535 from 0.0.0.0/0']],
    ]);
    expect(findings[0]).toMatchObject({
      resourceId: 'arn:aws:ec2:eu-west-1:111111111111:security-group/sg-ssh',
      message: 'Security group sg-ssh admits tcp/22 from 0.0.0.0/0.',
    });
  });

  it('is an ERROR when the security groups cannot be read', () => {
    const inventory = new InventoryBuilder().regionalError(REGION, 'ec2.securityGroups').build();
    expect(evaluate(check, inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied' }]);
  });
});
