import { createHash } from 'node:crypto';
import { DEMO_ACCOUNTS } from '@orgscan/aws';
import {
  acct,
  acctRegion,
  DEFAULT_REGIONS,
  type ExpectedFinding,
  SCANNED_ACCOUNTS,
  SCP_DENIED_REGION,
} from './expected-finding.js';

const { prodWeb, devSandbox } = DEMO_ACCOUNTS;

/** The CloudFront checks (global: one evaluation per account), by the FSBP control each decides. */
const CLOUDFRONT = {
  rootObject: 'cloudfront-distribution-default-root-object-configured',
  viewerHttps: 'cloudfront-distribution-viewer-https-required',
  failover: 'cloudfront-distribution-origin-failover-configured',
  logging: 'cloudfront-distribution-access-logging-enabled',
  waf: 'cloudfront-distribution-waf-associated',
  customCertificate: 'cloudfront-distribution-custom-certificate-used',
  sni: 'cloudfront-distribution-sni-used',
  originHttps: 'cloudfront-distribution-origin-traffic-encrypted',
  originSsl: 'cloudfront-distribution-origin-ssl-protocols-not-deprecated',
  s3Oac: 'cloudfront-distribution-s3-origin-access-control-used',
  tlsPolicy: 'cloudfront-distribution-tls-policy-recommended',
  lambdaOac: 'cloudfront-distribution-lambda-origin-access-control-used',
} as const;

const distribution = (account: string, id: string) => `arn:aws:cloudfront::${account}:distribution/${id}`;

/**
 * prod-web's four distributions, check by check: [E1PRODWEBSITE, E2LEGACYPORTAL, E3KIOSKCLIENTS,
 * E4DOCSPORTAL]; null where the control does not evaluate the distribution (no custom origin, no Lambda
 * function URL origin, the default certificate, dedicated IPs).
 */
const PROD_WEB_DISTRIBUTIONS = ['E1PRODWEBSITE', 'E2LEGACYPORTAL', 'E3KIOSKCLIENTS', 'E4DOCSPORTAL'];
const PROD_WEB_RESULTS: Readonly<Record<string, readonly (string | null)[]>> = {
  [CLOUDFRONT.rootObject]: ['PASS', 'FAIL', 'PASS', 'PASS'],
  [CLOUDFRONT.viewerHttps]: ['PASS', 'FAIL', 'PASS', 'PASS'],
  [CLOUDFRONT.failover]: ['PASS', 'FAIL', 'PASS', 'PASS'],
  [CLOUDFRONT.logging]: ['PASS', 'FAIL', 'PASS', 'PASS'],
  [CLOUDFRONT.waf]: ['PASS', 'FAIL', 'PASS', 'PASS'],
  [CLOUDFRONT.customCertificate]: ['PASS', 'FAIL', 'PASS', 'PASS'],
  [CLOUDFRONT.sni]: ['PASS', null, 'FAIL', 'PASS'],
  [CLOUDFRONT.originHttps]: ['PASS', 'FAIL', null, null],
  [CLOUDFRONT.originSsl]: ['PASS', 'FAIL', null, null],
  [CLOUDFRONT.s3Oac]: ['PASS', 'FAIL', 'PASS', 'PASS'],
  [CLOUDFRONT.tlsPolicy]: ['PASS', null, null, 'FAIL'],
  [CLOUDFRONT.lambdaOac]: ['PASS', 'FAIL', null, null],
};

/** Every CloudFront check in every scanned account: prod-web's distributions, else one PASS (none). */
function cloudFrontRows(): ExpectedFinding[] {
  const rows: ExpectedFinding[] = [];
  for (const account of SCANNED_ACCOUNTS) {
    for (const check of Object.values(CLOUDFRONT)) {
      if (account !== prodWeb) {
        rows.push([account, check, acct(account), 'PASS']);
        continue;
      }
      PROD_WEB_RESULTS[check]!.forEach((status, index) => {
        if (status)
          rows.push([account, check, distribution(account, PROD_WEB_DISTRIBUTIONS[index]!), status]);
      });
    }
  }
  return rows;
}

/** The regional checks (Elastic Load Balancing, ACM), by the FSBP control each decides. */
const REGIONAL = {
  httpRedirect: 'elbv2-alb-http-redirected-to-https',
  invalidHeaders: 'elbv2-alb-invalid-headers-dropped',
  accessLogs: 'elb-load-balancer-access-logging-enabled',
  deletionProtection: 'elbv2-load-balancer-deletion-protection-enabled',
  albDesync: 'elbv2-alb-desync-mitigation-defensive',
  multiAz: 'elbv2-load-balancer-multi-az',
  listenerPolicy: 'elbv2-listener-tls-policy-recommended',
  listenerEncrypted: 'elbv2-listener-encrypted',
  acmCertificate: 'elb-load-balancer-acm-certificate-used',
  classicListeners: 'elb-load-balancer-listeners-encrypted',
  draining: 'elb-load-balancer-connection-draining-enabled',
  classicPolicy: 'elb-load-balancer-tls-policy-predefined',
  crossZone: 'elb-load-balancer-cross-zone-enabled',
  classicMultiAz: 'elb-load-balancer-multi-az',
  classicDesync: 'elb-load-balancer-desync-mitigation-defensive',
  certificateExpiry: 'acm-certificate-not-expiring-30-days',
  certificateRsaKey: 'acm-certificate-rsa-key-2048-bits',
} as const;

/** The simulator's ARN ids: the first 16 hex digits of a SHA-256, as stable as AWS's own. */
const hexId = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);
const PROD_WEB_ELB = `arn:aws:elasticloadbalancing:us-east-1:${prodWeb}`;
const alb = (name: string, kind = 'app') =>
  `${PROD_WEB_ELB}:loadbalancer/${kind}/${name}/${hexId(`${prodWeb}/us-east-1/${name}`)}`;
