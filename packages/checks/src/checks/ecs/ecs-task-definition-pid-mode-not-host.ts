import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import {
  ecsTaskDefinitionResource,
  latestActiveRevisions,
  revisionName,
} from './ecs-latest-task-definitions.js';

/** FSBP ECS.3: PASS needs the latest ACTIVE revision of each family not to set pidMode host. */
export const ecsTaskDefinitionPidModeNotHost = defineCheck({
  id: 'ecs-task-definition-pid-mode-not-host',
  title: "ECS task definitions do not share the host's process namespace",
  service: 'ecs',
  severity: 'high',
  scope: 'regional',
  requires: ['ecs.taskDefinitions'],
  compliance: { 'aws-fsbp': ['ECS.3'] },
  remediation: {
    text: 'Remove "pidMode": "host" from the task definition (or use "task"), register the new revision and deregister the old one.',
    cli: 'aws ecs register-task-definition --cli-input-json file://task-definition.json',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#task_definition_pidmode',
  },
  evaluate(ctx) {
    const definitions = latestActiveRevisions(ctx.slice('ecs.taskDefinitions'));
    if (definitions.length === 0)
      return [pass(ctx.scopeResource, `No active ECS task definition in ${ctx.region}.`)];
    return definitions.map((definition) =>
      definition.pidMode === 'host'
        ? fail(
            ecsTaskDefinitionResource(definition),
            `Task definition ${revisionName(definition)} shares the host's process namespace (pidMode host).`,
            { pidMode: definition.pidMode },
          )
        : pass(
            ecsTaskDefinitionResource(definition),
            `Task definition ${revisionName(definition)} does not share the host's process namespace.`,
          ),
    );
  },
});
