import type { ReadResult } from './read-result.js';

/** The load balancer attributes (DescribeLoadBalancerAttributes) the checks judge. */
export interface Elbv2Attributes {
  /** deletion_protection.enabled */
  readonly deletionProtection: boolean;
  /** access_logs.s3.enabled (Application Load Balancers; false for the other types). */
  readonly accessLogs: boolean;
  /** routing.http.drop_invalid_header_fields.enabled (Application Load Balancers). */
  readonly dropInvalidHeaderFields: boolean;
  /** routing.http.desync_mitigation_mode: monitor, defensive or strictest; null when not reported. */
  readonly desyncMitigationMode: string | null;
}

/** A listener of the load balancer (DescribeListeners). */
export interface Elbv2Listener {
  readonly arn: string;
  readonly port: number | null;
  /** HTTP, HTTPS, TCP, TLS, UDP, TCP_UDP; null for Gateway Load Balancer listeners. */
  readonly protocol: string | null;
  /** HTTPS and TLS listeners: the security policy (ELBSecurityPolicy-...); null otherwise. */
  readonly sslPolicy: string | null;
  /**
   * HTTP listeners of Application Load Balancers: whether every rule, the default one included
   * (DescribeRules), redirects to HTTPS. null for other listeners (not read).
   */
  readonly redirectsToHttps: ReadResult<boolean> | null;
}

/** An Application, Network or Gateway Load Balancer of the region (DescribeLoadBalancers). */
export interface Elbv2LoadBalancer {
  readonly arn: string;
  readonly name: string;
  /** application, network or gateway. */
  readonly type: string;
  /** The number of Availability Zones the load balancer is enabled in. */
  readonly availabilityZones: number;
  readonly attributes: ReadResult<Elbv2Attributes>;
  readonly listeners: ReadResult<readonly Elbv2Listener[]>;
}
