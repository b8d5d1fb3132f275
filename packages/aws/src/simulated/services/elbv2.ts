import { createHash } from 'node:crypto';
import type * as ElasticLoadBalancingV2 from '@aws-sdk/client-elastic-load-balancing-v2';
import type { SimulatedAccount } from '../org-description.js';
import { simulatedError } from '../simulated-error.js';
import type { SimulatedElbv2Action, SimulatedElbv2LoadBalancer } from '../state/elbv2-state.js';
import { boundedPageSize, page, requiredParameter } from './simulated-answers.js';
import type { SimulatedAnswer, SimulatedOperation, SimulatedService } from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof ElasticLoadBalancingV2>> = SimulatedAnswer<
  typeof ElasticLoadBalancingV2,
  Op
>;

const TYPE_IN_ARN = { application: 'app', network: 'net', gateway: 'gwy' } as const;

/** A stable 16-hex-digit id, as AWS puts in load balancer and listener ARNs. */
const hexId = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

function loadBalancers(account: SimulatedAccount, region: string): readonly SimulatedElbv2LoadBalancer[] {
  return account.services?.elbv2?.regions[region] ?? [];
}

function loadBalancerArn(account: SimulatedAccount, region: string, lb: SimulatedElbv2LoadBalancer): string {
  const path = `${TYPE_IN_ARN[lb.type]}/${lb.name}/${hexId(`${account.id}/${region}/${lb.name}`)}`;
  return `arn:aws:elasticloadbalancing:${region}:${account.id}:loadbalancer/${path}`;
}

const listenerArn = (lbArn: string, index: number) =>
  `${lbArn.replace(':loadbalancer/', ':listener/')}/${hexId(`${lbArn}/${index}`)}`;

function findLoadBalancer(request: { caller: SimulatedAccount; region: string }, arn: string | undefined) {
  const lb = loadBalancers(request.caller, request.region).find(
    (candidate) => loadBalancerArn(request.caller, request.region, candidate) === arn,
  );
  if (!arn || !lb) throw simulatedError('LoadBalancerNotFound', `Load balancer '${arn}' not found`, 400);
  return { lb, arn };
}

function actions(action: SimulatedElbv2Action): ElasticLoadBalancingV2.Action[] {
  switch (action) {
    case 'redirect-to-https':
      return [
        {
          Type: 'redirect',
          Order: 1,
          RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' },
        },
      ];
    case 'fixed-response':
      return [{ Type: 'fixed-response', Order: 1, FixedResponseConfig: { StatusCode: '404' } }];
    case 'forward':
      return [
        { Type: 'forward', Order: 1, TargetGroupArn: 'arn:aws:elasticloadbalancing:::targetgroup/web/1' },
      ];
  }
}

/** Simulated Elastic Load Balancing v2: the load balancers of `services.elbv2.regions.<region>`. */
export const simulatedElbv2 = {
  DescribeLoadBalancers: (request): Answer<'DescribeLoadBalancers'> => {
    const { caller, region, input } = request;
    const size = boundedPageSize(input.PageSize, 400, 1, 400, 'PageSize');
    const { items, next } = page(loadBalancers(caller, region), input.Marker, size);
    return {
      LoadBalancers: items.map((lb) => ({
        LoadBalancerArn: loadBalancerArn(caller, region, lb),
        LoadBalancerName: lb.name,
        DNSName: `${lb.name}-1234567890.${region}.elb.amazonaws.com`,
        Type: lb.type,
        Scheme: 'internet-facing',
        State: { Code: 'active' },
        CreatedTime: request.now,
        AvailabilityZones: (lb.zones ?? ['a', 'b']).map((zone) => ({
          ZoneName: `${region}${zone}`,
          SubnetId: `subnet-${hexId(`${lb.name}/${zone}`)}`,
        })),
      })),
      ...(next ? { NextMarker: next } : {}),
    };
  },
  DescribeLoadBalancerAttributes: (request): Answer<'DescribeLoadBalancerAttributes'> => {
    const { lb } = findLoadBalancer(request, request.input.LoadBalancerArn);
    const common = [
      { Key: 'deletion_protection.enabled', Value: String(lb.deletionProtection ?? false) },
      { Key: 'load_balancing.cross_zone.enabled', Value: String(lb.type === 'application') },
    ];
    if (lb.type !== 'application') return { Attributes: common };
    return {
      Attributes: [
        ...common,
        { Key: 'access_logs.s3.enabled', Value: String(lb.accessLogs ?? false) },
        { Key: 'access_logs.s3.bucket', Value: lb.accessLogs ? `${lb.name}-access-logs` : '' },
        {
          Key: 'routing.http.drop_invalid_header_fields.enabled',
          Value: String(lb.dropInvalidHeaderFields ?? false),
        },
        { Key: 'routing.http.desync_mitigation_mode', Value: lb.desyncMitigationMode ?? 'defensive' },
        { Key: 'idle_timeout.timeout_seconds', Value: '60' },
      ],
    };
  },
  DescribeListeners: (request): Answer<'DescribeListeners'> => {
    const { lb, arn } = findLoadBalancer(request, request.input.LoadBalancerArn);
    const all = (lb.listeners ?? []).map((listener, index) => ({ listener, index }));
    const { items, next } = page(all, request.input.Marker, request.input.PageSize ?? 100);
    return {
      Listeners: items.map(({ listener, index }) => ({
        ListenerArn: listenerArn(arn, index),
        LoadBalancerArn: arn,
        Port: listener.port,
        Protocol: listener.protocol as ElasticLoadBalancingV2.ProtocolEnum,
        ...(listener.protocol === 'HTTPS' || listener.protocol === 'TLS'
          ? { SslPolicy: listener.sslPolicy ?? 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06' }
          : {}),
        DefaultActions: actions(listener.defaultAction ?? 'forward'),
      })),
      ...(next ? { NextMarker: next } : {}),
    };
  },
  DescribeRules: (request): Answer<'DescribeRules'> => {
    const arn = requiredParameter(request.input.ListenerArn, 'ListenerArn');
    for (const lb of loadBalancers(request.caller, request.region)) {
      const lbArn = loadBalancerArn(request.caller, request.region, lb);
      const index = (lb.listeners ?? []).findIndex((_, candidate) => listenerArn(lbArn, candidate) === arn);
      const listener = lb.listeners?.[index];
      if (!listener) continue;
      const rules = [
        ...(listener.rules ?? []).map((action, position) => ({
          Priority: String(position + 1),
          IsDefault: false,
          Conditions: [{ Field: 'path-pattern', Values: [`/rule-${position + 1}/*`] }],
          Actions: actions(action),
        })),
        {
          Priority: 'default',
          IsDefault: true,
          Conditions: [],
          Actions: actions(listener.defaultAction ?? 'forward'),
        },
      ];
      const { items, next } = page(rules, request.input.Marker, request.input.PageSize ?? 100);
      return {
        Rules: items.map((rule) => ({
          ...rule,
          RuleArn: `${arn.replace(':listener/', ':listener-rule/')}/${hexId(`${arn}/${rule.Priority}`)}`,
        })),
        ...(next ? { NextMarker: next } : {}),
      };
    }
    throw simulatedError('ListenerNotFound', `Listener '${arn}' not found`, 400);
  },
} satisfies SimulatedService<typeof ElasticLoadBalancingV2>;
