import { describe, expect, it } from 'vitest';
import { ec2LaunchTemplate, evaluate, InventoryBuilder, readFailed } from '../../fixtures/index.js';
import type { Ec2LaunchTemplate } from '../../inventory/ec2.js';
import { ec2LaunchTemplatePublicIpDisabled as check } from './ec2-launch-template-public-ip-disabled.js';

const REGION = 'eu-west-1';
const withTemplates = (...templates: Ec2LaunchTemplate[]) =>
  new InventoryBuilder().regional(REGION, 'ec2.launchTemplates', templates).build();

describe('ec2-launch-template-public-ip-disabled', () => {
  it('passes on the region when it has no launch templates', () => {
    expect(evaluate(check, withTemplates())).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion', message: 'No launch templates in eu-west-1.' },
    ]);
  });

  it('passes a compliant default version and fails a faulty one', () => {
    const findings = evaluate(
      check,
      withTemplates(
        ec2LaunchTemplate('lt-good'),
        ec2LaunchTemplate('lt-bad', { associatesPublicIp: true }, 'legacy'),
      ),
    );
    expect(findings).toMatchObject([
      {
        status: 'PASS',
        resourceId: 'arn:aws:ec2:eu-west-1:111111111111:launch-template/lt-good',
        resourceType: 'AwsEc2LaunchTemplate',
      },
      {
        status: 'FAIL',
        message:
          'Launch template lt-bad (legacy) (version 1) assigns a public IPv4 address to a network interface.',
      },
    ]);
  });

  it('is an ERROR with the AWS code for a template whose default version cannot be read', () => {
    const findings = evaluate(
      check,
      withTemplates(
        ec2LaunchTemplate(
          'lt-hidden',
          readFailed('UnauthorizedOperation', 'ec2:DescribeLaunchTemplateVersions'),
        ),
      ),
    );
    expect(findings).toMatchObject([
      {
        status: 'ERROR',
        errorCode: 'UnauthorizedOperation',
        message:
          'Could not read the default version of launch template lt-hidden: ec2:DescribeLaunchTemplateVersions failed with UnauthorizedOperation.',
      },
    ]);
  });

  it('is an ERROR when the launch templates cannot be listed', () => {
    const inventory = new InventoryBuilder().regionalError(REGION, 'ec2.launchTemplates').build();
    expect(evaluate(check, inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied' }]);
  });
});
