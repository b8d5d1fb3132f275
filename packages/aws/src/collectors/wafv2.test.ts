import { GetWebACLCommand, ListWebACLsCommand, WAFV2Client } from '@aws-sdk/client-wafv2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AwsApi } from '../aws-api.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { wafv2WebAclsCollector } from './wafv2.js';

const wafv2Mock = mockClient(WAFV2Client);

beforeEach(() => {
  wafv2Mock.reset();
});

afterAll(() => {
  wafv2Mock.restore();
});

const context = (api: AwsApi, region: string): CollectorContext => ({
  api,
  accountId: TEST_ACCOUNT_ID,
  partition: 'aws',
  region,
  sleep: async () => {},
});

const arn = (region: string, scope: string, name: string) =>
  `arn:aws:wafv2:${region}:${TEST_ACCOUNT_ID}:${scope}/webacl/${name}/id-${name}`;
const summary = (region: string, scope: string, name: string) => ({
  Name: name,
  Id: `id-${name}`,
  ARN: arn(region, scope, name),
});
const rule = (name: string) => ({
  Name: name,
  Priority: 0,
  Statement: {},
  VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: name },
});

describe('wafv2WebAclsCollector', () => {
  it('lists every page of REGIONAL web ACLs with their rule counts, and no CLOUDFRONT ones outside us-east-1', async () => {
    wafv2Mock
      .on(ListWebACLsCommand)
      .resolvesOnce({ WebACLs: [summary('eu-west-1', 'regional', 'api')], NextMarker: 'page-2' })
      .resolves({ WebACLs: [summary('eu-west-1', 'regional', 'empty')] });
    wafv2Mock
      .on(GetWebACLCommand, { Name: 'api' })
      .resolves({ WebACL: { Rules: [rule('a'), rule('b')] } as never });
    wafv2Mock.on(GetWebACLCommand, { Name: 'empty' }).resolves({ WebACL: { Rules: [] } as never });

    expect(await wafv2WebAclsCollector.collect(context(mockedApi().api, 'eu-west-1'))).toEqual([
      {
        arn: arn('eu-west-1', 'regional', 'api'),
        name: 'api',
        scope: 'REGIONAL',
        ruleCount: { ok: true, value: 2 },
      },
      {
        arn: arn('eu-west-1', 'regional', 'empty'),
        name: 'empty',
        scope: 'REGIONAL',
        ruleCount: { ok: true, value: 0 },
      },
    ]);
    expect(wafv2Mock.commandCalls(ListWebACLsCommand).map((call) => call.args[0].input)).toEqual([
      { Scope: 'REGIONAL', Limit: 100 },
      { Scope: 'REGIONAL', Limit: 100, NextMarker: 'page-2' },
    ]);
    expect(wafv2Mock.commandCalls(GetWebACLCommand).map((call) => call.args[0].input)).toEqual([
      { Name: 'api', Id: 'id-api', Scope: 'REGIONAL' },
      { Name: 'empty', Id: 'id-empty', Scope: 'REGIONAL' },
    ]);
  });

  it('also lists the CLOUDFRONT web ACLs in us-east-1, reading each in its own scope', async () => {
    wafv2Mock.on(ListWebACLsCommand, { Scope: 'REGIONAL' }).resolves({ WebACLs: [] });
    wafv2Mock
      .on(ListWebACLsCommand, { Scope: 'CLOUDFRONT' })
      .resolves({ WebACLs: [summary('us-east-1', 'global', 'cdn')] });
    wafv2Mock
      .on(GetWebACLCommand, { Scope: 'CLOUDFRONT', Name: 'cdn' })
      .resolves({ WebACL: { Rules: [rule('a')] } as never });

    expect(await wafv2WebAclsCollector.collect(context(mockedApi().api, 'us-east-1'))).toEqual([
      {
        arn: arn('us-east-1', 'global', 'cdn'),
        name: 'cdn',
        scope: 'CLOUDFRONT',
        ruleCount: { ok: true, value: 1 },
      },
    ]);
  });

  it('keeps an unreadable web ACL as its own error and drops one deleted since the listing', async () => {
    wafv2Mock.on(ListWebACLsCommand).resolves({
      WebACLs: [summary('eu-west-1', 'regional', 'locked'), summary('eu-west-1', 'regional', 'gone')],
    });
    wafv2Mock.on(GetWebACLCommand, { Name: 'locked' }).rejects(awsError('AccessDeniedException', 400));
    wafv2Mock.on(GetWebACLCommand, { Name: 'gone' }).rejects(awsError('WAFNonexistentItemException', 400));

    expect(await wafv2WebAclsCollector.collect(context(mockedApi().api, 'eu-west-1'))).toEqual([
      {
        arn: arn('eu-west-1', 'regional', 'locked'),
        name: 'locked',
        scope: 'REGIONAL',
        ruleCount: { ok: false, code: 'AccessDeniedException', operation: 'wafv2:GetWebACL' },
      },
    ]);
  });

  it('fails the slice with the AWS code when ListWebACLs is denied', async () => {
    wafv2Mock.on(ListWebACLsCommand).rejects(awsError('AccessDeniedException', 400));
    await expect(wafv2WebAclsCollector.collect(context(mockedApi().api, 'eu-west-1'))).rejects.toMatchObject({
      code: 'AccessDeniedException',
      operation: 'wafv2:ListWebACLs',
    });
  });
});
