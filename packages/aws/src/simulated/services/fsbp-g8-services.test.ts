import { describe, expect, it } from 'vitest';
import { codebuildProjectsCollector } from '../../collectors/codebuild.js';
import { sagemakerNotebookInstancesCollector } from '../../collectors/sagemaker.js';
import { callSimulated } from '../../test-support/simulated-call.js';
import { openSimulatedMemberAccount } from '../../test-support/simulated-member-account.js';
import { DEMO_ACCOUNTS, demoOrganization } from '../demo-org.js';
import type { SimulatedAccount } from '../org-description.js';
import type { AccountServices } from '../state/account-services.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const ORG = demoOrganization();
const ACCOUNT_ID = '123456789012';

function caller(services: AccountServices = {}): SimulatedAccount {
  return { ...ORG.accounts[0]!, id: ACCOUNT_ID, services };
}

function call(operation: string, input: object, account = caller(), region = 'us-east-1') {
  return callSimulated(operation, { org: ORG, caller: account, region, input, now: NOW });
}

describe('simulated CodeBuild', () => {
  it('has no project in a fresh account', () => {
    expect(call('codebuild:ListProjects', {})).toEqual({ projects: [] });
    expect(call('codebuild:BatchGetProjects', { names: ['missing'] })).toEqual({
      projects: [],
      projectsNotFound: ['missing'],
    });
  });

  it('gives a project created without options CloudWatch Logs, no S3 logs and no source', () => {
    const account = caller({ codebuild: { regions: { 'us-east-1': { projects: [{ name: 'plain' }] } } } });
    expect(call('codebuild:BatchGetProjects', { names: ['plain'] }, account).projects).toMatchObject([
      {
        name: 'plain',
        arn: `arn:aws:codebuild:us-east-1:${ACCOUNT_ID}:project/plain`,
        source: { type: 'NO_SOURCE' },
        environment: { environmentVariables: [] },
        logsConfig: { cloudWatchLogs: { status: 'ENABLED' }, s3Logs: { status: 'DISABLED' } },
      },
    ]);
    expect(call('codebuild:ListProjects', {}, account, 'eu-west-1')).toEqual({ projects: [] });
  });

  it('pages project names by 100 and refuses more than 100 names in one batch', () => {
    const names = Array.from({ length: 101 }, (_, index) => `p${index}`);
    const account = caller({
      codebuild: { regions: { 'us-east-1': { projects: names.map((name) => ({ name })) } } },
    });
    const first = call('codebuild:ListProjects', {}, account);
    expect(first.projects).toHaveLength(100);
    const second = call('codebuild:ListProjects', { nextToken: first.nextToken }, account);
    expect(second).toEqual({ projects: ['p100'] });
    expect(() => call('codebuild:BatchGetProjects', { names }, account)).toThrow(
      expect.objectContaining({ name: 'InvalidInputException' }),
    );
  });

  it('plants the demo projects of prod-web, read back by the collector without secrets', async () => {
    const account = await openSimulatedMemberAccount(ORG, DEMO_ACCOUNTS.prodWeb, NOW);
    try {
      const projects = await codebuildProjectsCollector.collect(account.context('us-east-1'));
      expect(projects.map((project) => [project.name, project.configuration])).toEqual([
        ['web-build', { ok: true, value: expect.objectContaining({ sourcesWithUrlCredentials: [] }) }],
        [
          'legacy-build',
          {
            ok: true,
            value: {
              sourcesWithUrlCredentials: ['primary'],
              plaintextAwsCredentialVariables: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'],
              cloudWatchLogsEnabled: false,
              s3Logs: { enabled: true, encrypted: false },
            },
          },
        ],
        ['nightly-report', { ok: true, value: expect.objectContaining({ cloudWatchLogsEnabled: false }) }],
      ]);
      expect(JSON.stringify(projects)).not.toMatch(/AKIA|ATBB|wJalr/);
    } finally {
      await account.close();
    }
  });
});

describe('simulated SageMaker notebook instances', () => {
  it('has no notebook instance in a fresh account', () => {
    expect(call('sagemaker:ListNotebookInstances', {})).toEqual({ NotebookInstances: [] });
    expect(() => call('sagemaker:DescribeNotebookInstance', { NotebookInstanceName: 'missing' })).toThrow(
      expect.objectContaining({ name: 'ValidationException' }),
    );
  });

  it('gives an instance created without options direct internet and root access, outside any VPC', () => {
    const account = caller({
      sagemaker: { regions: { 'us-east-1': { notebookInstances: [{ name: 'Plain' }] } } },
    });
    expect(call('sagemaker:ListNotebookInstances', {}, account).NotebookInstances).toMatchObject([
      {
        NotebookInstanceName: 'Plain',
        NotebookInstanceArn: `arn:aws:sagemaker:us-east-1:${ACCOUNT_ID}:notebook-instance/plain`,
      },
    ]);
    const described = call('sagemaker:DescribeNotebookInstance', { NotebookInstanceName: 'Plain' }, account);
    expect(described).toMatchObject({
      DirectInternetAccess: 'Enabled',
      RootAccess: 'Enabled',
      PlatformIdentifier: 'notebook-al2023-v1',
    });
    expect(described.SubnetId).toBeUndefined();
  });

  it('pages notebook instances like AWS', () => {
    const account = caller({
      sagemaker: {
        regions: { 'us-east-1': { notebookInstances: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] } },
      },
    });
    const first = call('sagemaker:ListNotebookInstances', { MaxResults: 2 }, account);
    expect(first.NotebookInstances).toHaveLength(2);
    const second = call(
      'sagemaker:ListNotebookInstances',
      { MaxResults: 2, NextToken: first.NextToken },
      account,
    );
    expect(
      second.NotebookInstances.map((n: { NotebookInstanceName: string }) => n.NotebookInstanceName),
    ).toEqual(['c']);
    expect(second.NextToken).toBeUndefined();
  });

  it('plants the demo notebook instances of prod-data', async () => {
    const account = await openSimulatedMemberAccount(ORG, DEMO_ACCOUNTS.prodData, NOW);
    try {
      const notebooks = await sagemakerNotebookInstancesCollector.collect(account.context('us-east-1'));
      expect(notebooks.map((notebook) => [notebook.name, notebook.settings])).toEqual([
        [
          'ml-research',
          {
            ok: true,
            value: {
              directInternetAccess: false,
              subnetId: 'subnet-0d0e0f0a0b0c00001',
              rootAccess: false,
              platformIdentifier: 'notebook-al2023-v1',
            },
          },
        ],
        [
          'legacy-notebook',
          {
            ok: true,
            value: {
              directInternetAccess: true,
              subnetId: null,
              rootAccess: true,
              platformIdentifier: 'notebook-al2-v2',
            },
          },
        ],
      ]);
    } finally {
      await account.close();
    }
  });
});
