import {
  CloudFrontClient,
  GetDistributionConfigCommand,
  ListDistributionsCommand,
  NoSuchDistribution,
} from '@aws-sdk/client-cloudfront';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import { cloudFrontDistributionsCollector } from './cloudfront.js';
import type { CollectorContext } from './collector.js';

const cloudfront = mockClient(CloudFrontClient);

beforeEach(() => {
  cloudfront.reset();
});

afterAll(() => {
  cloudfront.restore();
});

const context = (): CollectorContext => ({
  api: mockedApi().api,
  accountId: TEST_ACCOUNT_ID,
  partition: 'aws',
  region: 'us-east-1',
  sleep: async () => {},
});
const arn = (id: string) => `arn:aws:cloudfront::${TEST_ACCOUNT_ID}:distribution/${id}`;
const summary = (id: string) => ({ Id: id, ARN: arn(id), DomainName: `${id.toLowerCase()}.cloudfront.net` });
const list = <T>(items: T[]) => ({ Quantity: items.length, Items: items });

describe('cloudFrontDistributionsCollector', () => {
  it('lists every page and normalizes each distribution configuration', async () => {
    cloudfront
      .on(ListDistributionsCommand, { Marker: undefined, MaxItems: 100 })
      .resolves({
        DistributionList: { IsTruncated: true, NextMarker: 'E1', Items: [summary('E1')] },
      } as never)
      .on(ListDistributionsCommand, { Marker: 'E1', MaxItems: 100 })
      .resolves({ DistributionList: { IsTruncated: false, Items: [summary('E2')] } } as never);
    cloudfront
      .on(GetDistributionConfigCommand, { Id: 'E1' })
      .resolves({
        DistributionConfig: {
          DefaultRootObject: 'index.html',
          Origins: list([
            {
              Id: 'site',
              DomainName: 'site.s3.us-east-1.amazonaws.com',
              S3OriginConfig: { OriginAccessIdentity: '' },
              OriginAccessControlId: 'E3OAC',
            },
            {
              Id: 'api',
              DomainName: 'abc123.lambda-url.eu-west-1.on.aws',
              CustomOriginConfig: {
                HTTPPort: 80,
                HTTPSPort: 443,
                OriginProtocolPolicy: 'https-only',
                OriginSslProtocols: list(['TLSv1.2']),
              },
              OriginAccessControlId: '',
            },
            {
              Id: 'legacy',
              DomainName: 'legacy.example.com',
              CustomOriginConfig: {
                HTTPPort: 80,
                HTTPSPort: 443,
                OriginProtocolPolicy: 'match-viewer',
                OriginSslProtocols: list(['SSLv3', 'TLSv1']),
              },
            },
          ]),
          OriginGroups: list([
            { Id: 'failover', Members: list([{ OriginId: 'site' }, { OriginId: 'api' }]) },
          ]),
          DefaultCacheBehavior: { TargetOriginId: 'site', ViewerProtocolPolicy: 'redirect-to-https' },
          CacheBehaviors: list([
            { PathPattern: '/old/*', TargetOriginId: 'legacy', ViewerProtocolPolicy: 'allow-all' },
          ]),
          Logging: { Enabled: true, Bucket: 'logs.s3.amazonaws.com', IncludeCookies: false, Prefix: '' },
          WebACLId: 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/1',
          ViewerCertificate: {
            CloudFrontDefaultCertificate: false,
            ACMCertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/1',
            SSLSupportMethod: 'sni-only',
            MinimumProtocolVersion: 'TLSv1.2_2021',
          },
        },
      } as never)
      .on(GetDistributionConfigCommand, { Id: 'E2' })
      .resolves({
        DistributionConfig: {
          DefaultRootObject: '',
          Origins: list([
            {
              Id: 'web',
              DomainName: 'web.example.com',
              CustomOriginConfig: { OriginProtocolPolicy: 'http-only' },
            },
          ]),
          DefaultCacheBehavior: { TargetOriginId: 'web', ViewerProtocolPolicy: 'allow-all' },
          Logging: { Enabled: false },
          WebACLId: '',
          ViewerCertificate: { CloudFrontDefaultCertificate: true, MinimumProtocolVersion: 'TLSv1' },
        },
      } as never);

    expect(await cloudFrontDistributionsCollector.collect(context())).toEqual([
      {
        arn: arn('E1'),
        id: 'E1',
        domainName: 'e1.cloudfront.net',
        config: {
          ok: true,
          value: {
            defaultRootObject: 'index.html',
            origins: [
              {
                id: 'site',
                domainName: 'site.s3.us-east-1.amazonaws.com',
                kind: 's3',
                originAccessControlId: 'E3OAC',
                protocolPolicy: null,
                sslProtocols: [],
              },
              {
                id: 'api',
                domainName: 'abc123.lambda-url.eu-west-1.on.aws',
                kind: 'lambda-url',
                originAccessControlId: null,
                protocolPolicy: 'https-only',
                sslProtocols: ['TLSv1.2'],
              },
              {
                id: 'legacy',
                domainName: 'legacy.example.com',
                kind: 'custom',
                originAccessControlId: null,
                protocolPolicy: 'match-viewer',
                sslProtocols: ['SSLv3', 'TLSv1'],
              },
            ],
            originGroups: [{ id: 'failover', memberCount: 2 }],
            cacheBehaviors: [
              { pathPattern: null, targetOriginId: 'site', viewerProtocolPolicy: 'redirect-to-https' },
              { pathPattern: '/old/*', targetOriginId: 'legacy', viewerProtocolPolicy: 'allow-all' },
            ],
            loggingEnabled: true,
            webAclId: 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/1',
            viewerCertificate: {
              cloudFrontDefault: false,
              sslSupportMethod: 'sni-only',
              minimumProtocolVersion: 'TLSv1.2_2021',
            },
          },
        },
      },
      {
        arn: arn('E2'),
        id: 'E2',
        domainName: 'e2.cloudfront.net',
        config: {
          ok: true,
          value: {
            defaultRootObject: null,
            origins: [
              {
                id: 'web',
                domainName: 'web.example.com',
                kind: 'custom',
                originAccessControlId: null,
                protocolPolicy: 'http-only',
                sslProtocols: [],
              },
            ],
            originGroups: [],
            cacheBehaviors: [{ pathPattern: null, targetOriginId: 'web', viewerProtocolPolicy: 'allow-all' }],
            loggingEnabled: false,
            webAclId: null,
            viewerCertificate: {
              cloudFrontDefault: true,
              sslSupportMethod: null,
              minimumProtocolVersion: 'TLSv1',
            },
          },
        },
      },
    ]);
  });

  it("keeps one distribution's unreadable configuration as its error, and drops one deleted since the listing", async () => {
    cloudfront
      .on(ListDistributionsCommand)
      .resolves({ DistributionList: { IsTruncated: false, Items: [summary('E1'), summary('E2')] } } as never);
    cloudfront
      .on(GetDistributionConfigCommand, { Id: 'E1' })
      .rejects(awsError('AccessDenied', 403))
      .on(GetDistributionConfigCommand, { Id: 'E2' })
      .rejects(
        new NoSuchDistribution({ message: 'The specified distribution does not exist.', $metadata: {} }),
      );
    expect(await cloudFrontDistributionsCollector.collect(context())).toEqual([
      {
        arn: arn('E1'),
        id: 'E1',
        domainName: 'e1.cloudfront.net',
        config: { ok: false, code: 'AccessDenied', operation: 'cloudfront:GetDistributionConfig' },
      },
    ]);
  });

  it('gives an empty list for an account without distributions', async () => {
    cloudfront
      .on(ListDistributionsCommand)
      .resolves({ DistributionList: { IsTruncated: false, Quantity: 0 } } as never);
    await expect(cloudFrontDistributionsCollector.collect(context())).resolves.toEqual([]);
  });

  it('fails the slice with the AWS code when ListDistributions is denied', async () => {
    cloudfront.on(ListDistributionsCommand).rejects(awsError('AccessDenied', 403));
    await expect(cloudFrontDistributionsCollector.collect(context())).rejects.toMatchObject({
      code: 'AccessDenied',
      operation: 'cloudfront:ListDistributions',
    });
  });
});
