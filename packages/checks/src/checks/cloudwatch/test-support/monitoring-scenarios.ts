import { describe, expect, it } from 'vitest';
import { evaluate, FIXTURE_ORG, InventoryBuilder } from '../../../fixtures/index.js';
import { CIS_METRIC_FILTERS } from '../../../metric-filters/cis-metric-filters.js';
import type { CheckDefinition } from '../../../model/check-definition.js';
import { completeChain, monitoringInventory } from './monitoring-inventory.js';

/**
 * The behaviour every CIS 5.x check shares, run against one check: its control, a filter written
 * differently that means the same (or more), and one that misses events.
 */
export function monitoringCheckScenarios(
  check: CheckDefinition,
  patterns: { readonly controlId: string; readonly equivalent: string; readonly narrower: string },
): void {
  const control = CIS_METRIC_FILTERS.find((candidate) => candidate.controlId === patterns.controlId)!;
  const noOrg = { management: { inventory: new InventoryBuilder().build() } };
  const managementId = FIXTURE_ORG.managementAccountId!;
  const orgChain = completeChain(patterns.equivalent, managementId, {
    name: 'org-trail',
    isOrganizationTrail: true,
    cloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:${managementId}:log-group:cloudtrail-events:*`,
  });

  describe(check.id, () => {
    it(`maps to CIS ${patterns.controlId} and the monitoring checklist items`, () => {
      expect(check.compliance).toEqual({
        'cis-aws-7.0.0': [patterns.controlId],
        'account-checklist': ['13', '15'],
      });
      expect(check.remediation.cli).toContain(control.recommendedPattern);
    });

    it('passes with the recommended pattern', () => {
      const inventory = monitoringInventory(completeChain(control.recommendedPattern));
      expect(evaluate(check, inventory, { org: noOrg })).toMatchObject([
        { status: 'PASS', resourceType: 'AwsAccount' },
      ]);
    });

    it('passes with a filter written differently that matches the same events or more', () => {
      const inventory = monitoringInventory(completeChain(patterns.equivalent));
      expect(evaluate(check, inventory, { org: noOrg })).toMatchObject([{ status: 'PASS' }]);
    });

    it("passes a member through the organization trail's chain", () => {
      const [finding] = evaluate(check, monitoringInventory({}), {
        org: { management: { inventory: monitoringInventory(orgChain) } },
      });
      expect(finding?.status).toBe('PASS');
      expect(finding?.message).toMatch(/^Covered by organization trail /);
    });

    it('fails with a narrower filter, naming the missing link', () => {
      const [finding] = evaluate(check, monitoringInventory(completeChain(patterns.narrower)), {
        org: noOrg,
      });
      expect(finding?.status).toBe('FAIL');
      expect(finding?.message).toContain('metric filters on log group cloudtrail-events');
    });

    it('fails an account no trail logs', () => {
      expect(evaluate(check, monitoringInventory({}), { org: noOrg })).toMatchObject([
        { status: 'FAIL', message: expect.stringContaining('no trail logs this account') },
      ]);
    });

    it('is an ERROR with the AWS code when the metric filters could not be read', () => {
      const pieces = completeChain(control.recommendedPattern);
      const inventory = new InventoryBuilder()
        .regional('us-east-1', 'cloudtrail.trails', pieces.trails)
        .regionalError(
          'us-east-1',
          'logs.metricFilters',
          'AccessDeniedException',
          'logs:DescribeMetricFilters',
        )
        .regional('us-east-1', 'cloudwatch.alarms', pieces.alarms)
        .regional('us-east-1', 'sns.topics', pieces.topics)
        .build();
      expect(evaluate(check, inventory, { org: noOrg })).toMatchObject([
        { status: 'ERROR', errorCode: 'AccessDeniedException' },
      ]);
    });
  });
}
