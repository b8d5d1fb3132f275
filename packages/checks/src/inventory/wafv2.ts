import type { ReadResult } from './read-result.js';

/** An AWS WAF (v2) web ACL (ListWebACLs), with its rule count read on its own (GetWebACL). */
export interface Wafv2WebAcl {
  readonly arn: string;
  readonly name: string;
  /** REGIONAL, or CLOUDFRONT for the web ACLs CloudFront distributions use (listed in us-east-1). */
  readonly scope: 'REGIONAL' | 'CLOUDFRONT';
  /** How many rules (each a statement or a rule group reference) the web ACL has. */
  readonly ruleCount: ReadResult<number>;
}
