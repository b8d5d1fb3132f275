import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, readFailed, restApi, restApiStage } from '../../fixtures/index.js';
import type { ApigatewayRestApi } from '../../inventory/apigateway.js';
import { apigatewayStageCacheEncrypted } from './apigateway-stage-cache-encrypted.js';

const inRegion = (...restApis: ApigatewayRestApi[]) =>
  evaluate(
    apigatewayStageCacheEncrypted,
    new InventoryBuilder().regional('us-east-1', 'apigateway.restApis', restApis).build(),
  );

describe('apigateway-stage-cache-encrypted', () => {
  it('passes the region when it has no REST API stage', () => {
    expect(inRegion()).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
    expect(inRegion(restApi())).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('judges each stage on its own', () => {
    const findings = inRegion(
      restApi(
        restApiStage('prod'),
        restApiStage('dev', {
          cachingMethodSettings: [
            { method: '*/*', cacheDataEncrypted: true },
            { method: '/pets/GET', cacheDataEncrypted: false },
          ],
        }),
      ),
    );
    expect(findings).toMatchObject([
      { status: 'PASS', resourceType: 'AwsApiGatewayStage', resourceId: restApiStage('prod').arn },
      { status: 'FAIL', resourceType: 'AwsApiGatewayStage', resourceId: restApiStage('dev').arn },
    ]);
    expect(findings[1]?.message).toBe(
      'Stage dev of REST API orders caches responses without encryption for /pets/GET.',
    );
  });

  it('is an ERROR with the AWS code for an API whose stages cannot be read, and for an unreadable list', () => {
    const locked = { ...restApi(), stages: readFailed('AccessDeniedException', 'apigateway:GetStages') };
    expect(inRegion(locked)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException', resourceType: 'AwsApiGatewayRestApi' },
    ]);
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'apigateway.restApis', 'AccessDeniedException', 'apigateway:GetRestApis')
      .build();
    expect(evaluate(apigatewayStageCacheEncrypted, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});

describe('apigateway-stage-cache-encrypted, methods without caching', () => {
  it('passes a stage whose cached methods are all encrypted, and one that caches nothing', () => {
    const findings = inRegion(
      restApi(
        restApiStage('cached', { cachingMethodSettings: [{ method: '*/*', cacheDataEncrypted: true }] }),
        restApiStage('uncached'),
      ),
    );
    expect(findings.map((finding) => [finding.status, finding.message])).toEqual([
      ['PASS', 'Stage cached of REST API orders encrypts all of its cached responses.'],
      ['PASS', 'Stage uncached of REST API orders caches no responses.'],
    ]);
  });
});
