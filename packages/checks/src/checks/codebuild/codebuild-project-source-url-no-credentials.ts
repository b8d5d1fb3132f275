import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { judgeCodebuildProjects } from './codebuild-project-results.js';

/**
 * FSBP CodeBuild.1: FAIL when a primary or secondary Bitbucket source URL embeds credentials (a user name
 * with a password or access token). The URL is never kept; the evidence names the sources only.
 */
export const codebuildProjectSourceUrlNoCredentials = defineCheck({
  id: 'codebuild-project-source-url-no-credentials',
  title: 'CodeBuild Bitbucket source repository URLs do not contain credentials',
  service: 'codebuild',
  severity: 'critical',
  scope: 'regional',
  requires: ['codebuild.projects'],
  compliance: { 'aws-fsbp': ['CodeBuild.1'] },
  remediation: {
    text: 'Remove the credentials from the source URL and connect Bitbucket through a CodeConnections connection or OAuth, then rotate the exposed token or password.',
    cli: 'aws codebuild update-project --name <project> --source type=BITBUCKET,location=https://bitbucket.org/<workspace>/<repository>.git',
    url: 'https://docs.aws.amazon.com/codebuild/latest/userguide/access-tokens-bitbucket.html',
  },
  evaluate: (ctx) =>
    judgeCodebuildProjects(ctx, (project, configuration, resource) => {
      const sources = configuration.sourcesWithUrlCredentials;
      return sources.length === 0
        ? pass(resource, `Project ${project.name} has no Bitbucket source URL with credentials.`)
        : fail(
            resource,
            `Project ${project.name} embeds credentials in the URL of its Bitbucket source ${sources.join(', ')}.`,
            { sources },
          );
    }),
});
