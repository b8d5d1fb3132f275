import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { restApiStageFindings, restApiStageResource } from './rest-api-stage-findings.js';

/**
 * FSBP APIGateway.2: PASS needs a client certificate on the REST API stage, so the backend can verify that
 * requests come from API Gateway.
 */
export const apigatewayStageClientCertificateSet = defineCheck({
  id: 'apigateway-stage-client-certificate-set',
  title: 'API Gateway REST API stages authenticate to the backend with a client certificate',
  service: 'apigateway',
  severity: 'medium',
  scope: 'regional',
  requires: ['apigateway.restApis'],
  compliance: { 'aws-fsbp': ['APIGateway.2'] },
  remediation: {
    text: 'Generate a client certificate and set it on the stage; configure the backend to accept only requests signed with it.',
    cli: 'aws apigateway update-stage --rest-api-id <api-id> --stage-name <stage> --patch-operations op=replace,path=/clientCertificateId,value=<certificate-id>',
    url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/getting-started-client-side-ssl-authentication.html',
  },
  evaluate: (ctx) =>
    restApiStageFindings(ctx, (stage, label) =>
      stage.hasClientCertificate
        ? pass(restApiStageResource(stage), `${label} has a client certificate for backend authentication.`)
        : fail(restApiStageResource(stage), `${label} has no client certificate for backend authentication.`),
    ),
});
