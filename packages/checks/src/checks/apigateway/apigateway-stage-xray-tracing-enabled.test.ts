import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, readFailed, restApi, restApiStage } from '../../fixtures/index.js';
import type { ApigatewayRestApi } from '../../inventory/apigateway.js';
import { apigatewayStageXrayTracingEnabled } from './apigateway-stage-xray-tracing-enabled.js';

const inRegion = (...restApis: ApigatewayRestApi[]) =>
  evaluate(
    apigatewayStageXrayTracingEnabled,
    new InventoryBuilder().regional('us-east-1', 'apigateway.restApis', restApis).build(),
  );

describe('apigateway-stage-xray-tracing-enabled', () => {
  it('passes the region when it has no REST API stage', () => {
    expect(inRegion()).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
    expect(inRegion(restApi())).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('judges each stage on its own', () => {
    const findings = inRegion(restApi(restApiStage('prod'), restApiStage('dev', { tracingEnabled: false })));
    expect(findings).toMatchObject([
      { status: 'PASS', resourceType: 'AwsApiGatewayStage', resourceId: restApiStage('prod').arn },
      { status: 'FAIL', resourceType: 'AwsApiGatewayStage', resourceId: restApiStage('dev').arn },
    ]);
    expect(findings[1]?.message).toBe('Stage dev of REST API orders does not have X-Ray tracing enabled.');
  });

  it('is an ERROR with the AWS code for an API whose stages cannot be read, and for an unreadable list', () => {
    const locked = { ...restApi(), stages: readFailed('AccessDeniedException', 'apigateway:GetStages') };
    expect(inRegion(locked)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException', resourceType: 'AwsApiGatewayRestApi' },
    ]);
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'apigateway.restApis', 'AccessDeniedException', 'apigateway:GetRestApis')
      .build();
    expect(evaluate(apigatewayStageXrayTracingEnabled, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
