import { defineCheck } from '../../model/check-definition.js';
import { judgeCompliance } from './ssm-compliance-judgement.js';

/**
 * FSBP SSM.3: no managed node reports a State Manager association compliance status of NON_COMPLIANT
 * (an association that should keep it configured failed on it).
 */
export const ssmAssociationComplianceCompliant = defineCheck({
  id: 'ssm-association-compliance-compliant',
  title: 'Instances managed by Systems Manager are association compliant',
  service: 'ssm',
  severity: 'low',
  scope: 'regional',
  requires: ['ssm.complianceSummaries'],
  compliance: { 'aws-fsbp': ['SSM.3'] },
  remediation: {
    text: 'Open the failed association on the node (State Manager, execution history), fix why it failed and apply it again.',
    cli: 'aws ssm start-associations-once --association-ids <association-id>',
    url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-state.html',
  },
  evaluate: (ctx) => judgeCompliance(ctx, 'Association', 'AwsSsmAssociationCompliance', 'associations'),
});
