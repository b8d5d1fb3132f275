import { describe, expect, it } from 'vitest';
import { ec2FlowLog, ec2Vpc, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { Ec2FlowLog, Ec2Vpc } from '../../inventory/ec2.js';
import { vpcFlowLogsEnabled as check } from './vpc-flow-logs-enabled.js';

const REGION = 'eu-west-1';
const inventory = (vpcs: Ec2Vpc[], flowLogs: Ec2FlowLog[]) =>
  new InventoryBuilder()
    .regional(REGION, 'ec2.vpcs', vpcs)
    .regional(REGION, 'ec2.flowLogs', flowLogs)
    .build();

describe('vpc-flow-logs-enabled', () => {
  it('passes on the region when it has no VPCs', () => {
    expect(evaluate(check, inventory([], []))).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion', message: 'No VPCs in eu-west-1.' },
    ]);
  });

  it('passes a VPC with an active flow log of ALL or REJECT traffic', () => {
    const findings = evaluate(
      check,
      inventory(
        [ec2Vpc('vpc-all'), ec2Vpc('vpc-rej')],
        [ec2FlowLog('fl-1', 'vpc-all'), ec2FlowLog('fl-2', 'vpc-rej', { trafficType: 'REJECT' })],
      ),
    );
    expect(findings).toMatchObject([
      {
        status: 'PASS',
        resourceId: 'arn:aws:ec2:eu-west-1:111111111111:vpc/vpc-all',
        resourceType: 'AwsEc2Vpc',
        message: 'VPC vpc-all has flow log fl-1 capturing ALL traffic.',
        evidence: { activeFlowLogs: ['fl-1'], trafficTypes: ['ALL'] },
      },
      { status: 'PASS', message: 'VPC vpc-rej has flow log fl-2 capturing REJECT traffic.' },
    ]);
  });

  it('fails a VPC without flow logs, one logging accepted traffic only, and one whose log delivery fails', () => {
    const findings = evaluate(
      check,
      inventory(
        [ec2Vpc('vpc-none', { isDefault: true }), ec2Vpc('vpc-accept'), ec2Vpc('vpc-broken')],
        [
          ec2FlowLog('fl-a', 'vpc-accept', { trafficType: 'ACCEPT' }),
          ec2FlowLog('fl-b', 'vpc-broken', { deliverLogsStatus: 'FAILED' }),
          ec2FlowLog('fl-subnet', 'subnet-1'),
        ],
      ),
    );
    expect(findings.map((f) => [f.status, f.message])).toEqual([
      ['FAIL', 'VPC vpc-none has no active flow log.'],
      [
        'FAIL',
        'VPC vpc-accept logs only accepted traffic; rejected traffic (REJECT or ALL) is not captured.',
      ],
      ['FAIL', 'VPC vpc-broken: flow log fl-b fails to deliver its logs.'],
    ]);
  });

  it('does not count a flow log that is not ACTIVE', () => {
    const findings = evaluate(
      check,
      inventory([ec2Vpc('vpc-1')], [ec2FlowLog('fl-1', 'vpc-1', { status: 'INACTIVE' })]),
    );
    expect(findings).toMatchObject([{ status: 'FAIL', message: 'VPC vpc-1 has no active flow log.' }]);
  });

  it('is an ERROR when the flow logs cannot be read, even with VPCs known', () => {
    const built = new InventoryBuilder()
      .regional(REGION, 'ec2.vpcs', [ec2Vpc('vpc-1')])
      .regionalError(REGION, 'ec2.flowLogs', 'UnauthorizedOperation')
      .build();
    expect(evaluate(check, built)).toMatchObject([{ status: 'ERROR', errorCode: 'UnauthorizedOperation' }]);
  });
});
