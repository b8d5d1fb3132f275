import type * as Wafv2 from '@aws-sdk/client-wafv2';
import { simulatedError } from '../simulated-error.js';
import type { SimulatedWebAcl } from '../state/wafv2-state.js';
import { boundedPageSize, page, requiredParameter } from './simulated-answers.js';
import type {
  SimulatedAnswer,
  SimulatedOperation,
  SimulatedRequest,
  SimulatedService,
} from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof Wafv2>> = SimulatedAnswer<typeof Wafv2, Op>;

/** The web ACLs of `scope` that the region answers for; CLOUDFRONT only exists in us-east-1. */
function webAclsOf(request: SimulatedRequest, scope: string | undefined): readonly SimulatedWebAcl[] {
  const { caller, region } = request;
  const wafv2 = caller.services?.wafv2;
  switch (requiredParameter(scope, 'Scope')) {
    case 'REGIONAL':
      return wafv2?.regions?.[region]?.webAcls ?? [];
    case 'CLOUDFRONT':
      if (region !== 'us-east-1') {
        throw simulatedError(
          'WAFInvalidParameterException',
          'Error reason: The scope is not valid., field: SCOPE_VALUE, parameter: CLOUDFRONT',
        );
      }
      return wafv2?.cloudfrontWebAcls ?? [];
    default:
      throw simulatedError(
        'WAFInvalidParameterException',
        `Error reason: The scope is not valid., field: SCOPE_VALUE, parameter: ${scope}`,
      );
  }
}

function webAclArn(request: SimulatedRequest, scope: string, webAcl: SimulatedWebAcl): string {
  const path = scope === 'CLOUDFRONT' ? 'global' : 'regional';
  return `arn:aws:wafv2:${request.region}:${request.caller.id}:${path}/webacl/${webAcl.name}/${webAcl.id}`;
}

/** Simulated AWS WAF (v2): web ACLs by region (`services.wafv2`), CLOUDFRONT ones in us-east-1. */
export const simulatedWafv2 = {
  ListWebACLs: (request): Answer<'ListWebACLs'> => {
    const scope = request.input.Scope;
    const size = boundedPageSize(request.input.Limit, 100, 1, 100, 'Limit');
    const { items, next } = page(webAclsOf(request, scope), request.input.NextMarker, size);
    return {
      WebACLs: items.map((webAcl) => ({
        Name: webAcl.name,
        Id: webAcl.id,
        ARN: webAclArn(request, scope ?? 'REGIONAL', webAcl),
        LockToken: '0d1e2f3a-0000-4000-8000-000000000000',
      })),
      ...(next ? { NextMarker: next } : {}),
    };
  },
  GetWebACL: (request): Answer<'GetWebACL'> => {
    const scope = requiredParameter(request.input.Scope, 'Scope');
    const id = requiredParameter(request.input.Id, 'Id');
    const webAcl = webAclsOf(request, scope).find((candidate) => candidate.id === id);
    if (!webAcl || webAcl.name !== request.input.Name) {
      throw simulatedError(
        'WAFNonexistentItemException',
        'AWS WAF couldn’t perform the operation because your resource doesn’t exist.',
      );
    }
    return {
      WebACL: {
        Name: webAcl.name,
        Id: webAcl.id,
        ARN: webAclArn(request, scope, webAcl),
        DefaultAction: { Allow: {} },
        VisibilityConfig: {
          SampledRequestsEnabled: true,
          CloudWatchMetricsEnabled: true,
          MetricName: webAcl.name,
        },
        Rules: (webAcl.rules ?? []).map((name, priority) => ({
          Name: name,
          Priority: priority,
          Statement: {
            ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet' },
          },
          OverrideAction: { None: {} },
          VisibilityConfig: {
            SampledRequestsEnabled: true,
            CloudWatchMetricsEnabled: true,
            MetricName: name,
          },
        })),
      },
      LockToken: '0d1e2f3a-0000-4000-8000-000000000000',
    };
  },
} satisfies SimulatedService<typeof Wafv2>;
