import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { restApiStageFindings, restApiStageResource } from './rest-api-stage-findings.js';

/** FSBP APIGateway.3: PASS needs AWS X-Ray active tracing (tracingEnabled) on the REST API stage. */
export const apigatewayStageXrayTracingEnabled = defineCheck({
  id: 'apigateway-stage-xray-tracing-enabled',
  title: 'API Gateway REST API stages have X-Ray tracing enabled',
  service: 'apigateway',
  severity: 'low',
  scope: 'regional',
  requires: ['apigateway.restApis'],
  compliance: { 'aws-fsbp': ['APIGateway.3'] },
  remediation: {
    text: 'Enable X-Ray active tracing on the stage.',
    cli: 'aws apigateway update-stage --rest-api-id <api-id> --stage-name <stage> --patch-operations op=replace,path=/tracingEnabled,value=true',
    url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-enabling-xray.html',
  },
  evaluate: (ctx) =>
    restApiStageFindings(ctx, (stage, label) =>
      stage.tracingEnabled
        ? pass(restApiStageResource(stage), `${label} has X-Ray tracing enabled.`)
        : fail(restApiStageResource(stage), `${label} does not have X-Ray tracing enabled.`),
    ),
});
