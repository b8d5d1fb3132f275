import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { ecrRepositoriesCollector } from '../../collectors/ecr.js';
import { ecsTaskDefinitionsCollector } from '../../collectors/ecs.js';
import { opensearchDomainsCollector } from '../../collectors/opensearch.js';
import { callSimulated } from '../../test-support/simulated-call.js';
import { openSimulatedMemberAccount } from '../../test-support/simulated-member-account.js';
import { demoFsbpG4Services } from '../demo/fsbp-g4-demo.js';
import { DEMO_ACCOUNTS, demoOrganization } from '../demo-org.js';
import type { SimulatedAccount } from '../org-description.js';
import { type AccountServices, AccountServicesSchema } from '../state/account-services.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const ORG = demoOrganization();
const ACCOUNT_ID = '123456789012';

function caller(services: AccountServices = {}): SimulatedAccount {
  return { ...ORG.accounts[0]!, id: ACCOUNT_ID, services };
}

function call(operation: string, input: object, account = caller(), region = 'us-east-1') {
  return callSimulated(operation, { org: ORG, caller: account, region, input, now: NOW });
}

describe('simulated FSBP group g4 services: an account nobody configured', () => {
  it('has no OpenSearch domain', () => {
    expect(call('opensearch:ListDomainNames', {})).toEqual({ DomainNames: [] });
    expect(() => call('opensearch:DescribeDomain', { DomainName: 'missing' })).toThrow(
      expect.objectContaining({ name: 'ResourceNotFoundException' }),
    );
  });
});

describe('simulated ECR', () => {
  const account = caller({ ecr: { regions: { 'us-east-1': { repositories: [{ name: 'plain' }] } } } });

  it('has no repository and basic scanning without rules in a fresh account', () => {
    expect(call('ecr:DescribeRepositories', {})).toEqual({ repositories: [] });
    expect(call('ecr:GetRegistryScanningConfiguration', {}).scanningConfiguration).toEqual({
      scanType: 'BASIC',
      rules: [],
    });
  });

  it('gives a repository created without options mutable tags, no scan on push and no lifecycle policy', () => {
    expect(call('ecr:DescribeRepositories', {}, account).repositories).toMatchObject([
      {
        repositoryArn: `arn:aws:ecr:us-east-1:${ACCOUNT_ID}:repository/plain`,
        repositoryName: 'plain',
        imageTagMutability: 'MUTABLE',
        imageScanningConfiguration: { scanOnPush: false },
      },
    ]);
    expect(() => call('ecr:GetLifecyclePolicy', { repositoryName: 'plain' }, account)).toThrow(
      expect.objectContaining({ name: 'LifecyclePolicyNotFoundException' }),
    );
    expect(() => call('ecr:GetLifecyclePolicy', { repositoryName: 'missing' }, account)).toThrow(
      expect.objectContaining({ name: 'RepositoryNotFoundException' }),
    );
  });

  it('pages repositories like AWS', () => {
    const many = caller({
      ecr: { regions: { 'us-east-1': { repositories: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] } } },
    });
    const first = call('ecr:DescribeRepositories', { maxResults: 2 }, many);
    expect(first.repositories.map((r: { repositoryName: string }) => r.repositoryName)).toEqual(['a', 'b']);
    const second = call('ecr:DescribeRepositories', { maxResults: 2, nextToken: first.nextToken }, many);
    expect(second.repositories.map((r: { repositoryName: string }) => r.repositoryName)).toEqual(['c']);
    expect(second.nextToken).toBeUndefined();
  });
});

