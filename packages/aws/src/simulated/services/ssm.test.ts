import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import {
  ssmDocumentsCollector,
  ssmManagedInstancesCollector,
  ssmServiceSettingsCollector,
} from '../../collectors/ssm.js';
import { ssmComplianceSummariesCollector } from '../../collectors/ssm-compliance.js';
import { callSimulated } from '../../test-support/simulated-call.js';
import { openSimulatedMemberAccount } from '../../test-support/simulated-member-account.js';
import { DEMO_ACCOUNTS, demoOrganization } from '../demo-org.js';
import type { SimulatedAccount } from '../org-description.js';
import { SsmStateSchema } from '../state/ssm-state.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const ORG = demoOrganization();
const FRESH: SimulatedAccount = { ...ORG.accounts[0]!, id: '123456789012', services: {} };

function call(operation: string, input: object, account = FRESH, region = 'eu-west-1') {
  return callSimulated(`ssm:${operation}`, { org: ORG, caller: account, region, input, now: NOW });
}

describe('simulated Systems Manager', () => {
  it('answers a fresh region as AWS does: no documents or nodes, default settings', () => {
    expect(
      call('ListDocuments', { Filters: [{ Key: 'Owner', Values: ['Self'] }] }).DocumentIdentifiers,
    ).toEqual([]);
    expect(call('DescribeInstanceInformation', {}).InstanceInformationList).toEqual([]);
    expect(
      call('GetServiceSetting', { SettingId: '/ssm/documents/console/public-sharing-permission' })
        .ServiceSetting,
    ).toMatchObject({ SettingValue: 'Enable' });
    expect(
      call('GetServiceSetting', { SettingId: '/ssm/automation/customer-script-log-destination' })
        .ServiceSetting,
    ).toMatchObject({ SettingValue: 'none' });
    expect(() => call('GetServiceSetting', { SettingId: '/ssm/unknown' })).toThrow(
      expect.objectContaining({ name: 'ServiceSettingNotFound' }),
    );
    expect(() => call('DescribeDocumentPermission', { Name: 'missing', PermissionType: 'Share' })).toThrow(
      expect.objectContaining({ name: 'InvalidDocument' }),
    );
  });

  it("keeps the demo state valid and collects prod-data's documents and nodes and log-archive's settings", async () => {
    for (const account of ORG.accounts) {
      const ssm = account.services?.ssm;
      if (ssm) expect(Value.Errors(SsmStateSchema, ssm).First()).toBeUndefined();
    }
    const data = await openSimulatedMemberAccount(ORG, DEMO_ACCOUNTS.prodData, NOW);
    try {
      const ctx = data.context('us-east-1');
      expect(await ssmDocumentsCollector.collect(ctx)).toMatchObject([
        {
          name: 'etl-runbook',
          sharing: { ok: true, value: { public: false, accountIds: ['333333333333'] } },
        },
        { name: 'db-restore', sharing: { ok: true, value: { public: true, accountIds: [] } } },
      ]);
      expect(await ssmManagedInstancesCollector.collect(ctx)).toEqual([
        { instanceId: 'i-055dd000000000001', pingStatus: 'Online' },
      ]);
      expect(await ssmComplianceSummariesCollector.collect(ctx)).toEqual([
        { resourceId: 'i-055dd000000000001', complianceType: 'Patch', status: 'NON_COMPLIANT' },
        { resourceId: 'i-055dd000000000001', complianceType: 'Association', status: 'COMPLIANT' },
      ]);
    } finally {
      await data.close();
    }
    const archive = await openSimulatedMemberAccount(ORG, DEMO_ACCOUNTS.logArchive, NOW);
    try {
      expect(await ssmServiceSettingsCollector.collect(archive.context('ap-south-1'))).toEqual({
        automationLogDestination: { ok: true, value: 'CloudWatch' },
        documentPublicSharing: { ok: true, value: 'Disable' },
      });
    } finally {
      await archive.close();
    }
  });
});
