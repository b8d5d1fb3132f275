import { defineCheck } from '../../model/check-definition.js';
import { eachLatestRevision } from './ecs-latest-task-definitions.js';

/**
 * FSBP ECS.5: PASS needs every container of the latest ACTIVE revision of each family to set
 * readonlyRootFilesystem true (absent means a writable root filesystem).
 */
export const ecsTaskDefinitionRootFilesystemReadOnly = defineCheck({
  id: 'ecs-task-definition-root-filesystem-read-only',
  title: 'ECS containers have read-only root filesystems',
  service: 'ecs',
  severity: 'high',
  scope: 'regional',
  requires: ['ecs.taskDefinitions'],
  compliance: { 'aws-fsbp': ['ECS.5'] },
  remediation: {
    text: 'Set "readonlyRootFilesystem": true on every container (mount volumes where it must write), register the new revision and deregister the old one.',
    cli: 'aws ecs register-task-definition --cli-input-json file://task-definition.json',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_storage',
  },
  evaluate(ctx) {
    return eachLatestRevision(ctx, {
      offending: (container) => !container.readonlyRootFilesystem,
      failure: 'can write to their root filesystem',
      success: 'has a read-only root filesystem',
    });
  },
});
