import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { judgeCodebuildProjects } from './codebuild-project-results.js';

/**
 * FSBP CodeBuild.2: FAIL when a PLAINTEXT environment variable is named AWS_ACCESS_KEY_ID or
 * AWS_SECRET_ACCESS_KEY. Parameter Store and Secrets Manager variables pass: they only name the secret.
 */
export const codebuildProjectEnvNoPlaintextAwsCredentials = defineCheck({
  id: 'codebuild-project-env-no-plaintext-aws-credentials',
  title: 'CodeBuild project environment variables do not hold AWS credentials in clear text',
  service: 'codebuild',
  severity: 'critical',
  scope: 'regional',
  requires: ['codebuild.projects'],
  compliance: { 'aws-fsbp': ['CodeBuild.2'] },
  remediation: {
    text: 'Give the project a service role instead of access keys (or keep them in Parameter Store or Secrets Manager), then deactivate the exposed keys.',
    cli: 'aws codebuild update-project --name <project> --environment file://environment-without-keys.json',
    url: 'https://docs.aws.amazon.com/codebuild/latest/userguide/build-spec-ref.html#build-spec.env',
  },
  evaluate: (ctx) =>
    judgeCodebuildProjects(ctx, (project, configuration, resource) => {
      const variables = configuration.plaintextAwsCredentialVariables;
      return variables.length === 0
        ? pass(resource, `Project ${project.name} has no AWS credential in a plaintext environment variable.`)
        : fail(
            resource,
            `Project ${project.name} holds AWS credentials in plaintext environment variables ${variables.join(', ')}.`,
            { variables },
          );
    }),
});
