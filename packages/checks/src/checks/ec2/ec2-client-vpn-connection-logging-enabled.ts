import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';

/** FSBP EC2.51: every Client VPN endpoint logs client connections to CloudWatch Logs. */
export const ec2ClientVpnConnectionLoggingEnabled = defineCheck({
  id: 'ec2-client-vpn-connection-logging-enabled',
  title: 'Client VPN endpoints log client connections',
  service: 'ec2',
  severity: 'low',
  scope: 'regional',
  requires: ['ec2.clientVpnEndpoints'],
  compliance: { 'aws-fsbp': ['EC2.51'] },
  remediation: {
    text: 'Turn on connection logging to a CloudWatch Logs log group for the Client VPN endpoint.',
    cli: 'aws ec2 modify-client-vpn-endpoint --client-vpn-endpoint-id <cvpn-endpoint-id> --connection-log-options Enabled=true,CloudwatchLogGroup=<log-group>',
    url: 'https://docs.aws.amazon.com/vpn/latest/clientvpn-admin/connection-logging.html',
  },
  evaluate(ctx) {
    const endpoints = ctx.slice('ec2.clientVpnEndpoints');
    if (endpoints.length === 0) return [pass(ctx.scopeResource, `No Client VPN endpoints in ${ctx.region}.`)];
    return endpoints.map((endpoint) => {
      const resource = { id: endpoint.arn, type: 'AwsEc2ClientVpnEndpoint' };
      const evidence = { connectionLoggingEnabled: endpoint.connectionLoggingEnabled };
      return endpoint.connectionLoggingEnabled
        ? pass(resource, `Client VPN endpoint ${endpoint.id} logs client connections.`, evidence)
        : fail(resource, `Client VPN endpoint ${endpoint.id} does not log client connections.`, evidence);
    });
  },
});
