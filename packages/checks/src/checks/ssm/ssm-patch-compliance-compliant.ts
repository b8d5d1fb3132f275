import { defineCheck } from '../../model/check-definition.js';
import { judgeCompliance } from './ssm-compliance-judgement.js';

/**
 * FSBP SSM.2: no node Patch Manager manages reports a patch compliance status of NON_COMPLIANT after its
 * last patch scan or installation.
 */
export const ssmPatchComplianceCompliant = defineCheck({
  id: 'ssm-patch-compliance-compliant',
  title: 'Instances managed by Systems Manager are patch compliant',
  service: 'ssm',
  severity: 'high',
  scope: 'regional',
  requires: ['ssm.complianceSummaries'],
  compliance: { 'aws-fsbp': ['SSM.2'] },
  remediation: {
    text: 'Install the missing patches (Patch Manager: Patch now, or the AWS-RunPatchBaseline document with Install), then check the node reports COMPLIANT.',
    cli: 'aws ssm send-command --document-name AWS-RunPatchBaseline --targets Key=InstanceIds,Values=<instance-id> --parameters Operation=Install',
    url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/patch-manager.html',
  },
  evaluate: (ctx) => judgeCompliance(ctx, 'Patch', 'AwsSsmPatchCompliance', 'patches'),
});
