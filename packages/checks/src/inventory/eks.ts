import type { ReadResult } from './read-result.js';

/** What DescribeCluster tells about an EKS cluster that FSBP judges. */
export interface EksClusterSettings {
  /** The Kubernetes minor version of the control plane, e.g. "1.31". */
  readonly version: string;
  /** resourcesVpcConfig.endpointPublicAccess: whether the API server endpoint is reachable from the internet. */
  readonly endpointPublicAccess: boolean;
  /** The KMS key that envelope-encrypts Kubernetes secrets (an encryptionConfig covering "secrets"); null: none. */
  readonly secretsKmsKeyArn: string | null;
  /** Control plane log types sent to CloudWatch Logs (api, audit, authenticator, controllerManager, scheduler). */
  readonly enabledLogTypes: readonly string[];
}

/** Where a Kubernetes version stands in the EKS release calendar (DescribeClusterVersions). */
export interface EksVersionSupport {
  readonly status: 'STANDARD_SUPPORT' | 'EXTENDED_SUPPORT' | 'UNSUPPORTED';
  /** ISO 8601 dates; null when EKS gives none. */
  readonly endOfStandardSupport: string | null;
  readonly endOfExtendedSupport: string | null;
}

/** An EKS cluster of the region (ListClusters), with its settings read on their own (DescribeCluster). */
export interface EksCluster {
  readonly arn: string;
  readonly name: string;
  readonly settings: ReadResult<EksClusterSettings>;
  /**
   * Where the cluster's Kubernetes version stands, from one DescribeClusterVersions call per region for the
   * versions its clusters run; null: EKS does not list the version any more (or DescribeCluster failed, so
   * the version is unknown).
   */
  readonly versionSupport: ReadResult<EksVersionSupport | null>;
}
