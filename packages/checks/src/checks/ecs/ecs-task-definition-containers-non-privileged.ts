import { defineCheck } from '../../model/check-definition.js';
import { eachLatestRevision } from './ecs-latest-task-definitions.js';

/** FSBP ECS.4: PASS needs no container of the latest ACTIVE revision of each family to set privileged true. */
export const ecsTaskDefinitionContainersNonPrivileged = defineCheck({
  id: 'ecs-task-definition-containers-non-privileged',
  title: 'ECS task definitions run no privileged container',
  service: 'ecs',
  severity: 'high',
  scope: 'regional',
  requires: ['ecs.taskDefinitions'],
  compliance: { 'aws-fsbp': ['ECS.4'] },
  remediation: {
    text: 'Remove "privileged": true from the container definitions (grant only the Linux capabilities needed), register the new revision and deregister the old one.',
    cli: 'aws ecs register-task-definition --cli-input-json file://task-definition.json',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security',
  },
  evaluate(ctx) {
    return eachLatestRevision(ctx, {
      offending: (container) => container.privileged,
      failure: 'run privileged on the host',
      success: 'runs unprivileged',
    });
  },
});
