import type { Ec2LaunchTemplate, Ec2LaunchTemplateVersion } from '../../inventory/ec2.js';
import { unreadableField } from '../../inventory/read-result.js';
import type { EvaluationContext } from '../../model/check-definition.js';
import { type CheckResult, fail, pass } from '../../model/check-result.js';
import type { ResourceRef } from '../../model/resource.js';

export function launchTemplateResource(template: Ec2LaunchTemplate): ResourceRef {
  return { id: template.arn, type: 'AwsEc2LaunchTemplate' };
}

/** What one launch template check says about a default version: the fault, or null when there is none. */
export type LaunchTemplateFault = (version: Ec2LaunchTemplateVersion) => string | null;

/**
 * One result per launch template of the region, judged on its default version (the one launches use unless
 * they name another): FAIL with the fault, PASS with `compliant`; ERROR with the AWS code when the version
 * could not be read; one PASS on the region when it has no launch template.
 */
export function judgeLaunchTemplates(
  ctx: EvaluationContext,
  fault: LaunchTemplateFault,
  compliant: string,
  evidence: (
    version: Ec2LaunchTemplateVersion,
  ) => Record<string, string | number | boolean | null | readonly string[]>,
): CheckResult[] {
  const templates = ctx.slice('ec2.launchTemplates');
  if (templates.length === 0) return [pass(ctx.scopeResource, `No launch templates in ${ctx.region}.`)];
  return templates.map((template) => {
    const resource = launchTemplateResource(template);
    const label = template.name === template.id ? template.id : `${template.id} (${template.name})`;
    if (!template.defaultVersion.ok) {
      return unreadableField(
        resource,
        template.defaultVersion,
        `the default version of launch template ${label}`,
      );
    }
    const version = template.defaultVersion.value;
    const facts = { defaultVersion: version.versionNumber, ...evidence(version) };
    const problem = fault(version);
    return problem === null
      ? pass(resource, `Launch template ${label} (version ${version.versionNumber}) ${compliant}.`, facts)
      : fail(resource, `Launch template ${label} (version ${version.versionNumber}) ${problem}.`, facts);
  });
}
