import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { Ec2SpotFleetRequest } from '../../inventory/ec2.js';
import { ec2SpotFleetEbsEncrypted as check } from './ec2-spot-fleet-ebs-encrypted.js';

const REGION = 'eu-west-1';
const request = (id: string, fields: Partial<Ec2SpotFleetRequest> = {}): Ec2SpotFleetRequest => ({
  arn: `arn:aws:ec2:eu-west-1:111111111111:spot-fleet-request/${id}`,
  id,
  launchSpecificationCount: 1,
  unencryptedEbsDevices: [],
  ...fields,
});
const withRequests = (...requests: Ec2SpotFleetRequest[]) =>
  new InventoryBuilder().regional(REGION, 'ec2.spotFleetRequests', requests).build();

describe('ec2-spot-fleet-ebs-encrypted', () => {
  it('passes on the region when no request has launch specifications (launch templates are not judged)', () => {
    const findings = evaluate(check, withRequests(request('sfr-template', { launchSpecificationCount: 0 })));
    expect(findings).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('passes a request keeping its volumes encrypted and fails one setting Encrypted false', () => {
    const findings = evaluate(
      check,
      withRequests(request('sfr-ok'), request('sfr-bad', { unencryptedEbsDevices: ['/dev/xvdb'] })),
    );
    expect(findings).toMatchObject([
      {
        status: 'PASS',
        resourceId: 'arn:aws:ec2:eu-west-1:111111111111:spot-fleet-request/sfr-ok',
        resourceType: 'AwsEc2SpotFleetRequest',
      },
      { status: 'FAIL', message: 'Spot Fleet request sfr-bad leaves EBS volume(s) /dev/xvdb unencrypted.' },
    ]);
  });

  it('is an ERROR when the requests cannot be read', () => {
    const inventory = new InventoryBuilder()
      .regionalError(REGION, 'ec2.spotFleetRequests', 'UnauthorizedOperation')
      .build();
    expect(evaluate(check, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'UnauthorizedOperation' },
    ]);
  });
});
