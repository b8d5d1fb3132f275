import { DescribeDBProxiesCommand } from '@aws-sdk/client-rds';
import type { RdsProxy } from '@orgscan/checks';
import type { RegionalCollector } from './collector.js';
import { collectList } from './list-collector.js';

/** The region's RDS Proxies (DescribeDBProxies, all pages). */
export const rdsProxiesCollector: RegionalCollector<'rds.proxies'> = {
  slice: 'rds.proxies',
  collect: ({ api, region }) =>
    collectList({
      listPage: (marker) =>
        api.call(region, 'rds', new DescribeDBProxiesCommand({ MaxRecords: 100, Marker: marker })),
      nextToken: (page) => page.Marker,
      items: (page) => page.DBProxies,
      entry: (proxy): RdsProxy | null =>
        proxy.DBProxyArn && proxy.DBProxyName
          ? {
              arn: proxy.DBProxyArn,
              name: proxy.DBProxyName,
              engineFamily: proxy.EngineFamily ?? 'unknown',
              requireTls: proxy.RequireTLS ?? false,
            }
          : null,
    }),
};
