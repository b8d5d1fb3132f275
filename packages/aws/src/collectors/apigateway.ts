import { GetRestApisCommand, GetStagesCommand, type Stage } from '@aws-sdk/client-api-gateway';
import type { ApigatewayRestApi, ApigatewayRestApiStage } from '@orgscan/checks';
import type { RegionalCollector } from './collector.js';
import { collectList } from './list-collector.js';
import { readField } from './read-field.js';

/**
 * The region's REST APIs (GetRestApis, all pages), each with its stages (GetStages, one call per API: AWS
 * answers every stage of the API at once, unpaged).
 */
export const apigatewayRestApisCollector: RegionalCollector<'apigateway.restApis'> = {
  slice: 'apigateway.restApis',
  collect: ({ api, region, partition }) =>
    collectList({
      // 500 is the largest page GetRestApis accepts.
      listPage: (token) =>
        api.call(region, 'apigateway', new GetRestApisCommand({ limit: 500, position: token })),
      nextToken: (page) => page.position,
      items: (page) => page.items,
      entry: async (restApi): Promise<ApigatewayRestApi | null> => {
        const { id, name } = restApi;
        if (!id) return null;
        const arn = `arn:${partition}:apigateway:${region}::/restapis/${id}`;
        const stages = await readField('apigateway:GetStages', async () => {
          const answer = await api.call(region, 'apigateway', new GetStagesCommand({ restApiId: id }));
          return (answer.item ?? []).flatMap((stage) => {
            const entry = stageEntry(arn, stage);
            return entry ? [entry] : [];
          });
        });
        if (!stages.ok && stages.code === 'NotFoundException') return null; // deleted since the listing
        return { id, name: name ?? id, arn, stages };
      },
    }),
};

function stageEntry(apiArn: string, stage: Stage): ApigatewayRestApiStage | null {
  if (!stage.stageName) return null;
  return {
    arn: `${apiArn}/stages/${stage.stageName}`,
    name: stage.stageName,
    hasClientCertificate: Boolean(stage.clientCertificateId),
    tracingEnabled: stage.tracingEnabled === true,
    webAclArn: stage.webAclArn || null,
    cachingMethodSettings: Object.entries(stage.methodSettings ?? {})
      .filter(([, setting]) => setting.cachingEnabled === true)
      .map(([method, setting]) => ({ method, cacheDataEncrypted: setting.cacheDataEncrypted === true })),
  };
}
