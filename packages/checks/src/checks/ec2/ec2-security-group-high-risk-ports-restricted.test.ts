import { describe, expect, it } from 'vitest';
import { ec2SecurityGroup, ec2SgRule, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { Ec2SecurityGroup } from '../../inventory/ec2.js';
import { ec2SecurityGroupHighRiskPortsRestricted as check } from './ec2-security-group-high-risk-ports-restricted.js';

const REGION = 'eu-west-1';
const withGroups = (...groups: Ec2SecurityGroup[]) =>
  new InventoryBuilder().regional(REGION, 'ec2.securityGroups', groups).build();

describe('ec2-security-group-high-risk-ports-restricted', () => {
  it('passes on the region when it has no security groups', () => {
    expect(evaluate(check, withGroups())).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion' },
    ]);
  });

  it('passes web ports from the internet, high-risk ports from private ranges, and UDP', () => {
    const findings = evaluate(
      check,
      withGroups(
        ec2SecurityGroup('sg-ok', {
          ingress: [
            ec2SgRule({ fromPort: 443, toPort: 443, ipv4Ranges: ['0.0.0.0/0'], ipv6Ranges: ['::/0'] }),
            ec2SgRule({ fromPort: 5432, toPort: 5432, ipv4Ranges: ['10.0.0.0/8'] }),
            ec2SgRule({ protocol: 'udp', fromPort: 3389, toPort: 3389, ipv4Ranges: ['0.0.0.0/0'] }),
          ],
        }),
      ),
    );
    expect(findings).toMatchObject([{ status: 'PASS', evidence: { openToInternet: [] } }]);
  });

  it('fails a high-risk port opened alone, within a range, or by all traffic, from either family', () => {
    const findings = evaluate(
      check,
      withGroups(
        ec2SecurityGroup('sg-mysql', {
          ingress: [ec2SgRule({ fromPort: 3306, toPort: 3306, ipv6Ranges: ['::/0'] })],
        }),
        ec2SecurityGroup('sg-range', {
          ingress: [ec2SgRule({ fromPort: 8000, toPort: 8100, ipv4Ranges: ['0.0.0.0/0'] })],
        }),
        ec2SecurityGroup('sg-all', {
          ingress: [ec2SgRule({ protocol: '-1', fromPort: null, toPort: null, ipv4Ranges: ['0.0.0.0/0'] })],
        }),
      ),
    );
    expect(findings.map((f) => f.status)).toEqual(['FAIL', 'FAIL', 'FAIL']);
    expect(findings[0]?.evidence?.openToInternet).toEqual(['tcp/3306 from ::/0']);
    expect(findings[1]?.evidence?.openToInternet).toEqual([
      'tcp/8080 from 0.0.0.0/0',
      'tcp/8088 from 0.0.0.0/0',
    ]);
    expect(findings[2]?.evidence?.openToInternet).toHaveLength(24);
  });

  it('is an ERROR when the security groups cannot be read', () => {
    const inventory = new InventoryBuilder().regionalError(REGION, 'ec2.securityGroups').build();
    expect(evaluate(check, inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied' }]);
  });
});
