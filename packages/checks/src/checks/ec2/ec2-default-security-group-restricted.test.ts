import { describe, expect, it } from 'vitest';
import { ec2SecurityGroup, ec2SgRule, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { Ec2SecurityGroup } from '../../inventory/ec2.js';
import { ec2DefaultSecurityGroupRestricted as check } from './ec2-default-security-group-restricted.js';

const REGION = 'eu-west-1';
const withGroups = (...groups: Ec2SecurityGroup[]) =>
  new InventoryBuilder().regional(REGION, 'ec2.securityGroups', groups).build();
const defaultGroup = (id: string, vpcId: string, fields: Partial<Ec2SecurityGroup> = {}) =>
  ec2SecurityGroup(id, { name: 'default', isDefault: true, vpcId, ...fields });

describe('ec2-default-security-group-restricted', () => {
  it('passes on the region when it has no default security group (no VPC)', () => {
    const inventory = withGroups(ec2SecurityGroup('sg-custom', { ingress: [ec2SgRule()] }));
    expect(evaluate(check, inventory)).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('fails a default group with the rules AWS creates it with, and passes an emptied one', () => {
    const untouched = defaultGroup('sg-d1', 'vpc-1', {
      ingress: [ec2SgRule({ protocol: '-1', fromPort: null, toPort: null, referencedGroupIds: ['sg-d1'] })],
      egress: [ec2SgRule({ protocol: '-1', fromPort: null, toPort: null, ipv4Ranges: ['0.0.0.0/0'] })],
    });
    const emptied = defaultGroup('sg-d2', 'vpc-2');
    expect(evaluate(check, withGroups(untouched, emptied))).toMatchObject([
      {
        status: 'FAIL',
        resourceId: 'arn:aws:ec2:eu-west-1:111111111111:security-group/sg-d1',
        message: 'Default security group sg-d1 of vpc-1 has 1 inbound and 1 outbound rule(s).',
        evidence: { vpcId: 'vpc-1', inboundRules: 1, outboundRules: 1 },
      },
      { status: 'PASS', message: 'Default security group sg-d2 of vpc-2 has no rules.' },
    ]);
  });

  it('fails a default group with outbound rules only', () => {
    const group = defaultGroup('sg-d3', 'vpc-3', { egress: [ec2SgRule({ ipv4Ranges: ['10.0.0.0/8'] })] });
    expect(evaluate(check, withGroups(group))).toMatchObject([{ status: 'FAIL' }]);
  });

  it('is an ERROR when the security groups cannot be read', () => {
    const inventory = new InventoryBuilder().regionalError(REGION, 'ec2.securityGroups').build();
    expect(evaluate(check, inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied' }]);
  });
});
