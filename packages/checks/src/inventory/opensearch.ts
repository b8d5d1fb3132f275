import type { ReadResult } from './read-result.js';

/**
 * An OpenSearch Service domain of the region (ListDomainNames, then DescribeDomain). The OpenSearch API
 * lists every domain, whichever engine it runs: OpenSearch or legacy Elasticsearch.
 */
export interface OpensearchDomain {
  readonly arn: string;
  readonly name: string;
  /** The domain's configuration; read on its own, so one unreadable domain does not hide the others. */
  readonly config: ReadResult<OpensearchDomainConfig>;
}

/** What the checks read of a domain's DescribeDomain answer, normalized. */
export interface OpensearchDomainConfig {
  /** `OpenSearch_2.19`, `Elasticsearch_7.10`. */
  readonly engineVersion: string | null;
  readonly encryptionAtRest: boolean;
  readonly nodeToNodeEncryption: boolean;
  /** Placed in a VPC (VPCOptions with a VPC): no public endpoint. */
  readonly inVpc: boolean;
  readonly enforceHttps: boolean;
  /** `Policy-Min-TLS-1-2-PFS-2023-10`, ...; null when AWS reports none. */
  readonly tlsSecurityPolicy: string | null;
  /** Data nodes. */
  readonly instanceCount: number;
  readonly zoneAwareness: boolean;
  /** Dedicated master (primary) nodes; 0 when dedicated masters are off. */
  readonly dedicatedMasterCount: number;
  /** Fine-grained access control (AdvancedSecurityOptions.Enabled). */
  readonly fineGrainedAccessControl: boolean;
  /** Log types published to CloudWatch Logs (enabled, with a log group): ES_APPLICATION_LOGS, AUDIT_LOGS, ... */
  readonly logsToCloudWatch: readonly string[];
  /** A service software update is available (ServiceSoftwareOptions.UpdateAvailable). */
  readonly updateAvailable: boolean;
}
