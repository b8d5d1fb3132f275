import {
  type Action,
  DescribeListenersCommand,
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancersCommand,
  DescribeRulesCommand,
  type Listener,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import type { Elbv2Attributes, Elbv2Listener, Elbv2LoadBalancer, ReadResult } from '@orgscan/checks';
import type { AwsApi } from '../aws-api.js';
import { allPages } from '../pagination.js';
import type { RegionalCollector } from './collector.js';
import { collectList } from './list-collector.js';
import { readField } from './read-field.js';

const redirectsToHttps = (actions: readonly Action[] | undefined): boolean =>
  (actions ?? []).some((action) => action.Type === 'redirect' && action.RedirectConfig?.Protocol === 'HTTPS');

function attributes(values: ReadonlyMap<string, string>): Elbv2Attributes {
  return {
    deletionProtection: values.get('deletion_protection.enabled') === 'true',
    accessLogs: values.get('access_logs.s3.enabled') === 'true',
    dropInvalidHeaderFields: values.get('routing.http.drop_invalid_header_fields.enabled') === 'true',
    desyncMitigationMode: values.get('routing.http.desync_mitigation_mode') ?? null,
  };
}

/** Whether every rule of an HTTP listener, its default rule included, redirects to HTTPS (DescribeRules). */
async function listenerRedirectsToHttps(api: AwsApi, region: string, listenerArn: string): Promise<boolean> {
  const pages = await allPages(
    (marker) =>
      api.call(region, 'elbv2', new DescribeRulesCommand({ ListenerArn: listenerArn, Marker: marker })),
    (page) => page.NextMarker,
  );
  const rules = pages.flatMap((page) => page.Rules ?? []);
  return rules.length > 0 && rules.every((rule) => redirectsToHttps(rule.Actions));
}

async function listeners(
  api: AwsApi,
  region: string,
  loadBalancer: { arn: string; type: string },
): Promise<Elbv2Listener[]> {
  const pages = await allPages(
    (marker) =>
      api.call(
        region,
        'elbv2',
        new DescribeListenersCommand({ LoadBalancerArn: loadBalancer.arn, Marker: marker }),
      ),
    (page) => page.NextMarker,
  );
  const listed = pages.flatMap((page) => page.Listeners ?? []);
  return Promise.all(
    listed.map(async (listener: Listener): Promise<Elbv2Listener> => {
      const httpOnAlb = loadBalancer.type === 'application' && listener.Protocol === 'HTTP';
      return {
        arn: listener.ListenerArn ?? '',
        port: listener.Port ?? null,
        protocol: listener.Protocol ?? null,
        sslPolicy: listener.SslPolicy ?? null,
        redirectsToHttps:
          httpOnAlb && listener.ListenerArn
            ? await readField('elbv2:DescribeRules', () =>
                listenerRedirectsToHttps(api, region, listener.ListenerArn!),
              )
            : null,
      };
    }),
  );
}

/** The load balancer was deleted between the listing and its own reads. */
function isNotFound(result: ReadResult<unknown>): boolean {
  return (
    !result.ok && (result.code === 'LoadBalancerNotFound' || result.code === 'LoadBalancerNotFoundException')
  );
}

/**
 * The region's Application, Network and Gateway Load Balancers (DescribeLoadBalancers, all pages), each
 * with its attributes and its listeners (the rules of ALB HTTP listeners, for the HTTPS redirect).
 */
export const elbv2LoadBalancersCollector: RegionalCollector<'elbv2.loadBalancers'> = {
  slice: 'elbv2.loadBalancers',
  collect: ({ api, region }) =>
    collectList({
      listPage: (marker) =>
        api.call(region, 'elbv2', new DescribeLoadBalancersCommand({ Marker: marker, PageSize: 400 })),
      nextToken: (page) => page.NextMarker,
      items: (page) => page.LoadBalancers,
      entry: async (item): Promise<Elbv2LoadBalancer | null> => {
        if (!item.LoadBalancerArn) return null;
        const loadBalancer = { arn: item.LoadBalancerArn, type: item.Type ?? 'application' };
        const [attributeValues, listenerList] = await Promise.all([
          readField('elbv2:DescribeLoadBalancerAttributes', async () => {
            const answer = await api.call(
              region,
              'elbv2',
              new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: loadBalancer.arn }),
            );
            const values = new Map<string, string>();
            for (const { Key, Value } of answer.Attributes ?? [])
              if (Key && Value !== undefined) values.set(Key, Value);
            return attributes(values);
          }),
          readField('elbv2:DescribeListeners', () => listeners(api, region, loadBalancer)),
        ]);
        if (isNotFound(attributeValues) || isNotFound(listenerList)) return null;
        return {
          arn: loadBalancer.arn,
          name: item.LoadBalancerName ?? loadBalancer.arn,
          type: loadBalancer.type,
          availabilityZones: item.AvailabilityZones?.length ?? 0,
          attributes: attributeValues,
          listeners: listenerList,
        };
      },
    }),
};
