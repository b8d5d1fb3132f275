import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';

/** FSBP RDS.43: RDS Proxies refuse connections that do not use TLS (RequireTLS). */
export const rdsProxyTlsRequired = defineCheck({
  id: 'rds-proxy-tls-required',
  title: 'RDS proxies require TLS for connections',
  service: 'rds',
  severity: 'medium',
  scope: 'regional',
  requires: ['rds.proxies'],
  compliance: { 'aws-fsbp': ['RDS.43'] },
  remediation: {
    text: 'Require TLS on the proxy so every client connection to it is encrypted.',
    cli: 'aws rds modify-db-proxy --db-proxy-name <proxy> --require-tls',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy.howitworks.html#rds-proxy-security.tls',
  },
  evaluate(ctx) {
    const proxies = ctx.slice('rds.proxies');
    if (proxies.length === 0) return [pass(ctx.scopeResource, `No RDS proxy in ${ctx.region}.`)];
    return proxies.map((proxy) => {
      const resource = { id: proxy.arn, type: 'AwsRdsDbProxy' };
      return proxy.requireTls
        ? pass(resource, `RDS proxy ${proxy.name} requires TLS.`)
        : fail(resource, `RDS proxy ${proxy.name} accepts connections without TLS.`);
    });
  },
});
