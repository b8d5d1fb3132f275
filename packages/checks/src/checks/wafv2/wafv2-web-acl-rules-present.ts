import { unreadableField } from '../../inventory/read-result.js';
import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';

/**
 * FSBP WAF.10: PASS needs at least one rule (a statement or a rule group reference) in the WAFv2 web ACL;
 * an empty web ACL only applies its default action, so it inspects nothing. REGIONAL web ACLs are judged in
 * their region, CLOUDFRONT ones in us-east-1.
 */
export const wafv2WebAclRulesPresent = defineCheck({
  id: 'wafv2-web-acl-rules-present',
  title: 'AWS WAF web ACLs have at least one rule or rule group',
  service: 'wafv2',
  severity: 'medium',
  scope: 'regional',
  requires: ['wafv2.webAcls'],
  compliance: { 'aws-fsbp': ['WAF.10'] },
  remediation: {
    text: 'Add rules or rule groups (for example an AWS managed rule group) to the web ACL, or delete it if unused.',
    cli: 'aws wafv2 update-web-acl --scope <REGIONAL|CLOUDFRONT> --name <name> --id <id> --lock-token <token> --default-action Allow={} --visibility-config <config> --rules file://rules.json',
    url: 'https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-editing.html',
  },
  evaluate(ctx) {
    const webAcls = ctx.slice('wafv2.webAcls');
    if (webAcls.length === 0) return [pass(ctx.scopeResource, `No AWS WAF web ACL in ${ctx.region}.`)];
    return webAcls.map((webAcl) => {
      const resource = { id: webAcl.arn, type: 'AwsWafv2WebAcl' };
      const label = `${webAcl.scope} web ACL ${webAcl.name}`;
      if (!webAcl.ruleCount.ok) return unreadableField(resource, webAcl.ruleCount, `the rules of ${label}`);
      return webAcl.ruleCount.value > 0
        ? pass(resource, `${label} has ${webAcl.ruleCount.value} rule(s).`, {
            ruleCount: webAcl.ruleCount.value,
          })
        : fail(resource, `${label} has no rule or rule group.`);
    });
  },
});
