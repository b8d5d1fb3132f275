import type { ReadResult } from './read-result.js';

/**
 * How CloudFront reaches an origin: `s3` is a bucket's REST endpoint (S3OriginConfig), `lambda-url` a Lambda
 * function URL (`*.lambda-url.<region>.on.aws`), `custom` any other custom origin (an S3 website endpoint,
 * a load balancer, a server). Lambda URLs and other custom origins both have a CustomOriginConfig.
 */
export type CloudFrontOriginKind = 's3' | 'lambda-url' | 'custom';

export interface CloudFrontOrigin {
  readonly id: string;
  readonly domainName: string;
  readonly kind: CloudFrontOriginKind;
  /** The origin access control (OAC) signing requests to the origin; null without one. */
  readonly originAccessControlId: string | null;
  /** Custom origins: http-only, match-viewer or https-only; null for S3 origins. */
  readonly protocolPolicy: string | null;
  /** Custom origins: the SSL/TLS protocols CloudFront may use with the origin (SSLv3, TLSv1, ...). */
  readonly sslProtocols: readonly string[];
}

/** A cache behavior: the default one (pathPattern null) or one for a path pattern. */
export interface CloudFrontCacheBehavior {
  readonly pathPattern: string | null;
  readonly targetOriginId: string;
  /** allow-all, redirect-to-https or https-only. */
  readonly viewerProtocolPolicy: string;
}

/** The certificate CloudFront shows viewers. */
export interface CloudFrontViewerCertificate {
  /** The *.cloudfront.net certificate rather than one of the account's (ACM or IAM). */
  readonly cloudFrontDefault: boolean;
  /** Custom certificates: sni-only, vip (dedicated IP) or static-ip; null with the default certificate. */
  readonly sslSupportMethod: string | null;
  /** The viewer security policy, e.g. TLSv1.2_2021; null when AWS does not report one. */
  readonly minimumProtocolVersion: string | null;
}

/** The parts of a distribution's configuration (GetDistributionConfig) the checks judge. */
export interface CloudFrontDistributionConfig {
  /** The object returned for a request to the root URL; null when none is set. */
  readonly defaultRootObject: string | null;
  readonly origins: readonly CloudFrontOrigin[];
  /** Origin groups (failover) with how many origins each holds. */
  readonly originGroups: readonly { readonly id: string; readonly memberCount: number }[];
  /** The default cache behavior first, then the path-pattern ones. */
  readonly cacheBehaviors: readonly CloudFrontCacheBehavior[];
  /** Standard (legacy) access logging to S3. */
  readonly loggingEnabled: boolean;
  /** The AWS WAF (or WAF Classic) web ACL; null when none is associated. */
  readonly webAclId: string | null;
  readonly viewerCertificate: CloudFrontViewerCertificate;
}

/** A CloudFront distribution of the account (ListDistributions) with its configuration. */
export interface CloudFrontDistribution {
  readonly arn: string;
  readonly id: string;
  readonly domainName: string;
  readonly config: ReadResult<CloudFrontDistributionConfig>;
}
