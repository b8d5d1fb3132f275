import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { judgeAttributes } from './load-balancer-results.js';

const PROTECTIVE_MODES: readonly string[] = ['defensive', 'strictest'];
/**
 * FSBP ELB.12: the Application Load Balancer attribute routing.http.desync_mitigation_mode is defensive or
 * strictest; monitor lets requests that may smuggle HTTP through.
 */
export const elbv2AlbDesyncMitigationDefensive = defineCheck({
  id: 'elbv2-alb-desync-mitigation-defensive',
  title: 'Application Load Balancers use the defensive or strictest desync mitigation mode',
  service: 'elbv2',
  severity: 'medium',
  scope: 'regional',
  requires: ['elbv2.loadBalancers'],
  compliance: { 'aws-fsbp': ['ELB.12'] },
  remediation: {
    text: 'Set the desync mitigation mode of the load balancer to defensive (the default) or strictest.',
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <arn> --attributes Key=routing.http.desync_mitigation_mode,Value=defensive',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#desync-mitigation-mode',
  },
  evaluate(ctx) {
    return judgeAttributes(
      ctx,
      ['application'],
      'Application Load Balancer',
      (attributes, resource, label) => {
        const mode = attributes.desyncMitigationMode;
        return mode !== null && PROTECTIVE_MODES.includes(mode)
          ? pass(resource, `${label} mitigates HTTP desync in ${mode} mode.`)
          : fail(resource, `${label} uses desync mitigation mode ${mode ?? '(not reported)'}.`, { mode });
      },
    );
  },
});
