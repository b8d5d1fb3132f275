import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { restApiStageFindings, restApiStageResource } from './rest-api-stage-findings.js';

/**
 * FSBP APIGateway.5: every method setting of the REST API stage that caches responses must encrypt the
 * cached data; settings without caching are not evaluated, so a stage that caches nothing passes.
 */
export const apigatewayStageCacheEncrypted = defineCheck({
  id: 'apigateway-stage-cache-encrypted',
  title: 'API Gateway REST API stages encrypt their cached responses',
  service: 'apigateway',
  severity: 'medium',
  scope: 'regional',
  requires: ['apigateway.restApis'],
  compliance: { 'aws-fsbp': ['APIGateway.5'] },
  remediation: {
    text: 'Turn on "Encrypt cache data" for every method setting that enables caching on the stage.',
    cli: 'aws apigateway update-stage --rest-api-id <api-id> --stage-name <stage> --patch-operations "op=replace,path=/*/*/caching/dataEncrypted,value=true"',
    url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html',
  },
  evaluate: (ctx) =>
    restApiStageFindings(ctx, (stage, label) => {
      const unencrypted = stage.cachingMethodSettings
        .filter((setting) => !setting.cacheDataEncrypted)
        .map((setting) => setting.method);
      if (unencrypted.length > 0) {
        return fail(
          restApiStageResource(stage),
          `${label} caches responses without encryption for ${unencrypted.join(', ')}.`,
          { unencryptedCachingMethods: unencrypted },
        );
      }
      return stage.cachingMethodSettings.length > 0
        ? pass(restApiStageResource(stage), `${label} encrypts all of its cached responses.`)
        : pass(restApiStageResource(stage), `${label} caches no responses.`);
    }),
});
