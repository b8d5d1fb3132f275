import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, readFailed, readOk } from '../../fixtures/index.js';
import type { SsmServiceSettings } from '../../inventory/ssm.js';
import { ssmDocumentPublicSharingBlocked as check } from './ssm-document-public-sharing-blocked.js';
import { ssmSettings } from './ssm-settings-test-support.js';

const REGION = 'eu-west-1';
const withSettings = (settings: SsmServiceSettings) =>
  new InventoryBuilder().regional(REGION, 'ssm.serviceSettings', settings).build();

describe('ssm-document-public-sharing-blocked', () => {
  it('passes the region when public sharing is disabled', () => {
    expect(evaluate(check, withSettings(ssmSettings()))).toMatchObject([
      { status: 'PASS', resourceId: 'arn:aws:account::111111111111:account/eu-west-1' },
    ]);
  });

  it('fails the region when public sharing is enabled', () => {
    const findings = evaluate(check, withSettings(ssmSettings({ documentPublicSharing: readOk('Enable') })));
    expect(findings).toMatchObject([
      { status: 'FAIL', message: 'SSM documents can be shared publicly in eu-west-1 (Enable).' },
    ]);
  });

  it('is an ERROR with the AWS code when the setting cannot be read, whatever the other setting', () => {
    const settings = ssmSettings({
      documentPublicSharing: readFailed('AccessDeniedException', 'ssm:GetServiceSetting'),
    });
    expect(evaluate(check, withSettings(settings))).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
    const inventory = new InventoryBuilder().regionalError(REGION, 'ssm.serviceSettings').build();
    expect(evaluate(check, inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied' }]);
  });
});
