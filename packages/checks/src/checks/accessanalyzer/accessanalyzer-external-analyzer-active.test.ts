import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { AccessAnalyzer } from '../../inventory/accessanalyzer.js';
import { accessanalyzerExternalAnalyzerActive } from './accessanalyzer-external-analyzer-active.js';

const analyzer = (name: string, type: string, status = 'ACTIVE'): AccessAnalyzer => ({
  arn: `arn:aws:access-analyzer:us-east-1:111111111111:analyzer/${name}`,
  name,
  type,
  status,
});
const organizationAnalyzer: AccessAnalyzer = {
  ...analyzer('org', 'ORGANIZATION'),
  arn: 'arn:aws:access-analyzer:us-east-1:999999999999:analyzer/org',
};
const management = new InventoryBuilder()
  .regional('us-east-1', 'accessanalyzer.analyzers', [organizationAnalyzer])
  .regional('eu-west-1', 'accessanalyzer.analyzers', [])
  .build();

describe('accessanalyzer-external-analyzer-active', () => {
  it('judges each region: an active ACCOUNT or ORGANIZATION analyzer passes, none fails', () => {
    const inventory = new InventoryBuilder()
      .regional('us-east-1', 'accessanalyzer.analyzers', [analyzer('external', 'ACCOUNT')])
      .regional('eu-west-1', 'accessanalyzer.analyzers', [])
      .build();
    const findings = evaluate(accessanalyzerExternalAnalyzerActive, inventory);
    expect(findings.map((f) => [f.region, f.resourceId, f.status])).toEqual([
      ['eu-west-1', 'arn:aws:account::111111111111:account/eu-west-1', 'FAIL'],
      ['us-east-1', 'arn:aws:account::111111111111:account/us-east-1', 'PASS'],
    ]);
    expect(findings[1]).toMatchObject({ evidence: { analyzers: ['external'] } });
  });

  it('fails when the only analyzers are unused-access ones or not active, naming them', () => {
    const inventory = new InventoryBuilder()
      .regional('us-east-1', 'accessanalyzer.analyzers', [
        analyzer('unused', 'ACCOUNT_UNUSED_ACCESS'),
        analyzer('broken', 'ACCOUNT', 'FAILED'),
      ])
      .build();
    const [finding] = evaluate(accessanalyzerExternalAnalyzerActive, inventory);
    expect(finding).toMatchObject({ status: 'FAIL' });
    expect(finding?.message).toContain('unused (ACCOUNT_UNUSED_ACCESS, ACTIVE), broken (ACCOUNT, FAILED)');
  });

  it("passes a member region covered by the management account's ORGANIZATION analyzer, only there", () => {
    const member = new InventoryBuilder()
      .regional('us-east-1', 'accessanalyzer.analyzers', [])
      .regional('eu-west-1', 'accessanalyzer.analyzers', [])
      .build();
    const findings = evaluate(accessanalyzerExternalAnalyzerActive, member, {
      org: { management: { inventory: management } },
    });
    expect(findings.map((f) => [f.region, f.status])).toEqual([
      ['eu-west-1', 'FAIL'],
      ['us-east-1', 'PASS'],
    ]);
    expect(findings[1]).toMatchObject({ evidence: { organizationAnalyzer: organizationAnalyzer.arn } });
  });

  it('is an ERROR where the analyzers cannot be read and no organization analyzer covers the region', () => {
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'accessanalyzer.analyzers', 'AccessDenied', 'accessanalyzer:ListAnalyzers')
      .regionalError('eu-west-1', 'accessanalyzer.analyzers', 'AccessDenied', 'accessanalyzer:ListAnalyzers')
      .build();
    const findings = evaluate(accessanalyzerExternalAnalyzerActive, inventory, {
      org: { management: { inventory: management } },
    });
    expect(findings.map((f) => [f.region, f.status, f.errorCode])).toEqual([
      ['eu-west-1', 'ERROR', 'AccessDenied'],
      ['us-east-1', 'PASS', null],
    ]);
  });

  it('judges members alone when the management inventory is unavailable', () => {
    const member = new InventoryBuilder().regional('us-east-1', 'accessanalyzer.analyzers', []).build();
    const denied = { error: { code: 'AccessDenied', message: 'denied', operation: 'sts:AssumeRole' } };
    expect(
      evaluate(accessanalyzerExternalAnalyzerActive, member, { org: { management: denied } }),
    ).toMatchObject([{ status: 'FAIL' }]);
  });
});
