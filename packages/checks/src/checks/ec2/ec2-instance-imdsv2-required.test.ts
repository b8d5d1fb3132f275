import { describe, expect, it } from 'vitest';
import { ec2Instance, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { Ec2Instance, Ec2InstanceMetadataDefaults } from '../../inventory/ec2.js';
import { ec2InstanceImdsv2Required as check } from './ec2-instance-imdsv2-required.js';

const REGION = 'eu-west-1';
const NO_DEFAULTS: Ec2InstanceMetadataDefaults = { httpTokens: null, httpEndpoint: null, managedBy: null };
const inventory = (instances: Ec2Instance[], defaults = NO_DEFAULTS) =>
  new InventoryBuilder()
    .regional(REGION, 'ec2.instances', instances)
    .regional(REGION, 'ec2.instanceMetadataDefaults', defaults)
    .build();

describe('ec2-instance-imdsv2-required', () => {
  it('passes on the region when it has no instances, with the account default as evidence', () => {
    const defaults = { httpTokens: 'required', httpEndpoint: null, managedBy: 'account' } as const;
    expect(evaluate(check, inventory([], defaults))).toMatchObject([
      {
        status: 'PASS',
        resourceType: 'AwsAccountRegion',
        evidence: { accountDefaultHttpTokens: 'required' },
      },
    ]);
  });

  it('passes IMDSv2-only and metadata-off instances, fails instances accepting IMDSv1', () => {
    const findings = evaluate(
      check,
      inventory([
        ec2Instance('i-v2'),
        ec2Instance('i-off', { metadataHttpTokens: 'optional', metadataHttpEndpoint: 'disabled' }),
        ec2Instance('i-v1', { metadataHttpTokens: 'optional' }),
      ]),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      ['arn:aws:ec2:eu-west-1:111111111111:instance/i-v2', 'PASS'],
      ['arn:aws:ec2:eu-west-1:111111111111:instance/i-off', 'PASS'],
      ['arn:aws:ec2:eu-west-1:111111111111:instance/i-v1', 'FAIL'],
    ]);
    expect(findings[2]).toMatchObject({
      message: expect.stringContaining('Instance i-v1 accepts IMDSv1 (HttpTokens optional)'),
      evidence: {
        httpTokens: 'optional',
        httpEndpoint: 'enabled',
        accountDefaultHttpTokens: 'no-preference',
      },
    });
  });

  it('is an ERROR for an instance whose metadata options EC2 did not report', () => {
    const findings = evaluate(
      check,
      inventory([ec2Instance('i-x', { metadataHttpTokens: null, metadataHttpEndpoint: null })]),
    );
    expect(findings).toMatchObject([{ status: 'ERROR', errorCode: 'MetadataOptionsMissing' }]);
  });

  it('still judges instances when the account default cannot be read, saying so in the evidence', () => {
    const built = new InventoryBuilder()
      .regional(REGION, 'ec2.instances', [ec2Instance('i-v1', { metadataHttpTokens: 'optional' })])
      .regionalError(REGION, 'ec2.instanceMetadataDefaults', 'UnauthorizedOperation')
      .build();
    expect(evaluate(check, built)).toMatchObject([
      { status: 'FAIL', evidence: { accountDefaultHttpTokens: 'unreadable' } },
    ]);
  });

  it('is an ERROR when the instances cannot be read', () => {
    const built = new InventoryBuilder()
      .regionalError(REGION, 'ec2.instances', 'AccessDenied')
      .regional(REGION, 'ec2.instanceMetadataDefaults', NO_DEFAULTS)
      .build();
    expect(evaluate(check, built)).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied' }]);
  });
});
