import { DEMO_ACCOUNTS } from '@orgscan/aws';
import { acct, type ExpectedFinding, SCANNED_ACCOUNTS } from './expected-finding.js';

const { prodWeb } = DEMO_ACCOUNTS;

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

/** FSBP group 3 (CloudFront, Elastic Load Balancing): the demo organization's planted posture. */
export const EXPECTED_FSBP_G3: ExpectedFinding[] = [...cloudFrontRows()];

/** The checks this group covers: the test compares exactly their findings with EXPECTED_FSBP_G3. */
export const FSBP_G3_CHECKS: string[] = [...Object.values(CLOUDFRONT)];
