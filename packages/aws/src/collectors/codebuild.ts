import { BatchGetProjectsCommand, ListProjectsCommand, type Project } from '@aws-sdk/client-codebuild';
import type { CodebuildProject, CodebuildProjectConfiguration } from '@orgscan/checks';
import { allPages } from '../pagination.js';
import type { RegionalCollector } from './collector.js';
import { readField } from './read-field.js';

/** BatchGetProjects describes at most 100 projects per call. */
const BATCH_SIZE = 100;
const AWS_CREDENTIAL_VARIABLES = new Set(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY']);

/** Whether a repository URL carries a password or token in its user information (user:secret@host). */
function urlEmbedsCredentials(location: string | undefined): boolean {
  if (!location) return false;
  try {
    return new URL(location).password !== '';
  } catch {
    return false; // not a URL (an S3 path, a CodeCommit name...): nothing embedded
  }
}

/** The project's settings FSBP judges; the source URLs and environment values are dropped here. */
function configurationOf(project: Project): CodebuildProjectConfiguration {
  const sources = [
    ...(project.source ? [{ id: 'primary', source: project.source }] : []),
    ...(project.secondarySources ?? []).map((source, index) => ({
      id: source.sourceIdentifier ?? `secondary-${index + 1}`,
      source,
    })),
  ];
  const s3Logs = project.logsConfig?.s3Logs;
  return {
    sourcesWithUrlCredentials: sources
      .filter(({ source }) => source.type === 'BITBUCKET' && urlEmbedsCredentials(source.location))
      .map(({ id }) => id),
    plaintextAwsCredentialVariables: (project.environment?.environmentVariables ?? [])
      .filter(
        (variable) =>
          (variable.type ?? 'PLAINTEXT') === 'PLAINTEXT' &&
          variable.name !== undefined &&
          AWS_CREDENTIAL_VARIABLES.has(variable.name),
      )
      .map((variable) => variable.name as string)
      .sort(),
    cloudWatchLogsEnabled: project.logsConfig?.cloudWatchLogs?.status === 'ENABLED',
    s3Logs: { enabled: s3Logs?.status === 'ENABLED', encrypted: s3Logs?.encryptionDisabled !== true },
  };
}

/**
 * The region's CodeBuild projects (ListProjects, all pages), described by BatchGetProjects in batches of
 * 100. A failing batch is the error of its projects only; a project deleted since the listing (in
 * projectsNotFound) is dropped.
 */
export const codebuildProjectsCollector: RegionalCollector<'codebuild.projects'> = {
  slice: 'codebuild.projects',
  collect: async ({ api, region, accountId, partition }) => {
    const pages = await allPages(
      (token) => api.call(region, 'codebuild', new ListProjectsCommand({ nextToken: token })),
      (page) => page.nextToken,
    );
    const names = pages.flatMap((page) => page.projects ?? []);
    const batches: string[][] = [];
    for (let start = 0; start < names.length; start += BATCH_SIZE) {
      batches.push(names.slice(start, start + BATCH_SIZE));
    }
    const described = await Promise.all(
      batches.map((batch) =>
        readField('codebuild:BatchGetProjects', async () => {
          const answer = await api.call(region, 'codebuild', new BatchGetProjectsCommand({ names: batch }));
          return new Map(
            (answer.projects ?? []).flatMap((project) => (project.name ? [[project.name, project]] : [])),
          );
        }),
      ),
    );
    return batches.flatMap((batch, index) => {
      const read = described[index]!;
      return batch.flatMap((name): CodebuildProject[] => {
        const fallbackArn = `arn:${partition}:codebuild:${region}:${accountId}:project/${name}`;
        if (!read.ok) return [{ arn: fallbackArn, name, configuration: read }];
        const project = read.value.get(name);
        if (!project) return []; // deleted since the listing
        return [
          {
            arn: project.arn ?? fallbackArn,
            name,
            configuration: { ok: true, value: configurationOf(project) },
          },
        ];
      });
    });
  },
};
