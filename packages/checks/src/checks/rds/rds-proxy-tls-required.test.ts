import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { RdsProxy } from '../../inventory/rds.js';
import { rdsProxyTlsRequired } from './rds-proxy-tls-required.js';

const proxy = (name: string, requireTls: boolean): RdsProxy => ({
  arn: `arn:aws:rds:us-east-1:111111111111:db-proxy:prx-${name}`,
  name,
  engineFamily: 'POSTGRESQL',
  requireTls,
});

const run = (...proxies: RdsProxy[]) =>
  evaluate(rdsProxyTlsRequired, new InventoryBuilder().regional('us-east-1', 'rds.proxies', proxies).build());

describe('rds-proxy-tls-required', () => {
  it('passes the region without proxies', () => {
    expect(run()).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('passes a proxy that requires TLS and fails one that does not, naming it', () => {
    expect(run(proxy('orders', true), proxy('reports', false))).toMatchObject([
      { status: 'PASS', resourceType: 'AwsRdsDbProxy', resourceId: proxy('orders', true).arn },
      { status: 'FAIL', message: 'RDS proxy reports accepts connections without TLS.' },
    ]);
  });

  it('is an ERROR when the proxies cannot be described', () => {
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'rds.proxies', 'AccessDenied', 'rds:DescribeDBProxies')
      .build();
    expect(evaluate(rdsProxyTlsRequired, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
