import { describe, expect, it } from 'vitest';
import { ec2Instance, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { Ec2Instance } from '../../inventory/ec2.js';
import type { IamInstanceProfile } from '../../inventory/iam.js';
import { ec2InstanceProfileAttached as check } from './ec2-instance-profile-attached.js';

const REGION = 'eu-west-1';
const PROFILES = 'arn:aws:iam::111111111111:instance-profile';
const APP_PROFILE: IamInstanceProfile = {
  arn: `${PROFILES}/app`,
  name: 'app',
  roleArns: ['arn:aws:iam::111111111111:role/app'],
};

const withInstances = (instances: Ec2Instance[], profiles: IamInstanceProfile[] = [APP_PROFILE]) =>
  new InventoryBuilder()
    .regional(REGION, 'ec2.instances', instances)
    .global('iam.instanceProfiles', profiles)
    .build();

describe('ec2-instance-profile-attached', () => {
  it('passes on the region when it has no instances', () => {
    expect(evaluate(check, withInstances([]))).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion' },
    ]);
  });

  it('passes an instance whose profile holds a role and fails running and stopped ones without a profile', () => {
    const findings = evaluate(
      check,
      withInstances([
        ec2Instance('i-1'),
        ec2Instance('i-2', { iamInstanceProfileArn: null }),
        ec2Instance('i-3', { iamInstanceProfileArn: null, state: 'stopped' }),
      ]),
    );
    expect(findings).toMatchObject([
      {
        status: 'PASS',
        resourceId: 'arn:aws:ec2:eu-west-1:111111111111:instance/i-1',
        resourceType: 'AwsEc2Instance',
        evidence: { instanceProfileArn: `${PROFILES}/app`, roleArns: APP_PROFILE.roleArns },
      },
      { status: 'FAIL', evidence: { state: 'running', instanceProfileArn: null } },
      { status: 'FAIL', evidence: { state: 'stopped' } },
    ]);
    expect(findings[1]?.message).toContain('Instance i-2 (running) has no IAM instance profile');
  });

  it('fails an instance whose profile holds no role, and one whose profile no longer exists', () => {
    const findings = evaluate(
      check,
      withInstances(
        [
          ec2Instance('i-empty', { iamInstanceProfileArn: `${PROFILES}/empty` }),
          ec2Instance('i-gone', { iamInstanceProfileArn: `${PROFILES}/deleted` }),
        ],
        [APP_PROFILE, { arn: `${PROFILES}/empty`, name: 'empty', roleArns: [] }],
      ),
    );
    expect(findings.map((f) => f.status)).toEqual(['FAIL', 'FAIL']);
    expect(findings[0]?.message).toContain('holds no role');
    expect(findings[1]?.message).toContain('which the account does not have');
  });

  it('is an ERROR when the instances or the instance profiles cannot be read', () => {
    const noInstances = new InventoryBuilder()
      .regionalError(REGION, 'ec2.instances', 'UnauthorizedOperation')
      .global('iam.instanceProfiles', [APP_PROFILE])
      .build();
    expect(evaluate(check, noInstances)).toMatchObject([
      { status: 'ERROR', errorCode: 'UnauthorizedOperation' },
    ]);
    const noProfiles = new InventoryBuilder()
      .regional(REGION, 'ec2.instances', [ec2Instance('i-1')])
      .globalError('iam.instanceProfiles', 'AccessDenied', 'iam:ListInstanceProfiles')
      .build();
    expect(evaluate(check, noProfiles)).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied' }]);
  });
});