/** The listener at `index` in the load balancer's list. */
const listener = (loadBalancerArn: string, index: number) =>
  `${loadBalancerArn.replace(':loadbalancer/', ':listener/')}/${hexId(`${loadBalancerArn}/${index}`)}`;
const clb = (name: string) => `${PROD_WEB_ELB}:loadbalancer/${name}`;

const certificate = (id: string) =>
  `arn:aws:acm:us-east-1:${prodWeb}:certificate/4f4f4f4f-0000-4000-8000-00000000000${id}`;
const GOOD_ALB = alb('prod-web-alb');
const LEGACY_ALB = alb('legacy-alb');
const NLB = alb('prod-web-nlb', 'net');

/** prod-web's load balancers and certificates in us-east-1 (the only planted ones): [check, resource, status]. */
const PLANTED_REGIONAL: readonly [check: string, resource: string, status: string][] = [
  [REGIONAL.httpRedirect, GOOD_ALB, 'PASS'],
  // Its HTTP listener redirects by default, but a path rule forwards plain HTTP.
  [REGIONAL.httpRedirect, LEGACY_ALB, 'FAIL'],
  [REGIONAL.invalidHeaders, GOOD_ALB, 'PASS'],
  [REGIONAL.invalidHeaders, LEGACY_ALB, 'FAIL'],
  [REGIONAL.accessLogs, GOOD_ALB, 'PASS'],
  [REGIONAL.accessLogs, LEGACY_ALB, 'FAIL'],
  [REGIONAL.accessLogs, clb('checkout-clb'), 'PASS'],
  [REGIONAL.accessLogs, clb('legacy-shop'), 'FAIL'],
  [REGIONAL.deletionProtection, GOOD_ALB, 'PASS'],
  [REGIONAL.deletionProtection, LEGACY_ALB, 'FAIL'],
  [REGIONAL.deletionProtection, NLB, 'PASS'],
  [REGIONAL.albDesync, GOOD_ALB, 'PASS'],
  [REGIONAL.albDesync, LEGACY_ALB, 'FAIL'],
  [REGIONAL.multiAz, GOOD_ALB, 'PASS'],
  [REGIONAL.multiAz, LEGACY_ALB, 'FAIL'],
  [REGIONAL.multiAz, NLB, 'PASS'],
  [REGIONAL.listenerPolicy, listener(GOOD_ALB, 1), 'PASS'],
  [REGIONAL.listenerPolicy, listener(LEGACY_ALB, 1), 'FAIL'],
  [REGIONAL.listenerPolicy, listener(NLB, 0), 'PASS'],
  // HTTP listeners fail even when they redirect, as AWS evaluates REGIONAL.18.
  [REGIONAL.listenerEncrypted, listener(GOOD_ALB, 0), 'FAIL'],
  [REGIONAL.listenerEncrypted, listener(GOOD_ALB, 1), 'PASS'],
  [REGIONAL.listenerEncrypted, listener(LEGACY_ALB, 0), 'FAIL'],
  [REGIONAL.listenerEncrypted, listener(LEGACY_ALB, 1), 'PASS'],
  [REGIONAL.listenerEncrypted, listener(NLB, 0), 'PASS'],
  ...[
    REGIONAL.acmCertificate,
    REGIONAL.classicListeners,
    REGIONAL.draining,
    REGIONAL.classicPolicy,
    REGIONAL.crossZone,
    REGIONAL.classicMultiAz,
    REGIONAL.classicDesync,
  ].flatMap((check): [string, string, string][] => [
    [check, clb('checkout-clb'), 'PASS'],
    [check, clb('legacy-shop'), 'FAIL'],
  ]),
  [REGIONAL.certificateExpiry, certificate('1'), 'PASS'],
  [REGIONAL.certificateExpiry, certificate('2'), 'FAIL'],
  [REGIONAL.certificateExpiry, certificate('3'), 'PASS'],
  [REGIONAL.certificateRsaKey, certificate('1'), 'PASS'],
  [REGIONAL.certificateRsaKey, certificate('2'), 'FAIL'],
];

/**
 * Every regional check in every region of every scanned account: prod-web's planted resources in us-east-1, else
 * one result on the region — PASS elsewhere but in dev-sandbox's SCP-denied sa-east-1 (not evaluated) (none).
 */
function regionalRows(): ExpectedFinding[] {
  const rows: ExpectedFinding[] = [];
  for (const account of SCANNED_ACCOUNTS) {
    const regions = account === devSandbox ? [...DEFAULT_REGIONS, 'eu-south-1'] : DEFAULT_REGIONS;
    for (const region of regions) {
      for (const check of Object.values(REGIONAL)) {
        if (account === prodWeb && region === 'us-east-1') {
          for (const [planted, resource, status] of PLANTED_REGIONAL) {
            if (planted === check) rows.push([account, check, resource, status]);
          }
          continue;
        }
        const denied = account === devSandbox && region === SCP_DENIED_REGION;
        if (!denied) rows.push([account, check, acctRegion(account, region), 'PASS']);
      }
    }
  }
  return rows;
}

/** FSBP group 3 (CloudFront, Elastic Load Balancing, ACM): the demo organization's planted posture. */
export const EXPECTED_FSBP_G3: ExpectedFinding[] = [...cloudFrontRows(), ...regionalRows()];

/** The checks this group covers: the test compares exactly their findings with EXPECTED_FSBP_G3. */
export const FSBP_G3_CHECKS: string[] = [...Object.values(CLOUDFRONT), ...Object.values(REGIONAL)];
