import type { ApigatewayRestApiStage } from '../../inventory/apigateway.js';
import { unreadableField } from '../../inventory/read-result.js';
import type { EvaluationContext } from '../../model/check-definition.js';
import { type CheckResult, pass } from '../../model/check-result.js';
import type { ResourceRef } from '../../model/resource.js';

export function restApiStageResource(stage: ApigatewayRestApiStage): ResourceRef {
  return { id: stage.arn, type: 'AwsApiGatewayStage' };
}

/**
 * The findings of a check that judges each REST API stage on its own (FSBP APIGateway.2–.5 evaluate
 * AWS::ApiGateway::Stage): one finding per stage; an API whose stages cannot be read is one ERROR with the
 * AWS code; a region without any stage is one PASS for the region.
 */
export function restApiStageFindings(
  ctx: EvaluationContext,
  judge: (stage: ApigatewayRestApiStage, stageLabel: string) => CheckResult,
): CheckResult[] {
  const findings = ctx.slice('apigateway.restApis').flatMap((restApi) => {
    if (!restApi.stages.ok) {
      return [
        unreadableField(
          { id: restApi.arn, type: 'AwsApiGatewayRestApi' },
          restApi.stages,
          `the stages of REST API ${restApi.name} (${restApi.id})`,
        ),
      ];
    }
    return restApi.stages.value.map((stage) =>
      judge(stage, `Stage ${stage.name} of REST API ${restApi.name}`),
    );
  });
  return findings.length > 0
    ? findings
    : [pass(ctx.scopeResource, `No API Gateway REST API stage in ${ctx.region}.`)];
}
