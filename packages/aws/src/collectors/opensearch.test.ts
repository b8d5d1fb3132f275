import { DescribeDomainCommand, ListDomainNamesCommand, OpenSearchClient } from '@aws-sdk/client-opensearch';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AwsApi } from '../aws-api.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { opensearchDomainsCollector } from './opensearch.js';

const opensearchMock = mockClient(OpenSearchClient);

beforeEach(() => {
  opensearchMock.reset();
});

afterAll(() => {
  opensearchMock.restore();
});

const context = (api: AwsApi): CollectorContext => ({
  api,
  accountId: TEST_ACCOUNT_ID,
  partition: 'aws',
  region: 'us-east-1',
  sleep: async () => {},
});

const domainArn = (name: string) => `arn:aws:es:us-east-1:${TEST_ACCOUNT_ID}:domain/${name}`;

describe('opensearchDomainsCollector', () => {
  it('lists every domain whatever its engine and normalizes each one’s configuration', async () => {
    opensearchMock.on(ListDomainNamesCommand).resolves({
      DomainNames: [
        { DomainName: 'search', EngineType: 'OpenSearch' },
        { DomainName: 'legacy-logs', EngineType: 'Elasticsearch' },
      ],
    });
    opensearchMock.on(DescribeDomainCommand, { DomainName: 'search' }).resolves({
      DomainStatus: {
        DomainId: `${TEST_ACCOUNT_ID}/search`,
        DomainName: 'search',
        ARN: domainArn('search'),
        EngineVersion: 'OpenSearch_2.19',
        ClusterConfig: {
          InstanceCount: 3,
          ZoneAwarenessEnabled: true,
          DedicatedMasterEnabled: true,
          DedicatedMasterCount: 3,
        },
        VPCOptions: { VPCId: 'vpc-0a1b2c3d', SubnetIds: ['subnet-1'] },
        EncryptionAtRestOptions: { Enabled: true },
        NodeToNodeEncryptionOptions: { Enabled: true },
        DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10' },
        AdvancedSecurityOptions: { Enabled: true },
        LogPublishingOptions: {
          AUDIT_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:1:log-group:a' },
          ES_APPLICATION_LOGS: {
            Enabled: true,
            CloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:1:log-group:e',
          },
          // Turned off: publishing disabled, the log group kept.
          SEARCH_SLOW_LOGS: {
            Enabled: false,
            CloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:1:log-group:s',
          },
        },
        ServiceSoftwareOptions: { UpdateAvailable: false },
      },
    });
    // What DescribeDomain answers for an Elasticsearch domain created without options.
    opensearchMock.on(DescribeDomainCommand, { DomainName: 'legacy-logs' }).resolves({
      DomainStatus: {
        DomainId: `${TEST_ACCOUNT_ID}/legacy-logs`,
        DomainName: 'legacy-logs',
        ARN: domainArn('legacy-logs'),
        EngineVersion: 'Elasticsearch_6.8',
        ClusterConfig: { InstanceCount: 1, DedicatedMasterEnabled: false, DedicatedMasterCount: 3 },
        Endpoint: 'search-legacy-logs.us-east-1.es.amazonaws.com',
        EncryptionAtRestOptions: { Enabled: false },
        DomainEndpointOptions: { EnforceHTTPS: false, TLSSecurityPolicy: 'Policy-Min-TLS-1-0-2019-07' },
        ServiceSoftwareOptions: { UpdateAvailable: true },
      },
    });

    const domains = await opensearchDomainsCollector.collect(context(mockedApi().api));

    expect(domains).toEqual([
      {
        arn: domainArn('search'),
        name: 'search',
        config: {
          ok: true,
          value: {
            engineVersion: 'OpenSearch_2.19',
            encryptionAtRest: true,
            nodeToNodeEncryption: true,
            inVpc: true,
            enforceHttps: true,
            tlsSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10',
            instanceCount: 3,
            zoneAwareness: true,
            dedicatedMasterCount: 3,
            fineGrainedAccessControl: true,
            logsToCloudWatch: ['AUDIT_LOGS', 'ES_APPLICATION_LOGS'],
            updateAvailable: false,
          },
        },
      },
      {
        arn: domainArn('legacy-logs'),
        name: 'legacy-logs',
        config: {
          ok: true,
          value: {
            engineVersion: 'Elasticsearch_6.8',
            encryptionAtRest: false,
            nodeToNodeEncryption: false,
            inVpc: false,
            enforceHttps: false,
            tlsSecurityPolicy: 'Policy-Min-TLS-1-0-2019-07',
            instanceCount: 1,
            zoneAwareness: false,
            // A count without DedicatedMasterEnabled is no dedicated master.
            dedicatedMasterCount: 0,
            fineGrainedAccessControl: false,
            logsToCloudWatch: [],
            updateAvailable: true,
          },
        },
      },
    ]);
    // No engine filter: both engines are listed.
    expect(opensearchMock.commandCalls(ListDomainNamesCommand)[0]?.args[0].input).toEqual({});
  });

  it('keeps a domain whose configuration is unreadable with its AWS code, and drops one deleted since the listing', async () => {
    opensearchMock.on(ListDomainNamesCommand).resolves({
      DomainNames: [{ DomainName: 'locked' }, { DomainName: 'gone' }],
    });
    opensearchMock
      .on(DescribeDomainCommand, { DomainName: 'locked' })
      .rejects(awsError('AccessDeniedException', 403));
    opensearchMock
      .on(DescribeDomainCommand, { DomainName: 'gone' })
      .rejects(awsError('ResourceNotFoundException', 409));

    expect(await opensearchDomainsCollector.collect(context(mockedApi().api))).toEqual([
      {
        arn: domainArn('locked'),
        name: 'locked',
        config: { ok: false, code: 'AccessDeniedException', operation: 'opensearch:DescribeDomain' },
      },
    ]);
  });

  it('fails the slice with the AWS code when ListDomainNames is denied', async () => {
    opensearchMock.on(ListDomainNamesCommand).rejects(awsError('AccessDeniedException', 403));
    await expect(opensearchDomainsCollector.collect(context(mockedApi().api))).rejects.toMatchObject({
      code: 'AccessDeniedException',
      operation: 'opensearch:ListDomainNames',
    });
  });
});
