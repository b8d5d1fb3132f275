import type * as ElasticLoadBalancing from '@aws-sdk/client-elastic-load-balancing';
import type { SimulatedAccount } from '../org-description.js';
import { simulatedError } from '../simulated-error.js';
import type { SimulatedClassicLoadBalancer } from '../state/elb-state.js';
import { boundedPageSize, page, requiredParameter } from './simulated-answers.js';
import type { SimulatedAnswer, SimulatedOperation, SimulatedService } from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof ElasticLoadBalancing>> = SimulatedAnswer<
  typeof ElasticLoadBalancing,
  Op
>;

const isSecure = (protocol: string) => protocol === 'HTTPS' || protocol === 'SSL';
/** The SSL negotiation policy the console creates for a secure listener. */
const sslPolicyName = (port: number) => `ELBSecurityPolicy-listener-${port}`;

function loadBalancers(account: SimulatedAccount, region: string): readonly SimulatedClassicLoadBalancer[] {
  return account.services?.elb?.regions[region] ?? [];
}

function findLoadBalancer(request: { caller: SimulatedAccount; region: string }, name: string) {
  const lb = loadBalancers(request.caller, request.region).find((candidate) => candidate.name === name);
  if (!lb)
    throw simulatedError('LoadBalancerNotFound', `There is no ACTIVE Load Balancer named '${name}'`, 400);
  return lb;
}

/** Simulated Classic Load Balancing: the load balancers of `services.elb.regions.<region>`. */
export const simulatedElb = {
  DescribeLoadBalancers: (request): Answer<'DescribeLoadBalancers'> => {
    const { caller, region, input } = request;
    const size = boundedPageSize(input.PageSize, 400, 1, 400, 'PageSize');
    const { items, next } = page(loadBalancers(caller, region), input.Marker, size);
    return {
      LoadBalancerDescriptions: items.map((lb) => ({
        LoadBalancerName: lb.name,
        DNSName: `${lb.name}-1234567890.${region}.elb.amazonaws.com`,
        Scheme: 'internet-facing',
        CreatedTime: request.now,
        AvailabilityZones: (lb.zones ?? ['a', 'b']).map((zone) => `${region}${zone}`),
        ListenerDescriptions: lb.listeners.map((listener) => ({
          Listener: {
            Protocol: listener.protocol,
            LoadBalancerPort: listener.port,
            InstanceProtocol: listener.protocol === 'SSL' || listener.protocol === 'TCP' ? 'TCP' : 'HTTP',
            InstancePort: 8080,
            ...(listener.certificateArn ? { SSLCertificateId: listener.certificateArn } : {}),
          },
          PolicyNames: isSecure(listener.protocol) ? [sslPolicyName(listener.port)] : [],
        })),
      })),
      ...(next ? { NextMarker: next } : {}),
    };
  },
  DescribeLoadBalancerAttributes: (request): Answer<'DescribeLoadBalancerAttributes'> => {
    const lb = findLoadBalancer(
      request,
      requiredParameter(request.input.LoadBalancerName, 'LoadBalancerName'),
    );
    return {
      LoadBalancerAttributes: {
        CrossZoneLoadBalancing: { Enabled: lb.crossZoneLoadBalancing ?? true },
        AccessLog: { Enabled: lb.accessLogs ?? false },
        ConnectionDraining: { Enabled: lb.connectionDraining ?? true, Timeout: 300 },
        ConnectionSettings: { IdleTimeout: 60 },
        AdditionalAttributes: [
          { Key: 'elb.http.desyncmitigationmode', Value: lb.desyncMitigationMode ?? 'defensive' },
        ],
      },
    };
  },
  DescribeLoadBalancerPolicies: (request): Answer<'DescribeLoadBalancerPolicies'> => {
    const lb = findLoadBalancer(
      request,
      requiredParameter(request.input.LoadBalancerName, 'LoadBalancerName'),
    );
    return {
      PolicyDescriptions: lb.listeners
        .filter((listener) => isSecure(listener.protocol))
        .map((listener) => ({
          PolicyName: sslPolicyName(listener.port),
          PolicyTypeName: 'SSLNegotiationPolicyType',
          PolicyAttributeDescriptions: [
            {
              AttributeName: 'Reference-Security-Policy',
              AttributeValue: listener.referenceSecurityPolicy ?? 'ELBSecurityPolicy-2016-08',
            },
            { AttributeName: 'Protocol-TLSv1.2', AttributeValue: 'true' },
          ],
        })),
    };
  },
} satisfies SimulatedService<typeof ElasticLoadBalancing>;
