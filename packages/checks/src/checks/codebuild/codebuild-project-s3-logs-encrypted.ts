import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { judgeCodebuildProjects } from './codebuild-project-results.js';

/**
 * FSBP CodeBuild.3: FAIL when the project's S3 logs have encryption disabled. A project without S3 logs
 * passes, as in AWS's evaluation (there is nothing to encrypt).
 */
export const codebuildProjectS3LogsEncrypted = defineCheck({
  id: 'codebuild-project-s3-logs-encrypted',
  title: 'CodeBuild project S3 logs are encrypted',
  service: 'codebuild',
  severity: 'low',
  scope: 'regional',
  requires: ['codebuild.projects'],
  compliance: { 'aws-fsbp': ['CodeBuild.3'] },
  remediation: {
    text: 'Turn encryption back on for the project’s S3 logs.',
    cli: 'aws codebuild update-project --name <project> --logs-config "s3Logs={status=ENABLED,location=<bucket>/<prefix>,encryptionDisabled=false}"',
    url: 'https://docs.aws.amazon.com/codebuild/latest/userguide/change-project-console.html#change-project-console-logs',
  },
  evaluate: (ctx) =>
    judgeCodebuildProjects(ctx, (project, { s3Logs }, resource) => {
      if (!s3Logs.enabled) return pass(resource, `Project ${project.name} does not write logs to S3.`);
      return s3Logs.encrypted
        ? pass(resource, `Project ${project.name} encrypts its S3 logs.`)
        : fail(resource, `Project ${project.name} writes its S3 logs with encryption disabled.`);
    }),
});
