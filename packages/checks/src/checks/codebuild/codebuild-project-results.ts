import type { CodebuildProject, CodebuildProjectConfiguration } from '../../inventory/codebuild.js';
import { unreadableField } from '../../inventory/read-result.js';
import type { EvaluationContext } from '../../model/check-definition.js';
import { type CheckResult, pass } from '../../model/check-result.js';
import type { ResourceRef } from '../../model/resource.js';

export function codebuildProjectResource(project: CodebuildProject): ResourceRef {
  return { id: project.arn, type: 'AwsCodeBuildProject' };
}

/**
 * The results of a check judging each CodeBuild project of the region: one PASS for a region without
 * projects, an ERROR with the AWS code for a project BatchGetProjects could not describe, else `judge`.
 */
export function judgeCodebuildProjects(
  ctx: EvaluationContext,
  judge: (
    project: CodebuildProject,
    configuration: CodebuildProjectConfiguration,
    resource: ResourceRef,
  ) => CheckResult,
): CheckResult[] {
  const projects = ctx.slice('codebuild.projects');
  if (projects.length === 0) return [pass(ctx.scopeResource, `No CodeBuild project in ${ctx.region}.`)];
  return projects.map((project) => {
    const resource = codebuildProjectResource(project);
    return project.configuration.ok
      ? judge(project, project.configuration.value, resource)
      : unreadableField(resource, project.configuration, `CodeBuild project ${project.name}`);
  });
}
