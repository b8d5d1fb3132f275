import type { SsmComplianceSummary } from '../../inventory/ssm.js';
import type { EvaluationContext } from '../../model/check-definition.js';
import { type CheckResult, fail, pass } from '../../model/check-result.js';
import type { ResourceRef } from '../../model/resource.js';

/** The node a summary is about: an EC2 instance by its ARN, a hybrid node (mi-...) by its SSM ARN. */
function nodeResource(ctx: EvaluationContext, summary: SsmComplianceSummary, type: string): ResourceRef {
  const { partition, id: accountId } = ctx.account;
  const resource = summary.resourceId.startsWith('i-')
    ? `arn:${partition}:ec2:${ctx.region}:${accountId}:instance/${summary.resourceId}`
    : `arn:${partition}:ssm:${ctx.region}:${accountId}:managed-instance/${summary.resourceId}`;
  return { id: resource, type };
}

/**
 * One result per managed node with a `complianceType` summary: FAIL when NON_COMPLIANT, PASS otherwise;
 * one PASS on the region when no node has one.
 */
export function judgeCompliance(
  ctx: EvaluationContext,
  complianceType: SsmComplianceSummary['complianceType'],
  resourceType: string,
  what: string,
): CheckResult[] {
  const summaries = ctx
    .slice('ssm.complianceSummaries')
    .filter((summary) => summary.complianceType === complianceType);
  if (summaries.length === 0)
    return [pass(ctx.scopeResource, `No managed node reports ${what} compliance in ${ctx.region}.`)];
  return summaries.map((summary) => {
    const resource = nodeResource(ctx, summary, resourceType);
    const evidence = { complianceType, status: summary.status };
    return summary.status === 'NON_COMPLIANT'
      ? fail(resource, `Managed node ${summary.resourceId} is NON_COMPLIANT for ${what}.`, evidence)
      : pass(resource, `Managed node ${summary.resourceId} is ${summary.status} for ${what}.`, evidence);
  });
}
