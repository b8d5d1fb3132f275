import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, readFailed, readOk } from '../../fixtures/index.js';
import type { SsmServiceSettings } from '../../inventory/ssm.js';
import { ssmAutomationCloudwatchLoggingEnabled as check } from './ssm-automation-cloudwatch-logging-enabled.js';
import { ssmSettings } from './ssm-settings-test-support.js';

const REGION = 'eu-west-1';
const withSettings = (settings: SsmServiceSettings) =>
  new InventoryBuilder().regional(REGION, 'ssm.serviceSettings', settings).build();

describe('ssm-automation-cloudwatch-logging-enabled', () => {
  it('passes the region when Automation output goes to CloudWatch Logs', () => {
    expect(evaluate(check, withSettings(ssmSettings()))).toMatchObject([
      { status: 'PASS', evidence: { customerScriptLogDestination: 'CloudWatch' } },
    ]);
  });

  it('fails the region when it does not', () => {
    const findings = evaluate(check, withSettings(ssmSettings({ automationLogDestination: readOk('none') })));
    expect(findings).toMatchObject([
      { status: 'FAIL', message: 'SSM Automation does not log to CloudWatch Logs in eu-west-1 (none).' },
    ]);
  });

  it('is an ERROR with the AWS code when the setting cannot be read', () => {
    const settings = ssmSettings({
      automationLogDestination: readFailed('ThrottlingException', 'ssm:GetServiceSetting'),
    });
    expect(evaluate(check, withSettings(settings))).toMatchObject([
      { status: 'ERROR', errorCode: 'ThrottlingException' },
    ]);
  });
});
