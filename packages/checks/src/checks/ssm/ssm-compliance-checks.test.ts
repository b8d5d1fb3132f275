import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { SsmComplianceSummary } from '../../inventory/ssm.js';
import { ssmAssociationComplianceCompliant } from './ssm-association-compliance-compliant.js';
import { ssmPatchComplianceCompliant } from './ssm-patch-compliance-compliant.js';

const REGION = 'eu-west-1';
const withSummaries = (...summaries: SsmComplianceSummary[]) =>
  new InventoryBuilder().regional(REGION, 'ssm.complianceSummaries', summaries).build();

// SSM.2 and SSM.3 share ssm-compliance-judgement.ts: each judges its own compliance type only.
describe.each([
  {
    check: ssmPatchComplianceCompliant,
    type: 'Patch',
    other: 'Association',
    resourceType: 'AwsSsmPatchCompliance',
    what: 'patches',
  },
  {
    check: ssmAssociationComplianceCompliant,
    type: 'Association',
    other: 'Patch',
    resourceType: 'AwsSsmAssociationCompliance',
    what: 'associations',
  },
] as const)('$check.id', ({ check, type, other, resourceType, what }) => {
  it(`passes on the region when no managed node reports ${type} compliance`, () => {
    const findings = evaluate(
      check,
      withSummaries({ resourceId: 'i-1', complianceType: other, status: 'NON_COMPLIANT' }),
    );
    expect(findings).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('passes compliant nodes and fails NON_COMPLIANT ones, EC2 instances and hybrid nodes alike', () => {
    const findings = evaluate(
      check,
      withSummaries(
        { resourceId: 'i-ok', complianceType: type, status: 'COMPLIANT' },
        { resourceId: 'i-behind', complianceType: type, status: 'NON_COMPLIANT' },
        { resourceId: 'mi-0123456789abcdef0', complianceType: type, status: 'NON_COMPLIANT' },
      ),
    );
    expect(findings).toMatchObject([
      { status: 'PASS', resourceId: 'arn:aws:ec2:eu-west-1:111111111111:instance/i-ok', resourceType },
      { status: 'FAIL', message: `Managed node i-behind is NON_COMPLIANT for ${what}.` },
      {
        status: 'FAIL',
        resourceId: 'arn:aws:ssm:eu-west-1:111111111111:managed-instance/mi-0123456789abcdef0',
      },
    ]);
  });

  it('is an ERROR when the compliance summaries cannot be read', () => {
    const inventory = new InventoryBuilder()
      .regionalError(REGION, 'ssm.complianceSummaries', 'AccessDeniedException')
      .build();
    expect(evaluate(check, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
