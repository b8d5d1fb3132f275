import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { AutoscalingLaunchConfiguration } from '../../inventory/autoscaling.js';
import { autoscalingLaunchConfigurationImdsv2Required as check } from './autoscaling-launch-configuration-imdsv2-required.js';
import { asLaunchConfiguration } from './autoscaling-test-builders.js';

const REGION = 'eu-west-1';
const withConfigurations = (...configurations: AutoscalingLaunchConfiguration[]) =>
  new InventoryBuilder().regional(REGION, 'autoscaling.launchConfigurations', configurations).build();

describe('autoscaling-launch-configuration-imdsv2-required', () => {
  it('passes on the region when it has no launch configurations', () => {
    expect(evaluate(check, withConfigurations())).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion', message: 'No launch configurations in eu-west-1.' },
    ]);
  });

  it('passes a compliant launch configuration and fails a faulty one', () => {
    const findings = evaluate(
      check,
      withConfigurations(
        asLaunchConfiguration('good'),
        asLaunchConfiguration('bad', { metadataHttpTokens: 'optional' }),
      ),
    );
    expect(findings).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAutoScalingLaunchConfiguration' },
      { status: 'FAIL', message: 'Launch configuration bad allows IMDSv1 (HttpTokens optional).' },
    ]);
  });

  it('fails a launch configuration without metadata options, as AWS does', () => {
    const findings = evaluate(
      check,
      withConfigurations(asLaunchConfiguration('unset', { metadataHttpTokens: null })),
    );
    expect(findings).toMatchObject([{ status: 'FAIL', evidence: { httpTokens: null } }]);
  });

  it('is an ERROR when the launch configurations cannot be read', () => {
    const inventory = new InventoryBuilder()
      .regionalError(REGION, 'autoscaling.launchConfigurations')
      .build();
    expect(evaluate(check, inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied' }]);
  });
});
