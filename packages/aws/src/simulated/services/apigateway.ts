import type * as ApiGateway from '@aws-sdk/client-api-gateway';
import { simulatedError } from '../simulated-error.js';
import type { SimulatedRestApi } from '../state/apigateway-state.js';
import { boundedPageSize, page, requiredParameter } from './simulated-answers.js';
import type {
  SimulatedAnswer,
  SimulatedOperation,
  SimulatedRequest,
  SimulatedService,
} from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof ApiGateway>> = SimulatedAnswer<typeof ApiGateway, Op>;

function restApisOf({ caller, region }: SimulatedRequest): readonly SimulatedRestApi[] {
  return caller.services?.apigateway?.regions?.[region]?.restApis ?? [];
}

/** Simulated API Gateway: the REST APIs of each region (`services.apigateway.regions.<region>`). */
export const simulatedApigateway = {
  GetRestApis: (request): Answer<'GetRestApis'> => {
    // AWS pages REST APIs 25 at a time unless asked for up to 500.
    const size = boundedPageSize(request.input.limit, 25, 1, 500, 'limit');
    const { items, next } = page(restApisOf(request), request.input.position, size);
    return {
      items: items.map((restApi) => ({
        id: restApi.id,
        name: restApi.name,
        createdDate: request.now,
        endpointConfiguration: { types: ['EDGE'] },
      })),
      ...(next ? { position: next } : {}),
    };
  },
  GetStages: (request): Answer<'GetStages'> => {
    const id = requiredParameter(request.input.restApiId, 'restApiId');
    const restApi = restApisOf(request).find((candidate) => candidate.id === id);
    if (!restApi) throw simulatedError('NotFoundException', 'Invalid API identifier specified', 404);
    return {
      item: (restApi.stages ?? []).map((stage) => ({
        stageName: stage.name,
        deploymentId: 'd0',
        tracingEnabled: stage.tracingEnabled ?? false,
        cacheClusterEnabled: false,
        methodSettings: Object.fromEntries(
          Object.entries(stage.methodSettings ?? {}).map(([method, setting]) => [
            method,
            {
              cachingEnabled: setting.cachingEnabled ?? false,
              cacheDataEncrypted: setting.cacheDataEncrypted ?? false,
            },
          ]),
        ),
        ...(stage.clientCertificateId ? { clientCertificateId: stage.clientCertificateId } : {}),
        ...(stage.webAclArn ? { webAclArn: stage.webAclArn } : {}),
      })),
    };
  },
} satisfies SimulatedService<typeof ApiGateway>;
