import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { judgeCodebuildProjects } from './codebuild-project-results.js';

/** FSBP CodeBuild.4: PASS needs build logs in CloudWatch Logs, in S3, or both. */
export const codebuildProjectLoggingEnabled = defineCheck({
  id: 'codebuild-project-logging-enabled',
  title: 'CodeBuild projects send build logs to CloudWatch Logs or S3',
  service: 'codebuild',
  severity: 'medium',
  scope: 'regional',
  requires: ['codebuild.projects'],
  compliance: { 'aws-fsbp': ['CodeBuild.4'] },
  remediation: {
    text: 'Enable CloudWatch Logs (or S3 logs) for the project’s builds.',
    cli: 'aws codebuild update-project --name <project> --logs-config "cloudWatchLogs={status=ENABLED}"',
    url: 'https://docs.aws.amazon.com/codebuild/latest/userguide/change-project-console.html#change-project-console-logs',
  },
  evaluate: (ctx) =>
    judgeCodebuildProjects(ctx, (project, configuration, resource) => {
      const destinations = [
        ...(configuration.cloudWatchLogsEnabled ? ['CloudWatch Logs'] : []),
        ...(configuration.s3Logs.enabled ? ['S3'] : []),
      ];
      return destinations.length > 0
        ? pass(resource, `Project ${project.name} sends build logs to ${destinations.join(' and ')}.`)
        : fail(
            resource,
            `Project ${project.name} keeps no build logs (CloudWatch Logs and S3 logs disabled).`,
          );
    }),
});
