import type * as Ecs from '@aws-sdk/client-ecs';
import { simulatedError } from '../simulated-error.js';
import { dataRegion } from '../state/area-state.js';
import type { SimulatedTaskDefinition } from '../state/data-state.js';
import { boundedPageSize, page } from './simulated-answers.js';
import type {
  SimulatedAnswer,
  SimulatedOperation,
  SimulatedRequest,
  SimulatedService,
} from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof Ecs>> = SimulatedAnswer<typeof Ecs, Op>;

function taskDefinitionArn(
  { caller, region }: SimulatedRequest,
  definition: SimulatedTaskDefinition,
): string {
  return `arn:aws:ecs:${region}:${caller.id}:task-definition/${definition.family}:${definition.revision}`;
}

/** Simulated ECS: the task definitions of each region (`services.data.regions.<region>.taskDefinitions`). */
export const simulatedEcs = {
  ListTaskDefinitions: (request): Answer<'ListTaskDefinitions'> => {
    const status = request.input.status ?? 'ACTIVE';
    const definitions = (dataRegion(request.caller, request.region).taskDefinitions ?? []).filter(
      (definition) => (definition.status ?? 'ACTIVE') === status,
    );
    const size = boundedPageSize(request.input.maxResults, 100, 1, 100, 'maxResults');
    const { items, next } = page(definitions, request.input.nextToken, size);
    return {
      taskDefinitionArns: items.map((definition) => taskDefinitionArn(request, definition)),
      ...(next ? { nextToken: next } : {}),
    };
  },
  /** ECS takes an ARN or family:revision. */
  DescribeTaskDefinition: (request): Answer<'DescribeTaskDefinition'> => {
    const wanted = String(request.input.taskDefinition ?? '');
    const definition = (dataRegion(request.caller, request.region).taskDefinitions ?? []).find(
      (candidate) =>
        taskDefinitionArn(request, candidate) === wanted ||
        `${candidate.family}:${candidate.revision}` === wanted,
    );
    if (!definition) throw simulatedError('ClientException', 'Unable to describe task definition.', 400);
    return {
      taskDefinition: {
        taskDefinitionArn: taskDefinitionArn(request, definition),
        family: definition.family,
        revision: definition.revision,
        status: definition.status ?? 'ACTIVE',
        networkMode: definition.networkMode ?? 'bridge',
        ...(definition.pidMode ? { pidMode: definition.pidMode } : {}),
        containerDefinitions: definition.containers.map((container) => ({
          name: container.name,
          image: `${container.name}:latest`,
          environment: Object.entries(container.environment ?? {}).map(([name, value]) => ({ name, value })),
          secrets: (container.secrets ?? []).map((name) => ({
            name,
            valueFrom: `arn:aws:ssm:${request.region}:${request.caller.id}:parameter/${definition.family}/${name}`,
          })),
          ...(container.privileged !== undefined ? { privileged: container.privileged } : {}),
          ...(container.user ? { user: container.user } : {}),
          ...(container.readonlyRootFilesystem !== undefined
            ? { readonlyRootFilesystem: container.readonlyRootFilesystem }
            : {}),
          ...(container.logDriver
            ? {
                logConfiguration: {
                  logDriver: container.logDriver,
                  ...(container.logDriver === 'awslogs'
                    ? {
                        options: {
                          'awslogs-group': `/ecs/${definition.family}`,
                          'awslogs-region': request.region,
                          'awslogs-stream-prefix': container.name,
                        },
                      }
                    : {}),
                },
              }
            : {}),
        })),
      },
    };
  },
} satisfies SimulatedService<typeof Ecs>;
