import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { restApiStageFindings, restApiStageResource } from './rest-api-stage-findings.js';

/** FSBP APIGateway.4: PASS needs an AWS WAF web ACL associated with the REST API stage (webAclArn). */
export const apigatewayStageWafAssociated = defineCheck({
  id: 'apigateway-stage-waf-associated',
  title: 'API Gateway REST API stages are associated with an AWS WAF web ACL',
  service: 'apigateway',
  severity: 'medium',
  scope: 'regional',
  requires: ['apigateway.restApis'],
  compliance: { 'aws-fsbp': ['APIGateway.4'] },
  remediation: {
    text: 'Associate a regional AWS WAF web ACL with the stage.',
    cli: 'aws wafv2 associate-web-acl --web-acl-arn <web-acl-arn> --resource-arn arn:aws:apigateway:<region>::/restapis/<api-id>/stages/<stage>',
    url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-aws-waf.html',
  },
  evaluate: (ctx) =>
    restApiStageFindings(ctx, (stage, label) =>
      stage.webAclArn
        ? pass(
            restApiStageResource(stage),
            `${label} is associated with AWS WAF web ACL ${stage.webAclArn}.`,
            {
              webAclArn: stage.webAclArn,
            },
          )
        : fail(restApiStageResource(stage), `${label} is not associated with an AWS WAF web ACL.`),
    ),
});
