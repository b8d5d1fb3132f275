import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { Ec2NetworkInterface } from '../../inventory/ec2.js';
import { ec2NetworkInterfaceSourceDestCheckEnabled as check } from './ec2-network-interface-source-dest-check-enabled.js';

const REGION = 'eu-west-1';
const eni = (id: string, fields: Partial<Ec2NetworkInterface> = {}): Ec2NetworkInterface => ({
  arn: `arn:aws:ec2:eu-west-1:111111111111:network-interface/${id}`,
  id,
  interfaceType: 'interface',
  sourceDestCheck: true,
  instanceId: 'i-1',
  ...fields,
});
const withInterfaces = (...interfaces: Ec2NetworkInterface[]) =>
  new InventoryBuilder().regional(REGION, 'ec2.networkInterfaces', interfaces).build();

describe('ec2-network-interface-source-dest-check-enabled', () => {
  it('passes on the region when it has no user-managed interfaces, AWS-managed ones aside', () => {
    const findings = evaluate(
      check,
      withInterfaces(eni('eni-nat', { interfaceType: 'natGateway', sourceDestCheck: false })),
    );
    expect(findings).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('passes interfaces checking source and destination and fails user-managed ones that do not', () => {
    const findings = evaluate(
      check,
      withInterfaces(
        eni('eni-ok'),
        eni('eni-router', { sourceDestCheck: false }),
        eni('eni-fn', { interfaceType: 'lambda', sourceDestCheck: false, instanceId: null }),
      ),
    );
    expect(findings).toMatchObject([
      {
        status: 'PASS',
        resourceId: 'arn:aws:ec2:eu-west-1:111111111111:network-interface/eni-ok',
        resourceType: 'AwsEc2NetworkInterface',
      },
      {
        status: 'FAIL',
        message: 'Network interface eni-router (attached to i-1) has source/destination checking off.',
      },
      { status: 'FAIL', message: 'Network interface eni-fn has source/destination checking off.' },
    ]);
  });

  it('is an ERROR when the interfaces cannot be read', () => {
    const inventory = new InventoryBuilder().regionalError(REGION, 'ec2.networkInterfaces').build();
    expect(evaluate(check, inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied' }]);
  });
});
