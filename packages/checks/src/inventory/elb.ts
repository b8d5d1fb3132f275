import type { ReadResult } from './read-result.js';

/** A front-end listener of a Classic Load Balancer. */
export interface ElbListener {
  /** HTTP, HTTPS, TCP or SSL. */
  readonly protocol: string;
  readonly port: number;
  /** HTTPS and SSL listeners: the certificate ARN (ACM or IAM server certificate); null otherwise. */
  readonly certificateArn: string | null;
  /** The policies applied to the listener (its SSL negotiation policy among them). */
  readonly policyNames: readonly string[];
}

/** The Classic Load Balancer attributes (DescribeLoadBalancerAttributes) the checks judge. */
export interface ElbAttributes {
  readonly crossZoneLoadBalancing: boolean;
  readonly accessLogs: boolean;
  readonly connectionDraining: boolean;
  /** elb.http.desyncmitigationmode: monitor, defensive or strictest; null when not reported. */
  readonly desyncMitigationMode: string | null;
}

/** An SSL negotiation policy of the load balancer and the predefined policy it was created from. */
export interface ElbSslNegotiationPolicy {
  readonly name: string;
  /** The Reference-Security-Policy attribute (e.g. ELBSecurityPolicy-TLS-1-2-2017-01); null for a custom one. */
  readonly referenceSecurityPolicy: string | null;
}

/** A Classic Load Balancer of the region (DescribeLoadBalancers). */
export interface ElbLoadBalancer {
  /** arn:<partition>:elasticloadbalancing:<region>:<account>:loadbalancer/<name> */
  readonly arn: string;
  readonly name: string;
  readonly availabilityZones: number;
  readonly listeners: readonly ElbListener[];
  readonly attributes: ReadResult<ElbAttributes>;
  /**
   * The SSL negotiation policies (DescribeLoadBalancerPolicies), read for load balancers with an HTTPS or
   * SSL listener; null for the others.
   */
  readonly sslNegotiationPolicies: ReadResult<readonly ElbSslNegotiationPolicy[]> | null;
}

/** Whether a Classic Load Balancer listener terminates TLS (HTTPS or SSL). */
export function isSecureElbListener(listener: ElbListener): boolean {
  return listener.protocol === 'HTTPS' || listener.protocol === 'SSL';
}
