import { DescribeDBProxiesCommand, RDSClient } from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AwsApi } from '../aws-api.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { rdsProxiesCollector } from './rds-proxies.js';

const rdsMock = mockClient(RDSClient);

beforeEach(() => {
  rdsMock.reset();
});

afterAll(() => {
  rdsMock.restore();
});

const context = (api: AwsApi): CollectorContext => ({
  api,
  accountId: TEST_ACCOUNT_ID,
  partition: 'aws',
  region: 'us-east-1',
  sleep: async () => {},
});

const proxyArn = (id: string) => `arn:aws:rds:us-east-1:${TEST_ACCOUNT_ID}:db-proxy:${id}`;

describe('rdsProxiesCollector', () => {
  it('pages with Marker and keeps whether each proxy requires TLS', async () => {
    rdsMock
      .on(DescribeDBProxiesCommand)
      .resolves({
        DBProxies: [
          { DBProxyArn: proxyArn('prx-1'), DBProxyName: 'orders', EngineFamily: 'MYSQL', RequireTLS: true },
        ],
        Marker: 'm2',
      })
      .on(DescribeDBProxiesCommand, { Marker: 'm2' })
      .resolves({
        DBProxies: [{ DBProxyArn: proxyArn('prx-2'), DBProxyName: 'reports' }, { DBProxyName: 'no-arn' }],
      });

    expect(await rdsProxiesCollector.collect(context(mockedApi().api))).toEqual([
      { arn: proxyArn('prx-1'), name: 'orders', engineFamily: 'MYSQL', requireTls: true },
      { arn: proxyArn('prx-2'), name: 'reports', engineFamily: 'unknown', requireTls: false },
    ]);
    expect(rdsMock.commandCalls(DescribeDBProxiesCommand).map((call) => call.args[0].input)).toEqual([
      { MaxRecords: 100 },
      { MaxRecords: 100, Marker: 'm2' },
    ]);
  });

  it('fails the slice with the AWS code when DescribeDBProxies is denied', async () => {
    rdsMock.on(DescribeDBProxiesCommand).rejects(awsError('AccessDenied', 403));
    await expect(rdsProxiesCollector.collect(context(mockedApi().api))).rejects.toMatchObject({
      code: 'AccessDenied',
      operation: 'rds:DescribeDBProxies',
    });
  });
});
