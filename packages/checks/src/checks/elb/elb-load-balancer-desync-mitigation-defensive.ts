import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { judgeClassicAttributes } from './classic-load-balancer-results.js';

const PROTECTIVE_MODES: readonly string[] = ['defensive', 'strictest'];
/**
 * FSBP ELB.14: the Classic Load Balancer attribute elb.http.desyncmitigationmode is defensive or
 * strictest; monitor lets requests that may smuggle HTTP through.
 */
export const elbLoadBalancerDesyncMitigationDefensive = defineCheck({
  id: 'elb-load-balancer-desync-mitigation-defensive',
  title: 'Classic Load Balancers use the defensive or strictest desync mitigation mode',
  service: 'elb',
  severity: 'medium',
  scope: 'regional',
  requires: ['elb.loadBalancers'],
  compliance: { 'aws-fsbp': ['ELB.14'] },
  remediation: {
    text: 'Set the desync mitigation mode of the load balancer to defensive (the default) or strictest.',
    cli: 'aws elb modify-load-balancer-attributes --load-balancer-name <name> --load-balancer-attributes "{\\"AdditionalAttributes\\":[{\\"Key\\":\\"elb.http.desyncmitigationmode\\",\\"Value\\":\\"defensive\\"}]}"',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-desync-mitigation-mode.html',
  },
  evaluate(ctx) {
    return judgeClassicAttributes(ctx, (attributes, resource, name) => {
      const mode = attributes.desyncMitigationMode;
      return mode !== null && PROTECTIVE_MODES.includes(mode)
        ? pass(resource, `Classic Load Balancer ${name} mitigates HTTP desync in ${mode} mode.`)
        : fail(
            resource,
            `Classic Load Balancer ${name} uses desync mitigation mode ${mode ?? '(not reported)'}.`,
            { mode },
          );
    });
  },
});
