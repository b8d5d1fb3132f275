import {
  type DistributionConfig,
  GetDistributionConfigCommand,
  ListDistributionsCommand,
  type Origin,
} from '@aws-sdk/client-cloudfront';
import type {
  CloudFrontDistribution,
  CloudFrontDistributionConfig,
  CloudFrontOriginKind,
} from '@orgscan/checks';
import type { GlobalCollector } from './collector.js';
import { collectList } from './list-collector.js';
import { readField } from './read-field.js';

/** Lambda function URLs are served from `<url-id>.lambda-url.<region>.on.aws`. */
const LAMBDA_URL_DOMAIN = /\.lambda-url\.[a-z0-9-]+\.on\.aws$/;

function originKind(origin: Origin): CloudFrontOriginKind {
  if (origin.S3OriginConfig) return 's3';
  return LAMBDA_URL_DOMAIN.test(origin.DomainName ?? '') ? 'lambda-url' : 'custom';
}

function normalizedConfig(config: Partial<DistributionConfig>): CloudFrontDistributionConfig {
  const certificate = config.ViewerCertificate;
  // Without a ViewerCertificate block CloudFront serves its own *.cloudfront.net certificate.
  const cloudFrontDefault =
    certificate?.CloudFrontDefaultCertificate === true ||
    (!certificate?.ACMCertificateArn && !certificate?.IAMCertificateId);
  return {
    defaultRootObject: config.DefaultRootObject ? config.DefaultRootObject : null,
    origins: (config.Origins?.Items ?? []).map((origin) => ({
      id: origin.Id ?? '',
      domainName: origin.DomainName ?? '',
      kind: originKind(origin),
      originAccessControlId: origin.OriginAccessControlId ? origin.OriginAccessControlId : null,
      protocolPolicy: origin.CustomOriginConfig?.OriginProtocolPolicy ?? null,
      sslProtocols: origin.CustomOriginConfig?.OriginSslProtocols?.Items ?? [],
    })),
    originGroups: (config.OriginGroups?.Items ?? []).map((group) => ({
      id: group.Id ?? '',
      memberCount: group.Members?.Items?.length ?? 0,
    })),
    cacheBehaviors: [
      ...(config.DefaultCacheBehavior
        ? [
            {
              pathPattern: null,
              targetOriginId: config.DefaultCacheBehavior.TargetOriginId ?? '',
              viewerProtocolPolicy: config.DefaultCacheBehavior.ViewerProtocolPolicy ?? 'allow-all',
            },
          ]
        : []),
      ...(config.CacheBehaviors?.Items ?? []).map((behavior) => ({
        pathPattern: behavior.PathPattern ?? '',
        targetOriginId: behavior.TargetOriginId ?? '',
        viewerProtocolPolicy: behavior.ViewerProtocolPolicy ?? 'allow-all',
      })),
    ],
    loggingEnabled: config.Logging?.Enabled === true,
    webAclId: config.WebACLId ? config.WebACLId : null,
    viewerCertificate: {
      cloudFrontDefault,
      sslSupportMethod: cloudFrontDefault ? null : (certificate?.SSLSupportMethod ?? null),
      minimumProtocolVersion: certificate?.MinimumProtocolVersion ?? null,
    },
  };
}

/**
 * The account's CloudFront distributions (ListDistributions, all pages), each with its configuration
 * (GetDistributionConfig): the list's summaries lack the default root object and the logging settings.
 */
export const cloudFrontDistributionsCollector: GlobalCollector<'cloudfront.distributions'> = {
  slice: 'cloudfront.distributions',
  collect: ({ api, region }) =>
    collectList({
      listPage: (marker) =>
        api.call(region, 'cloudfront', new ListDistributionsCommand({ Marker: marker, MaxItems: 100 })),
      nextToken: (page) =>
        page.DistributionList?.IsTruncated ? page.DistributionList.NextMarker : undefined,
      items: (page) => page.DistributionList?.Items,
      entry: async (summary): Promise<CloudFrontDistribution | null> => {
        if (!summary.ARN || !summary.Id) return null;
        const id = summary.Id;
        const config = await readField('cloudfront:GetDistributionConfig', async () => {
          const answer = await api.call(region, 'cloudfront', new GetDistributionConfigCommand({ Id: id }));
          return normalizedConfig(answer.DistributionConfig ?? {});
        });
        // Deleted between the listing and the read: it no longer exists.
        if (!config.ok && config.code === 'NoSuchDistribution') return null;
        return { arn: summary.ARN, id, domainName: summary.DomainName ?? '', config };
      },
    }),
};
