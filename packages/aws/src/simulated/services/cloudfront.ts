import type * as CloudFront from '@aws-sdk/client-cloudfront';
import type { SimulatedAccount } from '../org-description.js';
import { simulatedError } from '../simulated-error.js';
import type { SimulatedDistribution } from '../state/cloudfront-state.js';
import { page, requiredParameter } from './simulated-answers.js';
import type { SimulatedAnswer, SimulatedOperation, SimulatedService } from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof CloudFront>> = SimulatedAnswer<typeof CloudFront, Op>;

function distributions(account: SimulatedAccount): readonly SimulatedDistribution[] {
  return account.services?.cloudfront?.distributions ?? [];
}

const listOf = <T>(items: T[]) => ({ Quantity: items.length, Items: items });

function origins(distribution: SimulatedDistribution): CloudFront.Origins {
  return listOf(
    distribution.origins.map(
      (origin): CloudFront.Origin => ({
        Id: origin.id,
        DomainName: origin.domainName,
        OriginPath: '',
        CustomHeaders: listOf([]),
        ...(origin.type === 's3'
          ? { S3OriginConfig: { OriginAccessIdentity: '' } }
          : {
              CustomOriginConfig: {
                HTTPPort: 80,
                HTTPSPort: 443,
                OriginProtocolPolicy: origin.protocolPolicy ?? 'https-only',
                OriginSslProtocols: listOf((origin.sslProtocols ?? ['TLSv1.2']) as CloudFront.SslProtocol[]),
              },
            }),
        OriginAccessControlId: origin.originAccessControlId ?? '',
      }),
    ),
  );
}

function viewerCertificate(distribution: SimulatedDistribution): CloudFront.ViewerCertificate {
  const certificate = distribution.certificate;
  if (!certificate) {
    return {
      CloudFrontDefaultCertificate: true,
      MinimumProtocolVersion: 'TLSv1',
      CertificateSource: 'cloudfront',
    };
  }
  return {
    CloudFrontDefaultCertificate: false,
    ACMCertificateArn: certificate.acmCertificateArn,
    Certificate: certificate.acmCertificateArn,
    CertificateSource: 'acm',
    SSLSupportMethod: certificate.sslSupportMethod ?? 'sni-only',
    MinimumProtocolVersion: (certificate.minimumProtocolVersion ??
      'TLSv1.2_2021') as CloudFront.MinimumProtocolVersion,
  };
}

function defaultCacheBehavior(distribution: SimulatedDistribution): CloudFront.DefaultCacheBehavior {
  return {
    TargetOriginId: distribution.origins[0]?.id ?? '',
    ViewerProtocolPolicy: distribution.viewerProtocolPolicy ?? 'allow-all',
  };
}

function cacheBehaviors(distribution: SimulatedDistribution): CloudFront.CacheBehaviors {
  return listOf(
    (distribution.cacheBehaviors ?? []).map((behavior) => ({
      PathPattern: behavior.pathPattern,
      TargetOriginId: behavior.targetOriginId,
      ViewerProtocolPolicy: behavior.viewerProtocolPolicy,
    })),
  );
}

function originGroups(distribution: SimulatedDistribution): CloudFront.OriginGroups {
  return listOf(
    (distribution.originGroups ?? []).map((group) => ({
      Id: group.id,
      FailoverCriteria: { StatusCodes: listOf([500, 502, 503, 504]) },
      Members: listOf(group.members.map((OriginId) => ({ OriginId }))),
    })),
  );
}

/** Simulated CloudFront: the distributions of `services.cloudfront`, answered from the global endpoint. */
export const simulatedCloudFront = {
  ListDistributions: (request): Answer<'ListDistributions'> => {
    const all = distributions(request.caller);
    const size = Math.min(Number(request.input.MaxItems ?? 100), 100);
    const { items, next } = page(all, request.input.Marker, size);
    return {
      DistributionList: {
        Marker: request.input.Marker ?? '',
        MaxItems: size,
        IsTruncated: next !== undefined,
        ...(next ? { NextMarker: next } : {}),
        Quantity: items.length,
        Items: items.map((distribution) => ({
          Id: distribution.id,
          ARN: `arn:aws:cloudfront::${request.caller.id}:distribution/${distribution.id}`,
          Status: 'Deployed',
          LastModifiedTime: request.now,
          DomainName: `${distribution.id.toLowerCase()}.cloudfront.net`,
          Aliases: listOf([]),
          Origins: origins(distribution),
          OriginGroups: originGroups(distribution),
          DefaultCacheBehavior: defaultCacheBehavior(distribution),
          CacheBehaviors: cacheBehaviors(distribution),
          CustomErrorResponses: listOf([]),
          Comment: '',
          PriceClass: 'PriceClass_All',
          Enabled: true,
          ViewerCertificate: viewerCertificate(distribution),
          Restrictions: { GeoRestriction: { RestrictionType: 'none', Quantity: 0 } },
          WebACLId: distribution.webAclId ?? '',
          HttpVersion: 'http2',
          IsIPV6Enabled: true,
          Staging: false,
        })),
      },
    };
  },
  GetDistributionConfig: (request): Answer<'GetDistributionConfig'> => {
    const id = requiredParameter(request.input.Id, 'Id');
    const distribution = distributions(request.caller).find((candidate) => candidate.id === id);
    if (!distribution) {
      throw simulatedError('NoSuchDistribution', 'The specified distribution does not exist.', 404);
    }
    return {
      ETag: `E${distribution.id}`,
      DistributionConfig: {
        CallerReference: distribution.id,
        DefaultRootObject: distribution.defaultRootObject ?? '',
        Origins: origins(distribution),
        OriginGroups: originGroups(distribution),
        DefaultCacheBehavior: defaultCacheBehavior(distribution),
        CacheBehaviors: cacheBehaviors(distribution),
        Comment: '',
        Logging: {
          Enabled: distribution.logging === true,
          IncludeCookies: false,
          Bucket: distribution.logging ? 'cloudfront-logs.s3.amazonaws.com' : '',
          Prefix: '',
        },
        PriceClass: 'PriceClass_All',
        Enabled: true,
        ViewerCertificate: viewerCertificate(distribution),
        WebACLId: distribution.webAclId ?? '',
        HttpVersion: 'http2',
        IsIPV6Enabled: true,
      },
    };
  },
} satisfies SimulatedService<typeof CloudFront>;
