import { BatchGetProjectsCommand, CodeBuildClient, ListProjectsCommand } from '@aws-sdk/client-codebuild';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AwsApi } from '../aws-api.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import { codebuildProjectsCollector } from './codebuild.js';
import type { CollectorContext } from './collector.js';

const codebuildMock = mockClient(CodeBuildClient);

beforeEach(() => {
  codebuildMock.reset();
});

afterAll(() => {
  codebuildMock.restore();
});

const context = (api: AwsApi): CollectorContext => ({
  api,
  accountId: TEST_ACCOUNT_ID,
  partition: 'aws',
  region: 'us-east-1',
  sleep: async () => {},
});

const arn = (name: string) => `arn:aws:codebuild:us-east-1:${TEST_ACCOUNT_ID}:project/${name}`;
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const TOKEN = 'ATBBexampletoken0123456789';

describe('codebuildProjectsCollector', () => {
  it('lists every page, describes the projects and keeps only the judged settings, never URLs or values', async () => {
    codebuildMock
      .on(ListProjectsCommand)
      .resolvesOnce({ projects: ['safe'], nextToken: 'page-2' })
      .resolves({ projects: ['leaky'] });
    codebuildMock.on(BatchGetProjectsCommand).resolves({
      projects: [
        {
          name: 'safe',
          arn: arn('safe'),
          source: { type: 'BITBUCKET', location: 'https://bitbucket.org/team/app.git' },
          environment: {
            type: 'LINUX_CONTAINER',
            image: 'aws/codebuild/standard:7.0',
            computeType: 'BUILD_GENERAL1_SMALL',
            environmentVariables: [
              { name: 'AWS_SECRET_ACCESS_KEY', value: '/build/secret', type: 'PARAMETER_STORE' },
              { name: 'STAGE', value: 'prod', type: 'PLAINTEXT' },
            ],
          },
          logsConfig: {
            cloudWatchLogs: { status: 'ENABLED' },
            s3Logs: { status: 'ENABLED', location: 'logs-bucket/safe', encryptionDisabled: false },
          },
        },
        {
          name: 'leaky',
          arn: arn('leaky'),
          source: { type: 'GITHUB', location: `https://user:${TOKEN}@github.com/team/app.git` },
          secondarySources: [
            {
              type: 'BITBUCKET',
              sourceIdentifier: 'libs',
              location: `https://x-token-auth:${TOKEN}@bitbucket.org/team/libs.git`,
            },
            { type: 'BITBUCKET', location: 'https://someone@bitbucket.org/team/other.git' },
            { type: 'S3', location: 'bucket/key.zip' },
          ],
          environment: {
            type: 'LINUX_CONTAINER',
            image: 'aws/codebuild/standard:7.0',
            computeType: 'BUILD_GENERAL1_SMALL',
            environmentVariables: [
              { name: 'AWS_SECRET_ACCESS_KEY', value: SECRET, type: 'PLAINTEXT' },
              { name: 'AWS_ACCESS_KEY_ID', value: 'AKIAIOSFODNN7EXAMPLE' },
            ],
          },
          logsConfig: {
            cloudWatchLogs: { status: 'DISABLED' },
            s3Logs: { status: 'ENABLED', location: 'logs-bucket/leaky', encryptionDisabled: true },
          },
        },
      ],
    });
    const entries = await codebuildProjectsCollector.collect(context(mockedApi().api));
    expect(entries).toEqual([
      {
        arn: arn('safe'),
        name: 'safe',
        configuration: {
          ok: true,
          value: {
            sourcesWithUrlCredentials: [],
            plaintextAwsCredentialVariables: [],
            cloudWatchLogsEnabled: true,
            s3Logs: { enabled: true, encrypted: true },
          },
        },
      },
      {
        arn: arn('leaky'),
        name: 'leaky',
        configuration: {
          ok: true,
          value: {
            // GitHub is outside CodeBuild.1; a user name alone is not a credential.
            sourcesWithUrlCredentials: ['libs'],
            plaintextAwsCredentialVariables: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'],
            cloudWatchLogsEnabled: false,
            s3Logs: { enabled: true, encrypted: false },
          },
        },
      },
    ]);
    expect(JSON.stringify(entries)).not.toContain(SECRET);
    expect(JSON.stringify(entries)).not.toContain(TOKEN);
  });

  it('describes at most 100 projects per BatchGetProjects call and drops projects deleted since the listing', async () => {
    const names = Array.from({ length: 150 }, (_, index) => `p${index}`);
    codebuildMock.on(ListProjectsCommand).resolves({ projects: names });
    codebuildMock.on(BatchGetProjectsCommand).callsFake((input: { names: string[] }) => ({
      projects: input.names.filter((name) => name !== 'p7').map((name) => ({ name, arn: arn(name) })),
      projectsNotFound: input.names.filter((name) => name === 'p7'),
    }));
    const entries = await codebuildProjectsCollector.collect(context(mockedApi().api));
    const batches = codebuildMock
      .commandCalls(BatchGetProjectsCommand)
      .map((call) => call.args[0].input.names);
    expect(batches.map((batch) => batch?.length)).toEqual([100, 50]);
    expect(entries).toHaveLength(149);
    expect(entries.map((entry) => entry.name)).not.toContain('p7');
    // A project described without logsConfig has neither log destination.
    expect(entries[0]?.configuration).toEqual({
      ok: true,
      value: {
        sourcesWithUrlCredentials: [],
        plaintextAwsCredentialVariables: [],
        cloudWatchLogsEnabled: false,
        s3Logs: { enabled: false, encrypted: true },
      },
    });
  });

  it('keeps a failing BatchGetProjects as the error of its projects', async () => {
    codebuildMock.on(ListProjectsCommand).resolves({ projects: ['locked'] });
    codebuildMock.on(BatchGetProjectsCommand).rejects(awsError('AccessDeniedException', 400));
    expect(await codebuildProjectsCollector.collect(context(mockedApi().api))).toEqual([
      {
        arn: arn('locked'),
        name: 'locked',
        configuration: { ok: false, code: 'AccessDeniedException', operation: 'codebuild:BatchGetProjects' },
      },
    ]);
  });

  it('fails the slice with the AWS code when ListProjects is denied', async () => {
    codebuildMock.on(ListProjectsCommand).rejects(awsError('AccessDenied', 403));
    await expect(codebuildProjectsCollector.collect(context(mockedApi().api))).rejects.toMatchObject({
      code: 'AccessDenied',
      operation: 'codebuild:ListProjects',
    });
  });
});
