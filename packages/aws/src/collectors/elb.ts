import {
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancerPoliciesCommand,
  DescribeLoadBalancersCommand,
} from '@aws-sdk/client-elastic-load-balancing';
import {
  type ElbListener,
  type ElbLoadBalancer,
  isSecureElbListener,
  type ReadResult,
} from '@orgscan/checks';
import type { RegionalCollector } from './collector.js';
import { collectList } from './list-collector.js';
import { readField } from './read-field.js';

/** The load balancer was deleted between the listing and its own reads. */
function isNotFound(result: ReadResult<unknown> | null): boolean {
  return (
    result !== null &&
    !result.ok &&
    (result.code === 'LoadBalancerNotFound' || result.code === 'AccessPointNotFoundException')
  );
}

/**
 * The region's Classic Load Balancers (DescribeLoadBalancers, all pages) with their listeners, attributes
 * and, for those terminating TLS, their SSL negotiation policies.
 */
export const elbLoadBalancersCollector: RegionalCollector<'elb.loadBalancers'> = {
  slice: 'elb.loadBalancers',
  collect: ({ api, region, accountId, partition }) =>
    collectList({
      listPage: (marker) =>
        api.call(region, 'elb', new DescribeLoadBalancersCommand({ Marker: marker, PageSize: 400 })),
      nextToken: (page) => page.NextMarker,
      items: (page) => page.LoadBalancerDescriptions,
      entry: async (item): Promise<ElbLoadBalancer | null> => {
        const name = item.LoadBalancerName;
        if (!name) return null;
        const listeners = (item.ListenerDescriptions ?? []).flatMap((description): ElbListener[] =>
          description.Listener
            ? [
                {
                  protocol: (description.Listener.Protocol ?? '').toUpperCase(),
                  port: description.Listener.LoadBalancerPort ?? 0,
                  certificateArn: description.Listener.SSLCertificateId ?? null,
                  policyNames: description.PolicyNames ?? [],
                },
              ]
            : [],
        );
        const [attributes, sslNegotiationPolicies] = await Promise.all([
          readField('elb:DescribeLoadBalancerAttributes', async () => {
            const { LoadBalancerAttributes: answer } = await api.call(
              region,
              'elb',
              new DescribeLoadBalancerAttributesCommand({ LoadBalancerName: name }),
            );
            return {
              crossZoneLoadBalancing: answer?.CrossZoneLoadBalancing?.Enabled === true,
              accessLogs: answer?.AccessLog?.Enabled === true,
              connectionDraining: answer?.ConnectionDraining?.Enabled === true,
              desyncMitigationMode:
                answer?.AdditionalAttributes?.find(
                  (attribute) => attribute.Key === 'elb.http.desyncmitigationmode',
                )?.Value ?? null,
            };
          }),
          listeners.some(isSecureElbListener)
            ? readField('elb:DescribeLoadBalancerPolicies', async () => {
                const answer = await api.call(
                  region,
                  'elb',
                  new DescribeLoadBalancerPoliciesCommand({ LoadBalancerName: name }),
                );
                return (answer.PolicyDescriptions ?? [])
                  .filter((policy) => policy.PolicyTypeName === 'SSLNegotiationPolicyType')
                  .map((policy) => ({
                    name: policy.PolicyName ?? '',
                    referenceSecurityPolicy:
                      policy.PolicyAttributeDescriptions?.find(
                        (attribute) => attribute.AttributeName === 'Reference-Security-Policy',
                      )?.AttributeValue ?? null,
                  }));
              })
            : null,
        ]);
        if (isNotFound(attributes) || isNotFound(sslNegotiationPolicies)) return null;
        return {
          arn: `arn:${partition}:elasticloadbalancing:${region}:${accountId}:loadbalancer/${name}`,
          name,
          availabilityZones: item.AvailabilityZones?.length ?? 0,
          listeners,
          attributes,
          sslNegotiationPolicies,
        };
      },
    }),
};
