import { DescribeTaskDefinitionCommand, ListTaskDefinitionsCommand } from '@aws-sdk/client-ecs';
import type { EcsTaskDefinition } from '@orgscan/checks';
import type { RegionalCollector } from './collector.js';
import { collectList } from './list-collector.js';
import { secretShapedVariables } from './secret-shaped-env.js';

/**
 * The region's ACTIVE task definition revisions (every ACTIVE revision can still be run), with the
 * settings FSBP judges: network and PID mode, and per container privileges, user, root filesystem, logging.
 * Container environment values are inspected here and dropped: only the names of secret-shaped variables
 * are kept.
 */
export const ecsTaskDefinitionsCollector: RegionalCollector<'ecs.taskDefinitions'> = {
  slice: 'ecs.taskDefinitions',
  collect: ({ api, region }) =>
    collectList({
      listPage: (nextToken) =>
        api.call(
          region,
          'ecs',
          new ListTaskDefinitionsCommand({ status: 'ACTIVE', maxResults: 100, nextToken }),
        ),
      nextToken: (page) => page.nextToken,
      items: (page) => page.taskDefinitionArns,
      entry: async (arn): Promise<EcsTaskDefinition> => {
        const { taskDefinition } = await api.call(
          region,
          'ecs',
          new DescribeTaskDefinitionCommand({ taskDefinition: arn }),
        );
        return {
          arn: taskDefinition?.taskDefinitionArn ?? arn,
          family: taskDefinition?.family ?? arn,
          revision: taskDefinition?.revision ?? 0,
          networkMode: taskDefinition?.networkMode ?? null,
          pidMode: taskDefinition?.pidMode ?? null,
          containers: (taskDefinition?.containerDefinitions ?? []).map((container, index) => ({
            name: container.name ?? `container-${index + 1}`,
            secretShapedVariables: secretShapedVariables(
              (container.environment ?? []).flatMap((variable) =>
                variable.name ? [[variable.name, variable.value] as const] : [],
              ),
            ),
            privileged: container.privileged === true,
            user: container.user || null,
            readonlyRootFilesystem: container.readonlyRootFilesystem === true,
            logDriver: container.logConfiguration?.logDriver ?? null,
          })),
        };
      },
    }),
};