describe('simulated OpenSearch Service', () => {
  const account = caller({
    opensearch: {
      regions: {
        'eu-west-1': {
          domains: [{ name: 'plain' }, { name: 'legacy', engineVersion: 'Elasticsearch_7.10' }],
        },
      },
    },
  });

  it('lists the domains of the region with their engine, and filters by engine as AWS does', () => {
    expect(call('opensearch:ListDomainNames', {}, account, 'eu-west-1').DomainNames).toEqual([
      { DomainName: 'plain', EngineType: 'OpenSearch' },
      { DomainName: 'legacy', EngineType: 'Elasticsearch' },
    ]);
    expect(
      call('opensearch:ListDomainNames', { EngineType: 'Elasticsearch' }, account, 'eu-west-1').DomainNames,
    ).toEqual([{ DomainName: 'legacy', EngineType: 'Elasticsearch' }]);
    expect(call('opensearch:ListDomainNames', {}, account, 'us-east-1').DomainNames).toEqual([]);
  });

  it('gives a domain created without options the defaults of CreateDomain', () => {
    const status = call(
      'opensearch:DescribeDomain',
      { DomainName: 'plain' },
      account,
      'eu-west-1',
    ).DomainStatus;
    expect(status).toMatchObject({
      ARN: `arn:aws:es:eu-west-1:${ACCOUNT_ID}:domain/plain`,
      EngineVersion: 'OpenSearch_2.19',
      Endpoint: 'search-plain.eu-west-1.es.amazonaws.com',
      ClusterConfig: { InstanceCount: 1, ZoneAwarenessEnabled: false, DedicatedMasterEnabled: false },
      EncryptionAtRestOptions: { Enabled: false },
      NodeToNodeEncryptionOptions: { Enabled: false },
      DomainEndpointOptions: { EnforceHTTPS: false, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' },
      AdvancedSecurityOptions: { Enabled: false },
      LogPublishingOptions: {},
      ServiceSoftwareOptions: { UpdateAvailable: false },
    });
    expect(status.VPCOptions).toBeUndefined();
  });
});

describe('the demo organization (FSBP group g4)', () => {
  it('plants states that match the schema', () => {
    for (const id of Object.values(DEMO_ACCOUNTS)) {
      expect([...Value.Errors(AccountServicesSchema, demoFsbpG4Services(id))], id).toEqual([]);
    }
  });

  it('gives prod-data a compliant OpenSearch domain and a legacy Elasticsearch one in us-east-1', async () => {
    const account = await openSimulatedMemberAccount(ORG, DEMO_ACCOUNTS.prodData, NOW);
    try {
      const domains = await opensearchDomainsCollector.collect(account.context('us-east-1'));
      expect(domains.map((domain) => [domain.name, domain.config.ok])).toEqual([
        ['orders-search', true],
        ['legacy-logs', true],
      ]);
      expect(domains[0]?.config).toMatchObject({
        value: {
          inVpc: true,
          tlsSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10',
          dedicatedMasterCount: 3,
          logsToCloudWatch: ['AUDIT_LOGS', 'ES_APPLICATION_LOGS'],
        },
      });
      expect(domains[1]?.config).toMatchObject({
        value: {
          engineVersion: 'Elasticsearch_6.8',
          inVpc: false,
          encryptionAtRest: false,
          updateAvailable: true,
        },
      });
      await expect(opensearchDomainsCollector.collect(account.context('eu-west-1'))).resolves.toEqual([]);
    } finally {
      account.close();
    }
  });

  it('gives prod-web an ECR repository that does what FSBP asks and one created without options', async () => {
    const account = await openSimulatedMemberAccount(ORG, DEMO_ACCOUNTS.prodWeb, NOW);
    try {
      const repositories = await ecrRepositoriesCollector.collect(account.context('us-east-1'));
      expect(
        repositories.map(({ name, imageTagMutability, scanOnPush, hasLifecyclePolicy }) => [
          name,
          imageTagMutability,
          scanOnPush,
          hasLifecyclePolicy,
        ]),
      ).toEqual([
        ['web/frontend', 'IMMUTABLE', true, { ok: true, value: true }],
        ['web/scratch', 'MUTABLE', false, { ok: true, value: false }],
      ]);
    } finally {
      account.close();
    }
  });

  it('gives the demo task definitions the modes and container settings FSBP judges, defaults elsewhere', async () => {
    const sandbox = await openSimulatedMemberAccount(ORG, DEMO_ACCOUNTS.devSandbox, NOW);
    const shared = await openSimulatedMemberAccount(ORG, DEMO_ACCOUNTS.sharedServices, NOW);
    try {
      const definitions = await ecsTaskDefinitionsCollector.collect(sandbox.context('us-east-1'));
      expect(
        definitions.map(({ family, networkMode, pidMode, containers }) => [
          family,
          networkMode,
          pidMode,
          containers.map(({ name, privileged, user, readonlyRootFilesystem, logDriver }) => ({
            name,
            privileged,
            user,
            readonlyRootFilesystem,
            logDriver,
          })),
        ]),
      ).toEqual([
        [
          'sandbox-worker',
          'bridge',
          'host',
          [{ name: 'worker', privileged: true, user: null, readonlyRootFilesystem: false, logDriver: null }],
        ],
        [
          'sandbox-web',
          'bridge',
          null,
          [
            {
              name: 'web',
              privileged: false,
              user: null,
              readonlyRootFilesystem: true,
              logDriver: 'awslogs',
            },
          ],
        ],
      ]);
      const [proxy] = await ecsTaskDefinitionsCollector.collect(shared.context('us-west-2'));
      expect([proxy?.family, proxy?.networkMode, proxy?.containers[0]?.user]).toEqual([
        'shared-proxy',
        'host',
        null,
      ]);
    } finally {
      sandbox.close();
      shared.close();
    }
  });
});
